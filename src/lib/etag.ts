/**
 * If-None-Match against a strong ETag (RFC 9110 §13.1.2): a list of tags or `*`, compared weakly,
 * so `W/"x"` matches `"x"`.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
