import t from 'tap';
import { checkConfirmation, prepareConfirmations } from '../../src/domain/confirmation-record.js';
import { checkRecord, emptyRecordFields, readValidRecord } from '../../src/domain/enrollment-record.js';
import { jakartaNiks, record, syntheticNik } from '../fixtures/nik.js';

const today = '2024-12-01';
const rules = { today, periodStart: '2024-10-23', targetDate: '2024-12-31' };
const [nik] = jakartaNiks(1, 1) as [string];

t.test('a record’s ref is free text that never holds a NIK, checked alike on both paths', async (t) => {
  for (const ref of [
    `PKM ${nik}`,
    `PKM ${nik.slice(0, 4)}-${nik.slice(4, 8)}-${nik.slice(8, 12)}-${nik.slice(12)}`,
    ' ',
    'x'.repeat(101),
    12,
    'a\u0000b',
  ]) {
    t.notOk(readValidRecord(record(nik, { ref }), rules, emptyRecordFields()), `fast path refuses ${JSON.stringify(ref)}`);
    const checked = checkRecord(record(nik, { ref }), 0, rules);
    t.ok(Array.isArray(checked), `checkRecord refuses ${JSON.stringify(ref)}`);
  }
  const out = emptyRecordFields();
  t.ok(readValidRecord(record(nik, { ref: '  PKM-TEBET-0042 ' }), rules, out));
  t.equal(out.ref, 'PKM-TEBET-0042');
  t.match(checkRecord(record(nik, { ref: 'PKM-TEBET-0042' }), 0, rules), { ref: 'PKM-TEBET-0042' });
});

t.test('a confirmation record: dates, status and the enrollment rules for the rest', async (t) => {
  const ok = { nik, status: 'active', asOf: '2024-11-30' };
  t.match(checkConfirmation(ok, 0, today), { status: 'active', registeredOn: null, province: 31 });
  const codes = (raw: unknown) => (checkConfirmation(raw, 0, today) as { code: string }[]).map((e) => e.code);
  t.same(codes({ ...ok, asOf: '2024-12-02' }), ['as_of_future']);
  t.same(codes({ ...ok, asOf: '1899-12-31' }), ['as_of_format']);
  t.same(codes({ ...ok, asOf: '2024-02-30' }), ['as_of_format']);
  t.same(codes({ ...ok, registeredOn: '2024-12-01' }), ['registered_on_after_as_of']);
  t.same(codes({ ...ok, status: 'ACTIVE' }), ['status_unknown']);
  t.same(codes({ ...ok, segment: 'BPU', programs: ['JKK', 'JKM', 'JP'] }), ['program_not_allowed']);
  t.same(codes({ ...ok, nik: Number(nik) }), ['nik_format']);
  t.same(codes({ ...ok, kpj: '12' }), ['kpj_format']);
  t.same(codes(null), ['record_invalid']);
});

t.test('a batch: first record of a NIK counts, other provinces are kept apart', async (t) => {
  const hashes: string[] = [];
  const prepared = prepareConfirmations(
    [
      { nik, status: 'active', asOf: '2024-11-30' },
      { nik, status: 'inactive', asOf: '2024-12-01' },
      { nik: syntheticNik(3, '32'), status: 'active', asOf: '2024-11-15' },
      { nik: '1', status: 'active', asOf: '2024-11-30' },
    ],
    today,
    '31',
    (n, out, offset) => {
      hashes.push(n);
      out.fill(hashes.length, offset, offset + 32);
    },
  );
  t.match(prepared, { received: 4, inBatch: 1, outOfRegion: 1, rejected: 1, byStatus: { active: 1, inactive: 0, not_found: 0 }, asOf: '2024-11-30' });
  t.same(prepared.columns.recordIndex, [0, 2]);
  t.equal(prepared.columns.nikHash.length, 64);
});
