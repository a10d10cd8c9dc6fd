import { PROGRAM_BITS } from '../../../src/domain/programs.js';
import type { RealDatabase } from './database.js';
import type { Summary } from './traffic.js';

/**
 * The summary reads rollups (agency_coverage, coverage_daily, coverage_breakdown) kept in each
 * batch's transaction. This recounts them from the stored rows — enrollments and batches — and
 * lists every counter that differs, rollups and summary alike.
 */

type Counts = Map<string, number>;

function countsOf<T extends object>(rows: T[], key: (row: T) => string, value: (row: T) => number | string): Counts {
  const counts: Counts = new Map();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + Number(value(row)));
  return counts;
}

/** Differences between two sets of counters (a missing counter is a 0). */
function differences(what: string, kept: Counts, recounted: Counts): { compared: number; diffs: string[] } {
  const keys = new Set([...kept.keys(), ...recounted.keys()]);
  const diffs: string[] = [];
  for (const key of keys) {
    const a = kept.get(key) ?? 0;
    const b = recounted.get(key) ?? 0;
    if (a !== b) diffs.push(`${what} ${key}: kept ${a}, recounted ${b}`);
  }
  return { compared: keys.size, diffs };
}

export interface Recount {
  /** Credited workers, recounted from enrollments. */
  credited: number;
  /** How many counters were compared. */
  compared: number;
  /** Every counter that differs from its recount. */
  diffs: string[];
}

export async function recountCounters(db: RealDatabase, agreementId: string, summary: Summary): Promise<Recount> {
  const checks: { compared: number; diffs: string[] }[] = [];

  // Per agency: the rollup row against the batches and credited enrollments.
  type AgencyRow = Record<'agency_code' | 'credited' | 'duplicates_reported' | 'batches' | 'received' | 'rejected' | 'out_of_region', string>;
  const stat = (row: AgencyRow, field: keyof AgencyRow) => ({ key: `${row.agency_code}.${field}`, n: Number(row[field]) });
  const flatten = (rows: AgencyRow[]) =>
    new Map(
      rows.flatMap((row) =>
        (['credited', 'duplicates_reported', 'batches', 'received', 'rejected', 'out_of_region'] as const).map((field) => {
          const { key, n } = stat(row, field);
          return [key, n] as const;
        }),
      ),
    );
  const kept = await db.query<AgencyRow>(
    `SELECT agency_code, credited, duplicates_reported, batches, received, rejected, out_of_region
     FROM agency_coverage WHERE agreement_id = $1`,
    [agreementId],
  );
  const recounted = await db.query<AgencyRow>(
    `SELECT b.agency_code,
            (SELECT count(*) FROM enrollments e WHERE e.agreement_id = $1 AND e.agency_code = b.agency_code AND e.credited) AS credited,
            sum(b.duplicates_in_batch + b.duplicates_same_agency + b.duplicates_other_agency) AS duplicates_reported,
            count(*) AS batches, sum(b.received) AS received, sum(b.rejected) AS rejected, sum(b.out_of_region) AS out_of_region
     FROM enrollment_batches b WHERE b.agreement_id = $1 AND b.status <> 'voided' GROUP BY b.agency_code`,
    [agreementId],
  );
  checks.push(differences('agency_coverage', flatten(kept), flatten(recounted)));

  // Per agency and enrollment day.
  type DayRow = { agency_code: string; day: string; credited: string };
  const dayKey = (row: DayRow) => `${row.agency_code}@${row.day}`;
  checks.push(
    differences(
      'coverage_daily',
      countsOf(
        await db.query<DayRow>(`SELECT agency_code, to_char(day, 'YYYY-MM-DD') AS day, credited FROM coverage_daily WHERE agreement_id = $1`, [
          agreementId,
        ]),
        dayKey,
        (row) => row.credited,
      ),
      countsOf(
        await db.query<DayRow>(
          `SELECT agency_code, to_char(enrolled_on, 'YYYY-MM-DD') AS day, count(*) AS credited
           FROM enrollments WHERE agreement_id = $1 AND credited GROUP BY 1, 2`,
          [agreementId],
        ),
        dayKey,
        (row) => row.credited,
      ),
    ),
  );

  // Per agency and breakdown key (segment, regency, program — one count per program bit).
  type BreakdownRow = { agency_code: string; dimension: string; key: string; credited: string };
  const breakdownKey = (row: BreakdownRow) => `${row.agency_code}.${row.dimension}.${row.key}`;
  const programs = Object.entries(PROGRAM_BITS);
  const breakdown = await db.query<BreakdownRow>(`SELECT agency_code, dimension, key, credited FROM coverage_breakdown WHERE agreement_id = $1`, [
    agreementId,
  ]);
  const breakdownRecount = await db.query<BreakdownRow>(
    `SELECT agency_code, 'segment' AS dimension, segment AS key, count(*) AS credited
       FROM enrollments WHERE agreement_id = $1 AND credited GROUP BY agency_code, segment
     UNION ALL
     SELECT agency_code, 'regency', regency, count(*)
       FROM enrollments WHERE agreement_id = $1 AND credited GROUP BY agency_code, regency
     UNION ALL
     SELECT e.agency_code, 'program', p.name, count(*)
       FROM enrollments e JOIN unnest($2::text[], $3::int[]) AS p(name, bit) ON (e.programs & p.bit) <> 0
       WHERE e.agreement_id = $1 AND e.credited GROUP BY e.agency_code, p.name`,
    [agreementId, programs.map(([name]) => name), programs.map(([, bit]) => bit)],
  );
  checks.push(
    differences(
      'coverage_breakdown',
      countsOf(breakdown, breakdownKey, (r) => r.credited),
      countsOf(breakdownRecount, breakdownKey, (r) => r.credited),
    ),
  );

  // The summary the API serves, against the same recount.
  const credited = [...flatten(recounted)].filter(([key]) => key.endsWith('.credited')).reduce((sum, [, n]) => sum + n, 0);
  const served: Counts = new Map([['newlyCovered', summary.newlyCovered]]);
  const expected: Counts = new Map([['newlyCovered', credited]]);
  for (const agency of summary.agencies) served.set(`agencies.${agency.code}.credited`, agency.credited);
  for (const [key, n] of flatten(recounted)) if (key.endsWith('.credited')) expected.set(`agencies.${key}`, n);
  for (const [dimension, counts] of [
    ['segment', summary.bySegment],
    ['program', summary.byProgram],
    ['regency', summary.byRegency],
  ] as const) {
    for (const [key, n] of Object.entries(counts)) served.set(`by.${dimension}.${key}`, n);
  }
  for (const row of breakdownRecount) {
    const key = `by.${row.dimension}.${row.key}`;
    expected.set(key, (expected.get(key) ?? 0) + Number(row.credited));
  }
  checks.push(differences('summary', served, expected));

  return {
    credited,
    compared: checks.reduce((sum, c) => sum + c.compared, 0),
    diffs: checks.flatMap((c) => c.diffs),
  };
}

export interface BatchIntegrity {
  batches: number;
  /** Batches whose stored rows do not match their own report, with the reason. */
  broken: string[];
  /** Idempotency records that point at no batch (a half-written batch would leave one). */
  orphanKeys: number;
}

/**
 * Every stored batch is whole: its enrollment rows match its report (valid distinct records,
 * credits, out-of-region), and it has exactly one idempotency record and one audit entry. (For
 * batches never voided: a void moves credits, which this suite does not do.)
 */
export async function checkBatchIntegrity(db: RealDatabase, agreementId: string): Promise<BatchIntegrity> {
  type Row = Record<
    | 'id'
    | 'received'
    | 'accepted'
    | 'duplicates_in_batch'
    | 'duplicates_same_agency'
    | 'duplicates_other_agency'
    | 'out_of_region'
    | 'rejected'
    | 'credited'
    | 'rows'
    | 'credited_rows'
    | 'out_rows'
    | 'keys'
    | 'audits',
    string
  >;
  const rows = await db.query<Row>(
    `SELECT b.id, b.received, b.accepted, b.duplicates_in_batch, b.duplicates_same_agency, b.duplicates_other_agency,
            b.out_of_region, b.rejected, b.credited,
            (SELECT count(*) FROM enrollments e WHERE e.batch_id = b.id) AS rows,
            (SELECT count(*) FROM enrollments e WHERE e.batch_id = b.id AND e.credited) AS credited_rows,
            (SELECT count(*) FROM enrollments e WHERE e.batch_id = b.id AND NOT e.in_region) AS out_rows,
            (SELECT count(*) FROM idempotency_keys k WHERE k.agency_code = b.agency_code AND k.response_body->>'id' = b.id::text) AS keys,
            (SELECT count(*) FROM audit_log a WHERE a.entity_type = 'batch' AND a.entity_id = b.id::text AND a.action = 'batch.create') AS audits
     FROM enrollment_batches b WHERE b.agreement_id = $1 AND b.status <> 'voided'`,
    [agreementId],
  );
  const broken: string[] = [];
  for (const row of rows) {
    const n = (field: keyof Row) => Number(row[field]);
    const valid = n('received') - n('rejected') - n('duplicates_in_batch');
    const sum =
      n('accepted') + n('duplicates_in_batch') + n('duplicates_same_agency') + n('duplicates_other_agency') + n('out_of_region') + n('rejected');
    const problems = [
      sum !== n('received') && `classes sum to ${sum}, received ${n('received')}`,
      n('rows') !== valid && `${n('rows')} enrollment rows for ${valid} valid records`,
      n('credited_rows') !== n('credited') && `${n('credited_rows')} credited rows, report says ${n('credited')}`,
      n('credited') !== n('accepted') && `credited ${n('credited')} ≠ accepted ${n('accepted')}`,
      n('out_rows') !== n('out_of_region') && `${n('out_rows')} out-of-region rows, report says ${n('out_of_region')}`,
      n('keys') !== 1 && `${n('keys')} idempotency records`,
      n('audits') !== 1 && `${n('audits')} audit entries`,
    ].filter(Boolean);
    if (problems.length > 0) broken.push(`batch ${row.id}: ${problems.join('; ')}`);
  }
  const [orphans] = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM idempotency_keys k
     WHERE NOT EXISTS (SELECT 1 FROM enrollment_batches b WHERE b.id::text = k.response_body->>'id')`,
  );
  return { batches: rows.length, broken, orphanKeys: Number(orphans?.n ?? 0) };
}
