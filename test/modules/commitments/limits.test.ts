import t from 'tap';
import { MAX_COMMITMENTS_PER_PARTY } from '../../../src/modules/commitments/service.js';
import { MAX_SUMMARY_MILESTONES } from '../../../src/modules/progress/service.js';
import { buildTestApp, fixedClock } from '../../helper.js';

const AGREEMENT = 'jakarta-uc-2024';
const list = `/v1/agreements/${AGREEMENT}/commitments`;
const TODAY = '2024-12-01';

/** The i-th milestone: a third done, a third overdue (due before today, still open), a third open and not yet due. */
function milestone(i: number) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  if (i % 3 === 0) return { kind: 'milestone', title: `Done ${i}`, dueDate: `2024-11-${day}`, milestoneStatus: 'done', evidenceRef: `SK-${i}` };
  if (i % 3 === 1) return { kind: 'milestone', title: `Overdue ${i}`, dueDate: `2024-11-${day}` };
  return { kind: 'milestone', title: `Open ${i}`, dueDate: `2024-12-${day}` };
}

t.test('what one agency can create is bounded, and so is what the summary embeds', async (t) => {
  const { as } = await buildTestApp(t, { clock: fixedClock(`${TODAY}T05:00:00Z`), env: { RATE_LIMIT_MAX: '0' } });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  const extra = 10;

  t.test(`an agency holds at most ${MAX_COMMITMENTS_PER_PARTY} commitments under an agreement, also when it sends them all at once`, async (t) => {
    // In waves of 10 at once (what the connection pool serves without queueing past its timeout).
    const answers = [];
    for (let wave = 0; wave < MAX_COMMITMENTS_PER_PARTY + extra; wave += 10) {
      answers.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => dinkes({ method: 'POST', url: list, payload: milestone(wave + i) })))));
    }
    const statuses = answers.map((a) => a.statusCode);
    t.equal(statuses.filter((s) => s === 201).length, MAX_COMMITMENTS_PER_PARTY, 'exactly the limit was created');
    t.equal(statuses.filter((s) => s === 409).length, extra, 'every one past it is a 409');
    const refused = answers.find((a) => a.statusCode === 409);
    t.match(refused?.headers['content-type'], /^application\/problem\+json/);
    t.match(refused?.json(), { type: '/problems/commitment-limit', status: 409, limit: MAX_COMMITMENTS_PER_PARTY });
    t.equal(
      (await dinkes({ method: 'POST', url: list, payload: { kind: 'enrollment', title: 'One more', targetWorkers: 10, dueDate: '2024-12-31' } }))
        .statusCode,
      409,
      'of either kind',
    );
    t.equal((await as('agency', 'dishub')({ method: 'POST', url: list, payload: milestone(2) })).statusCode, 201, 'the limit is per party');
  });

  t.test(`the summary embeds the ${MAX_SUMMARY_MILESTONES} most relevant milestones, counts them all and links to the list`, async (t) => {
    const res = await admin({ url: `/v1/agreements/${AGREEMENT}/summary` });
    t.equal(res.statusCode, 200);
    const { milestones, milestoneCounts } = res.json();
    const total = MAX_COMMITMENTS_PER_PARTY + 1;
    const byTitle = (prefix: string) =>
      Array.from({ length: MAX_COMMITMENTS_PER_PARTY }, (_, i) => milestone(i).title).filter((x) => x.startsWith(prefix)).length;
    t.match(milestoneCounts, {
      total,
      done: byTitle('Done'),
      overdue: byTitle('Overdue'),
      open: byTitle('Open') + 1,
      list: `/v1/agreements/${AGREEMENT}/commitments?kind=milestone`,
    });
    t.equal(milestoneCounts.open + milestoneCounts.overdue + milestoneCounts.done, total);
    t.equal(milestones.length, MAX_SUMMARY_MILESTONES);
    t.ok(
      milestones.every((m: { status: string }) => m.status === 'overdue'),
      'overdue milestones come first (there are more than the summary shows)',
    );
    const dues = milestones.map((m: { dueDate: string }) => m.dueDate);
    t.same(dues, [...dues].sort(), 'the longest overdue first');
    t.ok(res.body.length < 16 * 1024, `the body stays small (${res.body.length} bytes)`);
  });

  t.test('the linked list pages through every milestone, and only milestones', async (t) => {
    const link = `/v1/agreements/${AGREEMENT}/commitments?kind=milestone`;
    let seen = 0;
    let cursor: string | null = null;
    do {
      const page: { items: { kind: string }[]; nextCursor: string | null } = (
        await admin({ url: `${link}&limit=40${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}` })
      ).json();
      t.ok(page.items.every((c) => c.kind === 'milestone'));
      seen += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    t.equal(seen, MAX_COMMITMENTS_PER_PARTY + 1);
  });
});

t.test('with few milestones the summary orders them overdue, then open (soonest first), then done (latest first)', async (t) => {
  const { as } = await buildTestApp(t, { clock: fixedClock(`${TODAY}T05:00:00Z`) });
  const dinkes = as('agency', 'dinkes');
  const seeded = (await as('admin')({ url: `/v1/agreements/${AGREEMENT}/summary` })).json().milestoneCounts.total;
  for (const payload of [
    { kind: 'milestone', title: 'Done early', dueDate: '2024-11-01', milestoneStatus: 'done', evidenceRef: 'SK-1' },
    { kind: 'milestone', title: 'Done late', dueDate: '2024-12-20', milestoneStatus: 'done', evidenceRef: 'SK-2' },
    { kind: 'milestone', title: 'Open later', dueDate: '2024-12-30' },
    { kind: 'milestone', title: 'Open soon', dueDate: '2024-12-05' },
    { kind: 'milestone', title: 'Overdue', dueDate: '2024-11-15' },
  ]) {
    t.equal((await dinkes({ method: 'POST', url: list, payload })).statusCode, 201);
  }
  const { milestones, milestoneCounts } = (await as('viewer')({ url: `/v1/agreements/${AGREEMENT}/summary` })).json();
  t.equal(milestoneCounts.total, seeded + 5);
  const ours = milestones
    .filter((m: { agency: string }) => m.agency === 'dinkes')
    .map((m: { title: string; status: string }) => `${m.status} ${m.title}`);
  t.same(ours, ['overdue Overdue', 'open Open soon', 'open Open later', 'done Done late', 'done Done early']);
  const rank = { overdue: 0, open: 1, done: 2 } as Record<string, number>;
  const ranks = milestones.map((m: { status: string }) => rank[m.status]);
  t.same(ranks, [...ranks].sort(), 'every agency’s milestones in the same order');
});
