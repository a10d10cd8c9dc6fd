import fc from 'fast-check';
import t, { type Test } from 'tap';
import { checkRecord, emptyRecordFields, type RecordRules, readValidRecord } from '../../src/domain/enrollment-record.js';
import { invalidNiks, record, syntheticNik } from '../fixtures/nik.js';
import { nikInTextArb } from '../fixtures/nik-forms.js';

const rules: RecordRules = { today: '2024-12-15', periodStart: '2024-10-23', targetDate: '2024-12-31', commitmentSegment: null };

/**
 * Whether checkRecord accepts `raw`, after checking that the fast path agrees: it accepts exactly
 * the valid records (a refusal only costs a second look, but the bench's records must all pass),
 * and reads the same facts.
 */
function agree(t: Test, raw: unknown, ruleSet: RecordRules = rules): boolean {
  const fields = emptyRecordFields();
  const fast = readValidRecord(raw, ruleSet, fields);
  const checked = checkRecord(raw, 0, ruleSet);
  if (!fast) return !Array.isArray(checked) && t.fail('the fast path refused a valid record');
  if (Array.isArray(checked)) {
    t.fail(`fast path accepted a record checkRecord refuses (${checked.map((e) => e.code).join(', ')})`);
    return false;
  }
  t.same(fields, checked);
  return true;
}

t.test('the fast path agrees with checkRecord on valid records and every error code', async (t) => {
  const valid = [
    record(syntheticNik(1)),
    record(syntheticNik(2), { kota: '  Jakarta Pusat ', kpj: '12345678901' }),
    record(syntheticNik(3), { segment: 'BPU', programs: ['JKK', 'JKM', 'JHT'] }),
    record(syntheticNik(4), { segment: 'JAKON', programs: ['JKM', 'JKK', 'JKK'] }),
    record(syntheticNik(5, '32')),
    record('3171012902000001'),
    record('3171016902040001'),
  ];
  for (const raw of valid) t.ok(agree(t, raw), 'valid on both paths');
  t.ok(agree(t, record(syntheticNik(1), { segment: 'BPU' }), { ...rules, commitmentSegment: 'PU' }) === false, 'segment mismatch');

  const invalid: unknown[] = [
    null,
    'x',
    [],
    42,
    ...Object.values(invalidNiks).map((nik) => record(nik)),
    record('3171012902010001'),
    record('3171013102900001'),
    record('3171010013900001'),
    record('317101450190000a'),
    record(3171014501900001 as never),
    record(syntheticNik(1), { segment: 'XX' }),
    record(syntheticNik(1), { programs: [] }),
    record(syntheticNik(1), { programs: 'JKK' }),
    record(syntheticNik(1), { programs: ['JKK', 'JKM', 'XYZ'] }),
    record(syntheticNik(1), { programs: ['JKK', 'toString'] }),
    record(syntheticNik(1), { programs: Array(11).fill('JKK') }),
    record(syntheticNik(1), { segment: 'BPU', programs: ['JKK', 'JKM', 'JP'] }),
    record(syntheticNik(1), { programs: ['JKK', 'JHT'] }),
    record(syntheticNik(1), { enrolledOn: '2024-13-01' }),
    record(syntheticNik(1), { enrolledOn: '2024-12-16' }),
    record(syntheticNik(1), { enrolledOn: '2024-10-22' }),
    record(syntheticNik(1), { enrolledOn: 20241101 }),
    record(syntheticNik(1), { kota: '   ' }),
    record(syntheticNik(1), { kota: 'x'.repeat(101) }),
    record(syntheticNik(1), { kota: 5 }),
    record(syntheticNik(1), { kota: 'Jakarta\u0000' }),
    record(syntheticNik(1), { kota: '\udc00Jakarta' }),
    record(syntheticNik(1), { kota: `Jakarta ${syntheticNik(2).replace(/(\d{4})(?=\d)/g, '$1-')}` }),
    record(syntheticNik(1), { kpj: '1234' }),
    record(syntheticNik(1), { kpj: 12345678 }),
  ];
  for (const raw of invalid) t.equal(agree(t, raw), false, `refused: ${JSON.stringify(raw)?.slice(0, 80)}`);
});

t.test('the fast path agrees with checkRecord on generated records', async (t) => {
  const digits = fc.stringMatching(/^[0-9]{16}$/);
  const nik = fc.oneof(digits, fc.constantFrom(syntheticNik(7), '3171014501900001', '3101016002000001', '3601012902000001'), fc.string());
  const raw = fc.record(
    {
      nik,
      segment: fc.constantFrom('PU', 'BPU', 'JAKON', 'PMI', 'pu', ''),
      programs: fc.array(fc.constantFrom('JKK', 'JKM', 'JHT', 'JP', 'JKP', 'X'), { maxLength: 12 }),
      enrolledOn: fc.constantFrom('2024-10-22', '2024-10-23', '2024-11-31', '2024-12-15', '2024-12-16', '2025-01-01', 'x'),
      kota: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 3 }), fc.constant(null)),
      kpj: fc.oneof(fc.constant(undefined), fc.stringMatching(/^[0-9]{6,18}$/)),
    },
    { requiredKeys: ['nik'] },
  );
  fc.assert(
    fc.property(raw, (r) => {
      const fields = emptyRecordFields();
      const fast = readValidRecord(r, rules, fields);
      const checked = checkRecord(r, 0, rules);
      return !fast || !Array.isArray(checked);
    }),
    { numRuns: 20_000 },
  );
  t.pass('no record the fast path accepts is refused by checkRecord');
});

t.test('a kota carrying a NIK in any written form rejects its record, on both paths, without quoting it', async (t) => {
  fc.assert(
    fc.property(nikInTextArb({ maxLength: 100 }), ({ nik, text }) => {
      const raw = record(syntheticNik(9), { kota: text });
      const checked = checkRecord(raw, 3, rules);
      return (
        !readValidRecord(raw, rules, emptyRecordFields()) &&
        Array.isArray(checked) &&
        checked.some((e) => e.field === 'kota' && e.code === 'kota_format') &&
        !JSON.stringify(checked).includes(nik)
      );
    }),
    { numRuns: 2_000 },
  );
  t.pass('every form rejected');
});

t.test('a kota with a character PostgreSQL cannot hold is its own error, not a kota_format', async (t) => {
  for (const kota of ['\u0000', 'Jakarta\u0000Barat', 'Jakarta \ud800', '\udfffJakarta']) {
    t.match(checkRecord(record(syntheticNik(1), { kota }), 4, rules), [{ index: 4, field: 'kota', code: 'invalid_characters' }]);
  }
  t.notOk(Array.isArray(checkRecord(record(syntheticNik(1), { kota: 'Jakarta 🏙' }), 0, rules)), 'a paired surrogate is fine');
});

t.test('a record dated in a closed reporting period is refused with its own code, on both paths, at the period’s edges', async (t) => {
  const closed: RecordRules = { ...rules, closedPeriods: [{ start: '2024-11-01', end: '2024-11-30' }] };
  for (const day of ['2024-11-01', '2024-11-15', '2024-11-30']) {
    t.equal(agree(t, record(syntheticNik(1), { enrolledOn: day }), closed), false, day);
    t.match(checkRecord(record(syntheticNik(1), { enrolledOn: day }), 0, closed), [{ field: 'enrolledOn', code: 'enrolled_on_period_closed' }]);
  }
  for (const day of ['2024-10-31', '2024-12-01']) t.ok(agree(t, record(syntheticNik(1), { enrolledOn: day }), closed), `${day} is open`);
  t.match(
    checkRecord(record(syntheticNik(1), { enrolledOn: '2024-10-22' }), 0, { ...closed, closedPeriods: [{ start: '2024-10-01', end: '2024-10-31' }] }),
    [{ code: 'enrolled_on_before_period' }],
    'outside the agreement’s period is that code first',
  );
});
