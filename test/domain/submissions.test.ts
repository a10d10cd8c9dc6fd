import fc from 'fast-check';
import t from 'tap';
import {
  isHandedIn,
  SUBMISSION_ACTIONS,
  SUBMISSION_STATES,
  type SubmissionActor,
  type SubmissionState,
  TRANSITIONS,
  transition,
} from '../../src/domain/submissions.js';

const actors: SubmissionActor[] = ['admin', 'self', 'lead', 'counterpart'];
const actorSet = fc.subarray(actors).map((list) => new Set(list));
const state = fc.constantFrom(...SUBMISSION_STATES);
const action = fc.constantFrom(...SUBMISSION_ACTIONS);

t.test('the happy path: open → submitted → verified → accepted, each by its own party', async (t) => {
  let s: SubmissionState = 'open';
  for (const [a, by] of [
    ['submit', 'self'],
    ['verify', 'lead'],
    ['accept', 'counterpart'],
  ] as const) {
    const result = transition(s, a, new Set([by]));
    t.ok(result.ok, `${a} by ${by}`);
    if (result.ok) s = result.to;
  }
  t.equal(s, 'accepted');
  t.same(transition('submitted', 'return', new Set(['lead'])), { ok: true, to: 'returned' });
  t.same(transition('returned', 'submit', new Set(['self'])), { ok: true, to: 'submitted' }, 'a returned submission is submitted again');
});

t.test('who may act never depends on the state: a forbidden caller learns nothing of it', async () => {
  fc.assert(
    fc.property(state, state, action, actorSet, (a, b, act, who) => {
      const ra = transition(a, act, who);
      const rb = transition(b, act, who);
      return (!ra.ok && ra.reason === 'forbidden') === (!rb.ok && rb.reason === 'forbidden');
    }),
  );
});

t.test('an admin may make every move any party may; no one else makes another party’s move', async () => {
  fc.assert(
    fc.property(state, action, actorSet, (s, act, who) => {
      const result = transition(s, act, who);
      const admin = transition(s, act, new Set(['admin']));
      if (result.ok && !admin.ok) return false;
      const allowed = who.has('admin') || who.has(TRANSITIONS[act].by);
      return allowed ? result.ok === TRANSITIONS[act].from.includes(s) : !result.ok && result.reason === 'forbidden';
    }),
  );
});

t.test('any sequence of moves stays in the machine; accepted is final and only reached through verified', async () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(action, actorSet), { maxLength: 30 }), (moves) => {
      let s: SubmissionState = 'open';
      for (const [act, who] of moves) {
        const result = transition(s, act, who);
        if (!result.ok) continue;
        if (s === 'accepted') return false;
        if (result.to === 'accepted' && s !== 'verified') return false;
        s = result.to;
        if (!SUBMISSION_STATES.includes(s)) return false;
      }
      return true;
    }),
  );
});

t.test('handed in means anything but open or returned', async (t) => {
  t.same(SUBMISSION_STATES.filter(isHandedIn), ['submitted', 'verified', 'accepted']);
});
