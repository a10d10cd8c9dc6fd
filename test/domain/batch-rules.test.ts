import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import t from 'tap';
import { capListedErrors, MAX_LISTED_ERRORS, nikHashHex, outcomeStatus, prepareRecords, tallyCredits } from '../../src/domain/batch-rules.js';
import { checkRecord, type RecordError, type RecordRules } from '../../src/domain/enrollment-record.js';
import { invalidNiks, record, syntheticNik } from '../fixtures/nik.js';

const rules: RecordRules = { today: '2024-12-15', periodStart: '2024-10-23', targetDate: '2024-12-31', commitmentSegment: null };
const PEPPER = 'test-pepper';
const hashInto = (nik: string, out: Uint8Array, offset: number) => {
  createHmac('sha256', PEPPER).update(nik).digest().copy(out, offset);
};

/** Records of every class: valid in and out of region, repeats, and invalid with one to six errors. */
const recordArb = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((n) => record(syntheticNik(n))),
  fc.integer({ min: 0, max: 10 }).map((n) => record(syntheticNik(n, '32'))),
  fc.constantFrom(...Object.values(invalidNiks)).map((nik) => record(nik)),
  fc.constant({ nik: 'x', segment: 'X', programs: 'x', enrolledOn: 'x', kota: 5, kpj: 'x' }),
  fc.constant('not an object'),
  fc.integer({ min: 0, max: 60 }).map((n) => record(syntheticNik(n), { enrolledOn: '2025-01-01' })),
);

t.test('every record lands in exactly one class, and the error list is a capped prefix of all errors', async (t) => {
  fc.assert(
    fc.property(fc.array(recordArb, { minLength: 1, maxLength: 1_200 }), (records) => {
      const prepared = prepareRecords(records, rules, '31', hashInto);
      const valid = prepared.columns.recordIndex.length;
      if (prepared.received !== prepared.rejected + prepared.inBatch + valid) return false;
      if (prepared.outOfRegion !== prepared.columns.inRegion.filter((inRegion) => !inRegion).length) return false;

      // All errors, record by record, as checkRecord names them.
      const perRecord = records.map((raw, index) => checkRecord(raw, index, rules)).filter((r): r is RecordError[] => Array.isArray(r));
      if (perRecord.length !== prepared.rejected) return false;
      const counts: Record<string, number> = {};
      for (const error of perRecord.flat()) counts[error.code] = (counts[error.code] ?? 0) + 1;
      t.same(prepared.errorCounts, counts);

      // Listed: the errors of the longest prefix of invalid records that fits the cap.
      const listed: RecordError[] = [];
      let k = 0;
      while (k < perRecord.length && listed.length + (perRecord[k] as RecordError[]).length <= MAX_LISTED_ERRORS)
        listed.push(...(perRecord[k++] as RecordError[]));
      t.same(prepared.errors, listed);
      return prepared.errorsTruncated === k < perRecord.length && prepared.errors.length <= MAX_LISTED_ERRORS;
    }),
    { numRuns: 60 },
  );
});

t.test('each worker is hashed once, with its own HMAC, in the order first seen', async (t) => {
  const niks = [syntheticNik(1), syntheticNik(2), syntheticNik(3, '32')];
  const prepared = prepareRecords(
    [record(niks[0] as string), 'x', record(niks[1] as string), record(niks[0] as string), record(niks[2] as string)],
    rules,
    '31',
    hashInto,
  );
  t.same(prepared.columns.recordIndex, [0, 2, 4]);
  t.same(prepared.columns.inRegion, [true, true, false]);
  t.same(
    [0, 1, 2].map((i) => nikHashHex(prepared.columns, i)),
    niks.map((nik) => createHmac('sha256', PEPPER).update(nik).digest('hex')),
  );
  t.match(prepared, { received: 5, rejected: 1, inBatch: 1, outOfRegion: 1, errorsTruncated: false, errorCounts: { record_invalid: 1 } });
});

t.test('credits are tallied per distinct combination; duplicates and out-of-region records are not credited', async (t) => {
  const records = [
    record(syntheticNik(1)),
    record(syntheticNik(2)),
    record(syntheticNik(3), { segment: 'BPU', programs: ['JKK', 'JKM'] }),
    record(syntheticNik(4, '32')),
  ];
  const prepared = prepareRecords(records, rules, '31', hashInto);
  const { credited, tally, duplicateHashes } = tallyCredits(prepared.columns, new Set([1]));
  t.equal(credited, 2);
  t.same(duplicateHashes, [nikHashHex(prepared.columns, 1)]);
  t.equal(
    tally.reduce((sum, change) => sum + change.delta, 0),
    2,
  );
  t.ok(tally.every((change) => change.delta > 0));
});

t.test('a batch is rejected only when no record is valid', async (t) => {
  t.equal(outcomeStatus(3, 0), 'accepted');
  t.equal(outcomeStatus(3, 1), 'partially_accepted');
  t.equal(outcomeStatus(3, 3), 'rejected');
});

t.test('an old, uncapped error list is cut to whole records within the cap', async (t) => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 600 }), (perRecord) => {
      const errors = perRecord.flatMap((n, index) =>
        Array.from({ length: n }, () => ({ index, field: 'nik' as const, code: 'nik_format' as const, message: '' })),
      );
      const listed = capListedErrors(errors);
      const records = new Set(listed.map((e) => e.index)).size;
      const whole = perRecord.slice(0, records).reduce((sum, n) => sum + n, 0);
      return (
        listed.length <= MAX_LISTED_ERRORS &&
        listed.length === whole &&
        t.same(listed, errors.slice(0, listed.length)) &&
        (errors.length <= MAX_LISTED_ERRORS ? listed.length === errors.length : whole + (perRecord[records] ?? 0) > MAX_LISTED_ERRORS)
      );
    }),
    { numRuns: 100 },
  );
});

t.test('outOfScope: an in-region record of a segment the agreement does not count; out of region comes first', async (t) => {
  const segmentArb = fc.constantFrom('PU', 'BPU', 'JAKON', 'PMI');
  const scopedArb = fc.oneof(
    recordArb,
    fc.tuple(fc.integer({ min: 0, max: 60 }), segmentArb).map(([n, segment]) => record(syntheticNik(n), { segment, programs: ['JKK', 'JKM'] })),
    fc.tuple(fc.integer({ min: 0, max: 10 }), segmentArb).map(([n, segment]) => record(syntheticNik(n, '32'), { segment, programs: ['JKK', 'JKM'] })),
  );
  fc.assert(
    fc.property(
      fc.array(scopedArb, { minLength: 1, maxLength: 300 }),
      fc.subarray(['PU', 'BPU', 'JAKON', 'PMI'], { minLength: 1 }),
      (records, counted) => {
        const prepared = prepareRecords(records, rules, '31', hashInto, counted);
        const { columns } = prepared;
        const valid = columns.recordIndex.length;
        const outOfScope = columns.segment.filter((segment, i) => columns.inRegion[i] && !counted.includes(segment)).length;
        const inScope = columns.inScope.filter((inScope, i) => inScope && columns.inRegion[i]).length;
        // Every valid record is out of region, out of scope, or to be checked: never two of them.
        if (prepared.outOfScope !== outOfScope) return false;
        if (prepared.outOfRegion + prepared.outOfScope + inScope !== valid) return false;
        if (prepared.received !== prepared.rejected + prepared.inBatch + valid) return false;
        // Without a list every segment counts, as before the indicator existed.
        const all = prepareRecords(records, rules, '31', hashInto);
        if (all.outOfScope !== 0 || all.outOfRegion !== prepared.outOfRegion) return false;
        // Only in-region, in-scope records are credited.
        return tallyCredits(columns, new Set()).credited === inScope;
      },
    ),
    { numRuns: 80 },
  );
  const prepared = prepareRecords(
    [
      record(syntheticNik(1), { segment: 'JAKON', programs: ['JKK', 'JKM'] }),
      record(syntheticNik(2, '32'), { segment: 'JAKON', programs: ['JKK', 'JKM'] }),
    ],
    rules,
    '31',
    hashInto,
    ['PU', 'BPU'],
  );
  t.match(prepared, { received: 2, outOfScope: 1, outOfRegion: 1 }, 'a JAKON NIK of another province is outOfRegion, not outOfScope');
});
