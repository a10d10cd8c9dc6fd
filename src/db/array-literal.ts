/**
 * PostgreSQL array literals built with one native `join`, for the ingestion path: node-postgres
 * escapes every element of a JS array parameter in JavaScript, which for ten columns of 10,000
 * values costs more than the database's own parsing. Sent as one text parameter, cast in SQL.
 */

/** Elements known to need no quoting: numbers, booleans, and tokens the caller validated (hex, dates, codes). */
export function plainArray(values: readonly (string | number | boolean)[]): string {
  return `{${values.join(',')}}`;
}

/** Free text: every element quoted, `"` and `\` escaped; null is NULL. */
export function textArray(values: readonly (string | null)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    parts[i] = value === null || value === undefined ? 'NULL' : `"${value.replace(/["\\]/g, '\\$&')}"`;
  }
  return `{${parts.join(',')}}`;
}

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');

/** Fixed-width byte strings (`width` bytes each, back to back in `bytes`) as an array of hex text, built in one buffer. */
export function hexArray(bytes: Uint8Array, width: number): string {
  const count = Math.floor(bytes.length / width);
  if (count === 0) return '{}';
  const out = Buffer.allocUnsafe(count * (2 * width + 1) + 1);
  let o = 0;
  out[o++] = 0x7b; // {
  for (let i = 0; i < count; i++) {
    if (i > 0) out[o++] = 0x2c; // ,
    for (let j = i * width, end = j + width; j < end; j++) {
      const b = bytes[j] as number;
      out[o++] = HEX_DIGITS[b >> 4] as number;
      out[o++] = HEX_DIGITS[b & 15] as number;
    }
  }
  out[o++] = 0x7d; // }
  return out.toString('latin1', 0, o);
}
