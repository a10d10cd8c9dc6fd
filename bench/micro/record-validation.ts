/**
 * Micro-benchmark of record validation, the CPU the ingest path spends per record before any SQL:
 * the fast path (`readValidRecord`) over valid records, and `checkRecord` over invalid ones.
 *
 *   npx tsx bench/micro/record-validation.ts [records=200000] [rounds=15]
 *
 * Prints the median and the best round in nanoseconds per record.
 */
import { checkRecord, emptyRecordFields, type RecordRules, readValidRecord } from '../../src/domain/enrollment-record.js';
import { syntheticNik } from '../../test/fixtures/nik.js';

const count = Number(process.argv[2] ?? 200_000);
const rounds = Number(process.argv[3] ?? 15);
const rules: RecordRules = { today: '2024-12-15', periodStart: '2024-10-23', targetDate: '2024-12-31', commitmentSegment: null };
const KOTA = ['Jakarta Pusat', 'Jakarta Utara', 'Jakarta Barat', 'Jakarta Selatan', 'Jakarta Timur', 'Kepulauan Seribu'];
const valid = Array.from({ length: count }, (_, i) => ({
  nik: syntheticNik(i),
  segment: i % 3 === 0 ? 'BPU' : 'PU',
  programs: i % 3 === 0 ? ['JKK', 'JKM'] : ['JKK', 'JKM', 'JHT', 'JP'],
  enrolledOn: i % 2 === 0 ? '2024-11-04' : '2024-12-01',
  ...(i % 2 === 0 ? { kota: KOTA[i % KOTA.length] } : {}),
}));
const invalid = valid
  .slice(0, Math.floor(count / 10))
  .map((r, i) => ({ ...r, nik: `${r.nik.slice(0, 6)}3202${r.nik.slice(10)}`, kota: i % 2 ? '   ' : r.kota }));

function time(fn: () => number): { median: number; best: number; checksum: number } {
  const samples: number[] = [];
  let checksum = 0;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    checksum += fn();
    samples.push(Number(process.hrtime.bigint() - start));
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)] as number, best: samples[0] as number, checksum };
}

const out = emptyRecordFields();
const fast = time(() => {
  let ok = 0;
  for (const record of valid) if (readValidRecord(record, rules, out)) ok++;
  if (ok !== valid.length) throw new Error(`fast path refused ${valid.length - ok} valid records`);
  return ok;
});
const slow = time(() => {
  let errors = 0;
  for (let i = 0; i < invalid.length; i++) {
    const result = checkRecord(invalid[i], i, rules);
    if (Array.isArray(result)) errors += result.length;
  }
  return errors;
});
const ns = (total: number, n: number) => (total / n).toFixed(1);
console.log(`readValidRecord, ${count} valid records: median ${ns(fast.median, count)} ns/record, best ${ns(fast.best, count)}`);
console.log(
  `checkRecord, ${invalid.length} invalid records: median ${ns(slow.median, invalid.length)} ns/record, best ${ns(slow.best, invalid.length)}`,
);
