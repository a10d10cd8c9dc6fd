import { z } from 'zod';
import { MAX_DEADLINE_DAYS, PERIOD_MONTHS, PERIOD_NAME } from '../../domain/periods.js';
import { SUBMISSION_STATES } from '../../domain/submissions.js';
import { AgencyCode, freeText, IsoDate, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';

/** Reporting periods, submissions, close and reopen (docs/domain.md §12). */

export const PeriodName = z
  .string()
  .regex(PERIOD_NAME, 'a period is named YYYY-MM')
  .describe('A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`).');

export const PeriodParams = AgreementParams.extend({ period: PeriodName });
export const SubmissionParams = PeriodParams.extend({ agency: AgencyCode });

export const SubmissionStatus = z
  .enum(SUBMISSION_STATES)
  .describe(
    '`open` (nothing handed in) → `submitted` (by the agency: its reports for the period are complete) → `verified` (by the lead) → `accepted` (by the counterpart); the lead may instead return a submitted one (`returned`, with a reason), which the agency submits again.',
  );

export const PeriodStatus = z
  .enum(['open', 'closed', 'reopened'])
  .describe(
    '`closed`: its figures are frozen (records dated in it are rejected, voids that would move them refused); `reopened`: open again, with a reason.',
  );

export const ScheduleSchema = z
  .object({
    months: z.literal(PERIOD_MONTHS).describe('Months per period, a divisor of 12 (1 monthly, 3 quarterly, …); periods are aligned to January.'),
    deadlineDays: z
      .number()
      .int()
      .min(0)
      .max(MAX_DEADLINE_DAYS)
      .describe('Days after a period’s last month ends by which each agency’s submission is due (WIB).'),
  })
  .meta({ id: 'PeriodSchedule', examples: [{ months: 1, deadlineDays: 10 }] });
export const SchedulePutSchema = ScheduleSchema.strict().meta({ id: 'PeriodSchedulePut', examples: [{ months: 3, deadlineDays: 15 }] });

export const SubmissionSchema = z
  .object({
    agreementId: z.string(),
    period: PeriodName,
    agency: AgencyCode,
    status: SubmissionStatus,
    returnReason: z.string().nullable().describe('The lead’s reason, while `returned`.'),
    submittedAt: IsoDateTime.nullable(),
    submittedBy: z.string().nullable(),
    verifiedAt: IsoDateTime.nullable(),
    verifiedBy: z.string().nullable(),
    returnedAt: IsoDateTime.nullable(),
    returnedBy: z.string().nullable(),
    acceptedAt: IsoDateTime.nullable(),
    acceptedBy: z.string().nullable(),
  })
  .meta({
    id: 'Submission',
    examples: [
      {
        agreementId: 'jakarta-uc-2024',
        period: '2024-11',
        agency: 'dinkes',
        status: 'verified',
        returnReason: null,
        submittedAt: '2024-12-03T02:00:00.000Z',
        submittedBy: 'ops@dinkes',
        verifiedAt: '2024-12-05T04:00:00.000Z',
        verifiedBy: 'ops@disnakertransgi',
        returnedAt: null,
        returnedBy: null,
        acceptedAt: null,
        acceptedBy: null,
      },
    ],
  });

export const SubmitSchema = z
  .strictObject({
    agency: AgencyCode.optional().describe('The submitting agency: required with an admin token; an agency token submits for itself.'),
  })
  .meta({ id: 'SubmissionCreate', examples: [{}] });

const Reason = freeText(z.string().trim().min(3).max(2000));
export const ReturnSchema = z
  .strictObject({ reason: Reason.describe('Why the submission goes back to the agency.') })
  .meta({ id: 'SubmissionReturn', examples: [{ reason: 'Batch of 12 November is missing.' }] });
export const ReopenSchema = z
  .strictObject({ reason: Reason.describe('Why the closed figures must change; shown with every adjustment.') })
  .meta({ id: 'PeriodReopen', examples: [{ reason: 'Dinkes posted 40 workers twice; the duplicate batch is voided.' }] });

const AgencySubmissionState = z.object({
  agency: AgencyCode,
  status: SubmissionStatus,
  overdue: z.boolean().describe('Past the period’s deadline (WIB) and not handed in (`open` or `returned`).'),
});

export const ReportingPeriodSchema = z
  .object({
    period: PeriodName,
    from: IsoDate.describe('First day of the period within the agreement’s period.'),
    to: IsoDate.describe('Last day of the period within the agreement’s period.'),
    deadline: IsoDate.describe('Submissions are due by this day (WIB): the last day of the period’s last month + `deadlineDays`.'),
    status: PeriodStatus,
    version: z.number().int().min(1).nullable().describe('The latest frozen snapshot’s version; null if never closed.'),
    closedAt: IsoDateTime.nullable(),
    closedBy: z.string().nullable(),
    reopenedAt: IsoDateTime.nullable(),
    reopenedBy: z.string().nullable(),
    reopenReason: z.string().nullable(),
    submissions: z.array(AgencySubmissionState).describe('Every party but the counterpart (who accepts), by code.'),
  })
  .meta({
    id: 'ReportingPeriod',
    examples: [
      {
        period: '2024-11',
        from: '2024-11-01',
        to: '2024-11-30',
        deadline: '2024-12-10',
        status: 'closed',
        version: 1,
        closedAt: '2024-12-12T03:00:00.000Z',
        closedBy: 'admin@sinergi',
        reopenedAt: null,
        reopenedBy: null,
        reopenReason: null,
        submissions: [{ agency: 'dinkes', status: 'accepted', overdue: false }],
      },
    ],
  });
export const ReportingPeriodPageSchema = pageOf(ReportingPeriodSchema, 'oldest period first').meta({ id: 'ReportingPeriodPage' });

export const AdjustmentSchema = z
  .object({
    period: PeriodName,
    version: z.number().int().min(2).nullable().describe('The snapshot version this adjustment produced; null while the period is still reopened.'),
    state: z.enum(['final', 'pending']).describe('`pending`: the period is reopened now; the changes so far, against the last frozen version.'),
    reason: z.string().describe('The reason given when the period was reopened.'),
    reopenedAt: IsoDateTime,
    reopenedBy: z.string(),
    closedAt: IsoDateTime.nullable(),
    closedBy: z.string().nullable(),
    changes: z
      .array(
        z.object({
          figure: z.string().describe('A figure of the period’s summary, as a path: `newlyCovered`, `agencies.dinkes.credited`, `bySegment.PU`, …'),
          before: z.number(),
          after: z.number(),
          delta: z.number().describe('after − before.'),
        }),
      )
      .describe('Every figure that moved, by path.'),
  })
  .meta({
    id: 'Adjustment',
    examples: [
      {
        period: '2024-11',
        version: 2,
        state: 'final',
        reason: 'Dinkes posted 40 workers twice; the duplicate batch is voided.',
        reopenedAt: '2025-01-06T02:00:00.000Z',
        reopenedBy: 'admin@sinergi',
        closedAt: '2025-01-07T02:00:00.000Z',
        closedBy: 'admin@sinergi',
        changes: [{ figure: 'newlyCovered', before: 1050, after: 1010, delta: -40 }],
      },
    ],
  });
export const AdjustmentPageSchema = pageOf(AdjustmentSchema, 'oldest first (a pending one last)').meta({ id: 'AdjustmentPage' });
export const AdjustmentQuery = PageQuery;

/** The `reporting` block of the summary: where each agency stands for the current period, and what is overdue. */
export const MAX_OVERDUE_LISTED = 50;
export const ReportingSchema = z
  .object({
    schedule: ScheduleSchema,
    currentPeriod: z
      .object({ period: PeriodName, from: IsoDate, to: IsoDate, deadline: IsoDate, status: PeriodStatus })
      .describe('The period containing today (WIB); before the agreement starts its first, after it ends its last.'),
    submissions: z.array(AgencySubmissionState).describe('Each submitting party’s state for the current period, by code.'),
    overdue: z
      .array(z.object({ period: PeriodName, agency: AgencyCode, deadline: IsoDate }))
      .max(MAX_OVERDUE_LISTED)
      .describe(
        `Submissions past their deadline and not handed in, latest period first (at most ${MAX_OVERDUE_LISTED}; \`overdueCount\` counts all).`,
      ),
    overdueCount: z.number().int().min(0),
  })
  .describe('Reporting periods and submissions (docs/domain.md §12).');
export type Reporting = z.infer<typeof ReportingSchema>;

/** The `period` block of a summary asked for with `?period=`. */
export const SummaryPeriodSchema = z
  .object({
    period: PeriodName,
    from: IsoDate,
    to: IsoDate,
    status: PeriodStatus,
    version: z.number().int().min(1).nullable().describe('This snapshot’s version; null for figures computed now (an open or reopened period).'),
    frozenAt: IsoDateTime.nullable().describe('When these figures were frozen (the close); null when computed now.'),
    newlyCovered: z.number().int().describe('Workers credited with an enrollment date within the period.'),
  })
  .describe(
    'Present with `?period=`: the figures are those up to the period’s last day — credits dated after it are left out and pace, standings and milestones are taken as of that day.',
  );
export type SummaryPeriod = z.infer<typeof SummaryPeriodSchema>;

/** An agency's submissions in its progress view: every period begun so far, latest first. */
export const MAX_PROGRESS_SUBMISSIONS = 60;
export const AgencySubmissionsSchema = z
  .array(
    z.object({
      period: PeriodName,
      from: IsoDate,
      to: IsoDate,
      deadline: IsoDate,
      status: SubmissionStatus,
      periodStatus: PeriodStatus,
      overdue: z.boolean(),
    }),
  )
  .max(MAX_PROGRESS_SUBMISSIONS)
  .describe(
    `Its submission for each period begun by today (WIB), latest first (the latest ${MAX_PROGRESS_SUBMISSIONS} at most); empty for the counterpart, which accepts rather than submits.`,
  );
export type AgencySubmissions = z.infer<typeof AgencySubmissionsSchema>;

export type Submission = z.infer<typeof SubmissionSchema>;
export type ReportingPeriodView = z.infer<typeof ReportingPeriodSchema>;
export type Adjustment = z.infer<typeof AdjustmentSchema>;
