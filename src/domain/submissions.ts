/**
 * A period's submission by one agency, and who may move it (docs/domain.md §12.2):
 *
 *   open ──submit (the agency)──▶ submitted ──verify (the lead)──▶ verified ──accept (the counterpart)──▶ accepted
 *     ▲                              │
 *     └───── returned ◀──return (the lead, with a reason)
 *
 * `returned` is `open` with the lead's reason attached: the agency submits again from it. An admin
 * may make any move (and is audited as the admin). `accepted` is final. Pure: no I/O.
 */

export const SUBMISSION_STATES = ['open', 'submitted', 'verified', 'returned', 'accepted'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_ACTIONS = ['submit', 'verify', 'return', 'accept'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

/** What the caller is to this submission: the submitting agency itself, the agreement's lead or counterpart, an admin. */
export type SubmissionActor = 'admin' | 'self' | 'lead' | 'counterpart';

export const TRANSITIONS: Record<SubmissionAction, { from: readonly SubmissionState[]; to: SubmissionState; by: SubmissionActor }> = {
  submit: { from: ['open', 'returned'], to: 'submitted', by: 'self' },
  verify: { from: ['submitted'], to: 'verified', by: 'lead' },
  return: { from: ['submitted'], to: 'returned', by: 'lead' },
  accept: { from: ['verified'], to: 'accepted', by: 'counterpart' },
};

export type TransitionResult =
  | { ok: true; to: SubmissionState }
  /** `forbidden`: the caller may not make this move at all; `invalid-transition`: not from this state. */
  | { ok: false; reason: 'forbidden' | 'invalid-transition' };

/**
 * The state after `action`, or why not. Who may act is checked before the state, so a caller
 * who may never make a move learns nothing about the submission's state from the answer.
 */
export function transition(state: SubmissionState, action: SubmissionAction, actors: ReadonlySet<SubmissionActor>): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!actors.has('admin') && !actors.has(rule.by)) return { ok: false, reason: 'forbidden' };
  if (!rule.from.includes(state)) return { ok: false, reason: 'invalid-transition' };
  return { ok: true, to: rule.to };
}

/** Whether a submission in this state counts as handed in (for the deadline): anything but open or returned. */
export const isHandedIn = (state: SubmissionState) => state !== 'open' && state !== 'returned';
