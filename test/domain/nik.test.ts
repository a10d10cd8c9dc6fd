import fc from 'fast-check';
import t from 'tap';
import { checkNik, isFemale, nikError, provinceOf, readNik } from '../../src/domain/nik.js';
import { invalidNiks, syntheticNik } from '../fixtures/nik.js';

/**
 * The NIK rules as domain.md §4 states them, written for reading rather than speed: the oracle the
 * one implementation in src/domain/nik.ts is held to.
 */
const PROVINCES = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95,
  96,
];
function oracle(nik: string): string | null {
  if (!/^[0-9]{16}$/.test(nik)) return 'nik_format';
  const part = (from: number, length: number) => Number(nik.slice(from, from + length));
  if (!PROVINCES.includes(part(0, 2))) return 'nik_province';
  if (part(0, 2) === 31 && ![1, 71, 72, 73, 74, 75].includes(part(2, 2))) return 'nik_regency';
  if (part(4, 2) === 0) return 'nik_district';
  const day = part(6, 2) > 40 ? part(6, 2) - 40 : part(6, 2);
  const realIn = (year: number) => {
    const date = new Date(Date.UTC(year, part(8, 2) - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === part(8, 2) - 1 && date.getUTCDate() === day;
  };
  if (!realIn(1900 + part(10, 2)) && !realIn(2000 + part(10, 2))) return 'nik_birth_date';
  if (part(12, 4) === 0) return 'nik_serial';
  return null;
}

t.test('every rule has its code, checked in the order of the domain', async (t) => {
  for (const [code, nik] of Object.entries(invalidNiks)) {
    t.equal(nikError(nik), code, code);
    t.match(checkNik(nik), { ok: false, code });
  }
  for (const bad of [3171014501900001, null, undefined, '', '317101450190000１', ' 3171014501900001']) t.equal(nikError(bad), 'nik_format');
  t.equal(nikError('3171012902000001'), null, '29 February 2000 is real');
  t.equal(nikError('3171012902010001'), 'nik_birth_date', '29 February of 1901 and 2001 is not');
});

t.test('readNik packs the facts of a well-formed NIK: province and sex', async (t) => {
  const woman = readNik('3171014501900001');
  t.equal(provinceOf(woman), 31);
  t.equal(isFemale(woman), true);
  const man = readNik('3271010501900001');
  t.equal(provinceOf(man), 32);
  t.equal(isFemale(man), false);
  t.same(checkNik('3171014501900001'), { ok: true, facts: { province: '31', regency: '3171', sex: 'F' } });
});

t.test('property: the implementation agrees with the rules as written, on any 16 digits and on well-formed NIKs', async (t) => {
  const digits = fc.stringMatching(/^[0-9]{16}$/);
  const nearlyValid = fc
    .tuple(fc.nat({ max: 9_999 * 99 * 28 * 12 - 1 }), fc.constantFrom('31', '32', '11', '96'), fc.nat({ max: 15 }), fc.integer({ min: 48, max: 57 }))
    .map(([n, province, at, digit]) => {
      const nik = syntheticNik(n, province);
      return nik.slice(0, at) + String.fromCharCode(digit) + nik.slice(at + 1);
    });
  fc.assert(
    fc.property(fc.oneof(digits, nearlyValid), (nik) => {
      const facts = readNik(nik);
      const expected = oracle(nik);
      return (
        nikError(nik) === expected &&
        (expected !== null || (provinceOf(facts) === Number(nik.slice(0, 2)) && isFemale(facts) === Number(nik.slice(6, 8)) > 40))
      );
    }),
    { numRuns: 20_000 },
  );
  t.pass('they agree');
});
