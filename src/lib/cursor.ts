import { BadRequestError } from '../errors.js';

/**
 * Opaque keyset cursors: the last row's sort key, base64url-encoded JSON. Opaque to clients so
 * the sort key can change without breaking them; validated on the way in so a forged cursor is
 * a 400, never a 500.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part)))
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new BadRequestError('The `cursor` is not one this API issued.', 'invalid-cursor');
}

/** Given `limit + 1` rows, returns the page and the cursor for the next one. */
export function paginate<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]) {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
