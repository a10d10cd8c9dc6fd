import { z } from 'zod';
import { PROGRAMS, SEGMENTS } from '../../domain/programs.js';
import { daysBetween, isServiceDate } from '../../domain/time.js';
import { AgencyCode, IsoDate, IsoDateTime } from '../../schemas/common.js';
import { AgreementParams, BaselineSchema, PartyRole, TargetSchema, WorkforceSchema } from '../agreements/schemas.js';
import { CommitmentSchema } from '../commitments/schemas.js';
import { AgencySubmissionsSchema, PeriodName, ReportingSchema, SummaryPeriodSchema } from '../periods/schemas.js';

const Workers = z.number().int();
const Percent = z.number().describe('Percent, two decimals.');

const AgencyStatus = z
  .enum(['met', 'on_track', 'behind', 'no_commitment'])
  .describe(
    'Against the agency’s **active** enrollment commitments: `met` when credited ≥ their sum; else `on_track` when credited ≥ what they call for by today — each commitment’s target pro rata to the days elapsed from the period start to its due date (both included, WIB) — else `behind`; `no_commitment` without an active enrollment commitment.',
  );

export const AgencyStandingSchema = z.object({
  code: AgencyCode,
  name: z.string(),
  role: PartyRole,
  credited: Workers.describe('Workers newly covered and credited to this agency (first report wins; net of voids).'),
  duplicatesReported: Workers.describe(
    'Records of its non-voided batches that repeated an already covered worker (in the batch, its own or another agency’s).',
  ),
  committedWorkers: Workers.describe('Sum of its active enrollment commitments’ targetWorkers.'),
  percentOfCommitment: z.number().nullable().describe('credited ÷ committedWorkers × 100, one decimal; null without a commitment.'),
  lastBatchAt: IsoDateTime.nullable(),
  status: AgencyStatus,
});

const summaryExample = {
  agreementId: 'jakarta-uc-2024',
  asOf: '2024-11-04T03:12:45.000Z',
  baseline: { workers: 2_200_000, percent: 51, asOf: '2024-10-23', source: 'BPJS Ketenagakerjaan Kanwil DKI Jakarta', note: null },
  target: { workers: 2_700_000, percent: 65, date: '2024-12-31', source: 'Kemendagri', note: null },
  workforce: { workers: 4_153_846, asOf: '2024-12-31', source: 'Inferred: 2,700,000 ÷ 65 %', note: 'INFERRED' },
  covered: { workers: 2_201_050, percent: 52.99 },
  newlyCovered: 1050,
  gap: { workers: 498_950, percentPoints: 12.01 },
  pace: { daysLeft: 58, requiredPerDay: 8603, last7DaysPerDay: 150, projectedAtTargetDate: 2_209_750, onTrack: false },
  agencies: [
    {
      code: 'dinkes',
      name: 'Dinas Kesehatan',
      role: 'participant',
      credited: 1000,
      duplicatesReported: 0,
      committedWorkers: 25_000,
      percentOfCommitment: 4,
      lastBatchAt: '2024-11-04T03:12:45.000Z',
      status: 'behind',
    },
  ],
  bySegment: { PU: 1000, BPU: 50, JAKON: 0, PMI: 0 },
  byProgram: { JKK: 1050, JKM: 1050, JHT: 1000, JP: 1000, JKP: 0 },
  byRegency: { '3171': 180, '3172': 175, '3173': 175, '3174': 170, '3175': 175, '3101': 175 },
  milestones: [{ agency: 'disnakertransgi', title: 'Draft Pergub on universal coverage', dueDate: '2024-12-15', status: 'open', signed: true }],
  milestoneCounts: { total: 1, open: 1, overdue: 0, done: 0, list: '/v1/agreements/jakarta-uc-2024/commitments?kind=milestone' },
  reporting: {
    schedule: { months: 1, deadlineDays: 10 },
    currentPeriod: { period: '2024-11', from: '2024-11-01', to: '2024-11-30', deadline: '2024-12-10', status: 'open' },
    submissions: [{ agency: 'dinkes', status: 'open', overdue: false }],
    overdue: [{ period: '2024-10', agency: 'dinkes', deadline: '2024-11-10' }],
    overdueCount: 1,
  },
};

const countsOf = <const K extends readonly string[]>(keys: K) =>
  z.object(Object.fromEntries(keys.map((k) => [k, Workers])) as { [P in K[number]]: typeof Workers });

export const SummarySchema = z
  .object({
    agreementId: z.string(),
    asOf: IsoDateTime.describe('Time of the latest change the figures include (a batch, a void, a commitment, the agreement).'),
    baseline: BaselineSchema,
    target: TargetSchema,
    workforce: WorkforceSchema,
    covered: z.object({
      workers: Workers.describe('baseline.workers + newlyCovered.'),
      percent: Percent.describe('covered.workers ÷ workforce.workers × 100.'),
    }),
    newlyCovered: Workers.describe('Distinct in-region workers credited in the agreement’s period, net of voided batches.'),
    gap: z.object({
      workers: Workers.describe('target.workers − covered.workers, never negative.'),
      percentPoints: Percent.describe('(target.workers − covered.workers) ÷ workforce.workers × 100, never negative.'),
    }),
    pace: z.object({
      daysLeft: Workers.describe('Days from today (WIB) to the target date, both included; 0 after it.'),
      requiredPerDay: Workers.nullable().describe('ceil(gap.workers ÷ daysLeft); null after the target date.'),
      last7DaysPerDay: z.number().describe('Newly covered with an enrollment date in the last 7 WIB days (today included) ÷ 7.'),
      projectedAtTargetDate: Workers.describe(
        'floor(covered.workers + last7DaysPerDay × daysLeft): the target date’s coverage if the last 7 days’ pace holds. After the target date: what was covered on it.',
      ),
      onTrack: z.boolean().describe('projectedAtTargetDate ≥ target.workers (after the target date: whether the target was met).'),
    }),
    agencies: z.array(AgencyStandingSchema).describe('Every party, by code.'),
    bySegment: countsOf(SEGMENTS).describe('Newly covered workers by the crediting record’s segment.'),
    byProgram: countsOf(PROGRAMS).describe('Newly covered workers carrying each program (a worker counts under each of its programs).'),
    byRegency: z
      .record(z.string(), Workers)
      .describe('Newly covered workers by the NIK’s regency/city code (where it was issued, not where they live).'),
    milestones: z
      .array(
        z.object({
          agency: AgencyCode,
          title: z.string(),
          dueDate: IsoDate,
          status: z.enum(['open', 'done', 'overdue']).describe('`overdue`: still open after its due date (WIB).'),
          signed: z.boolean().describe('Whether the milestone commitment is signed (active).'),
        }),
      )
      .max(20)
      .describe(
        'The 20 most relevant milestones at most: overdue ones (longest overdue first), then open ones (soonest due first), then done ones (latest first). `milestoneCounts` counts them all; `milestoneCounts.list` pages through every one.',
      ),
    milestoneCounts: z
      .object({
        total: z.int().min(0),
        open: z.int().min(0).describe('Open and not yet due (WIB).'),
        overdue: z.int().min(0),
        done: z.int().min(0),
        list: z.string().describe('The paged list of every milestone commitment of the agreement.'),
      })
      .describe('Every milestone of the agreement, by status.'),
    reporting: ReportingSchema,
    period: SummaryPeriodSchema.optional(),
  })
  .meta({
    id: 'Summary',
    description:
      'Computed from stored figures and rollups only (never by counting enrollments); a function of the stored data and today’s WIB date, so its ETag changes exactly when a figure does.',
    examples: [summaryExample],
  });
export type Summary = z.infer<typeof SummarySchema>;

/** The longest series window, in days after `from` (about ten years, one point a day). */
export const SERIES_MAX_DAYS = 3660;

const seriesWindow = {
  interval: z.enum(['day', 'week']).default('day').describe('`week`: ISO weeks (Monday first), WIB.'),
  from: IsoDate.optional().describe('Default: the period start. A date from 1900-01-01 to 2199-12-31.'),
  to: IsoDate.optional().describe(
    'Default: today (WIB), or the target date once it has passed (never before `from`). A date from 1900-01-01 to 2199-12-31.',
  ),
  agency: AgencyCode.optional().describe('Only this agency’s credits (cumulativeCovered then excludes the baseline).'),
};
const windowRefinements = <T extends z.ZodType<{ from?: string; to?: string }>>(schema: T) =>
  schema
    .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] })
    // Object refinements run even when a field failed its own schema: only measure real dates.
    .refine((q) => !q.from || !q.to || !isServiceDate(q.from) || !isServiceDate(q.to) || daysBetween(q.from, q.to) <= SERIES_MAX_DAYS, {
      message: `a series spans at most ${SERIES_MAX_DAYS} days after from`,
      path: ['to'],
    });

/** A window of the series (the exports take the same). */
export const SeriesQuery = windowRefinements(z.object(seriesWindow));

/** The series route's query: a window, or a reporting period (frozen once closed). */
export const SeriesRouteQuery = windowRefinements(
  z.object({
    ...seriesWindow,
    period: PeriodName.optional().describe(
      'The series from the period start up to this reporting period’s last day; for a closed period, the frozen series as stored (with `interval` only: not with `from`, `to` or `agency`).',
    ),
    version: z.coerce
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .optional()
      .describe('With `period`: a frozen version of it (1 = the first close); default the latest of a closed period.'),
  }),
)
  .refine((q) => q.period === undefined || (q.from === undefined && q.to === undefined && q.agency === undefined), {
    message: 'period cannot be combined with from, to or agency',
    path: ['period'],
  })
  .refine((q) => q.version === undefined || q.period !== undefined, { message: 'version needs a period', path: ['version'] });

export const SeriesSchema = z
  .object({
    agreementId: z.string(),
    interval: z.enum(['day', 'week']),
    agency: AgencyCode.nullable(),
    from: IsoDate,
    to: IsoDate,
    points: z.array(
      z.object({
        date: IsoDate.describe('The day, or the first day of the week within [from, to].'),
        newlyCovered: Workers.describe('Credited with an enrollment date in this day or week.'),
        cumulativeCovered: Workers.describe('Baseline (unless filtered by agency) + all credits dated up to the end of this day or week.'),
        targetLine: Workers.nullable().describe(
          'The straight line from the baseline on the period start to the target on the target date, at the end of this day or week; null when filtered by agency.',
        ),
      }),
    ),
  })
  .meta({
    id: 'Series',
    description: 'Gaps are filled with zeros. Dates are enrollment dates, in WIB.',
    examples: [
      {
        agreementId: 'jakarta-uc-2024',
        interval: 'day',
        agency: null,
        from: '2024-10-23',
        to: '2024-10-24',
        points: [
          { date: '2024-10-23', newlyCovered: 0, cumulativeCovered: 2_200_000, targetLine: 2_207_246 },
          { date: '2024-10-24', newlyCovered: 1050, cumulativeCovered: 2_201_050, targetLine: 2_214_493 },
        ],
      },
    ],
  });
export type Series = z.infer<typeof SeriesSchema>;

export const SummaryQuery = z
  .object({
    period: PeriodName.optional().describe(
      'The figures up to this reporting period’s last day. A closed period answers its frozen snapshot, byte for byte, with its own ETag.',
    ),
    version: z.coerce
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .optional()
      .describe('With `period`: a frozen version of it (1 = the first close); default the latest of a closed period.'),
  })
  .refine((q) => q.version === undefined || q.period !== undefined, { message: 'version needs a period', path: ['version'] });

export const AgencyProgressParams = AgreementParams.extend({ code: AgencyCode });

export const AgencyProgressSchema = z
  .object({
    agreementId: z.string(),
    agency: AgencyStandingSchema.extend({
      expectedByToday: Workers.describe('What its active enrollment commitments call for by today (pro rata).'),
    }),
    commitments: z.array(
      CommitmentSchema.extend({
        progress: z
          .object({
            credited: Workers.describe('Workers credited to batches posted with this commitmentId (net of voids).'),
            percent: z.number().describe('credited ÷ targetWorkers × 100, one decimal.'),
            expectedByToday: Workers,
          })
          .nullable()
          .describe('Enrollment commitments only.'),
      }),
    ),
    batches: z.object({
      count: Workers.describe('Batches posted, voided ones included.'),
      voided: Workers,
      received: Workers.describe('Records received in non-voided batches.'),
      accepted: Workers.describe('Credited when posted (non-voided batches).'),
      duplicates: z.object({ inBatch: Workers, sameAgency: Workers, otherAgency: Workers }),
      outOfRegion: Workers,
      rejected: Workers,
    }),
    creditedElsewhere: Workers.describe(
      'Duplicates it reported that another agency was credited for when they were posted (duplicates.otherAgency).',
    ),
    submissions: AgencySubmissionsSchema,
  })
  .meta({
    id: 'AgencyProgress',
    examples: [
      {
        agreementId: 'jakarta-uc-2024',
        agency: { ...summaryExample.agencies[0], expectedByToday: 5_300 },
        commitments: [],
        batches: {
          count: 2,
          voided: 0,
          received: 1010,
          accepted: 1000,
          duplicates: { inBatch: 0, sameAgency: 0, otherAgency: 0 },
          outOfRegion: 0,
          rejected: 10,
        },
        creditedElsewhere: 0,
        submissions: [
          {
            period: '2024-11',
            from: '2024-11-01',
            to: '2024-11-30',
            deadline: '2024-12-10',
            status: 'submitted',
            periodStatus: 'open',
            overdue: false,
          },
        ],
      },
    ],
  });
export type AgencyProgress = z.infer<typeof AgencyProgressSchema>;
