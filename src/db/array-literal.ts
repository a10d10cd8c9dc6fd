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
