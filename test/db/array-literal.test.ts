import { sql } from 'drizzle-orm';
import t from 'tap';
import { plainArray, textArray } from '../../src/db/array-literal.js';
import { queryRows } from '../../src/db/client.js';
import { freshDatabase, testConfig } from '../helper.js';

t.test('array literals round-trip through the database exactly', async (t) => {
  const database = await freshDatabase(t, testConfig());
  t.teardown(() => database.close());
  const tricky = ['Jakarta "Pusat"', 'back\\slash', 'comma, here', '{braces}', ' spaced ', 'NULL', '', null, 'Kep. Seribu'];
  const [row] = await queryRows<{ texts: (string | null)[]; ints: number[]; flags: boolean[]; dates: string[] }>(
    database.db,
    sql`SELECT ${textArray(tricky)}::text[] AS texts, ${plainArray([1, -2, 30])}::int4[] AS ints,
               ${plainArray([true, false])}::bool[] AS flags, ${plainArray(['2024-11-04'])}::date[]::text[] AS dates`,
  );
  t.same(row?.texts, tricky);
  t.same(row?.ints, [1, -2, 30]);
  t.same(row?.flags, [true, false]);
  t.same(row?.dates, ['2024-11-04']);
  t.equal(plainArray([]), '{}');
});
