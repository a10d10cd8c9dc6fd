import { z } from 'zod';
import { PERIOD_NAME } from '../domain/periods.js';
import { isServiceDate } from '../domain/time.js';
import { BadRequestError } from '../errors.js';

/**
 * Opaque keyset cursors: the last row's sort key, base64url-encoded JSON. Opaque to clients so
 * the sort key can change without breaking them. A cursor is client input like any other: it is
 * decoded against the exact shape of the key its list sorts on (types, ranges, dates, uuids), so a
 * forged one is a 400 and never reaches the database as a value its column cannot hold.
 */
export const CursorKeys = {
  /** A lowercase slug: an agency code or an agreement id. */
  slug: z.tuple([z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/)]),
  /** An `integer` column (4 bytes), e.g. a commitment's version. */
  int32: z.tuple([z.number().int().min(1).max(2_147_483_647)]),
  /** A `bigint` sequence or id, within the integers a JSON number holds exactly. */
  int53: z.tuple([z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)]),
  /** A `bigint` sequence and a record's index within it (from 0). */
  seqAndIndex: z.tuple([z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), z.number().int().min(0).max(2_147_483_647)]),
  /** A due date and a uuid. */
  dateAndUuid: z.tuple([z.string().refine(isServiceDate), z.uuid()]),
  /** A reporting period's name, `YYYY-MM`. */
  period: z.tuple([z.string().regex(PERIOD_NAME)]),
  /**
   * A creation time (ISO 8601, UTC) and a uuid. The time's date must be a real one within the
   * service's calendar: the format alone lets through year 0000 and 30 February, which PostgreSQL
   * refuses.
   */
  timeAndUuid: z.tuple([z.iso.datetime().refine((time) => isServiceDate(time.slice(0, 10))), z.uuid()]),
} as const;

export type CursorKey = (typeof CursorKeys)[keyof typeof CursorKeys];

/** Base64url as this API writes it: no padding, nothing outside the alphabet. */
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key a cursor carries, checked against `shape`; undefined without a cursor. */
export function decodeCursor<K extends CursorKey>(cursor: string | undefined, shape: K): z.output<K> | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    if (BASE64URL.test(cursor)) key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not JSON: refused below
  }
  const parsed = shape.safeParse(key);
  if (!parsed.success) throw new BadRequestError('The `cursor` is not one this API issued.', 'invalid-cursor');
  return parsed.data as z.output<K>;
}

/** Given `limit + 1` rows, returns the page and the cursor for the next one. */
export function paginate<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]) {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
