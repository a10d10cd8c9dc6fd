import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../src/db/client.js';
import { claimJob, findJob, insertJob, renewLease } from '../../src/jobs/repository.js';
import { type JobContext, JobFailedError, JobRunner } from '../../src/jobs/runner.js';
import { createLogger } from '../../src/lib/logger.js';
import { freshDatabase, testConfig } from '../helper.js';

const config = testConfig();
const logger = createLogger({ logLevel: 'silent' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

t.test('the job runner', async (t) => {
  const database = await freshDatabase(t, config);
  t.teardown(() => database.close());
  const { db } = database;
  await db.execute(sql`CREATE TABLE step_log (job_id uuid, step int, owner text, PRIMARY KEY (job_id, step))`);

  /** A job of `steps` steps; each step is committed with the checkpoint `{ done: step + 1 }`. */
  const stepper = (owner: string, steps: number, options: { failAt?: number } = {}) => ({
    async run(context: JobContext) {
      let done = (context.job.checkpoint as { done?: number } | null)?.done ?? 0;
      while (done < steps) {
        if (done === options.failAt) throw new JobFailedError('bad-input');
        const step = done;
        await context.commit({ done: step + 1 }, (tx) => tx.execute(sql`INSERT INTO step_log VALUES (${context.job.id}, ${step}, ${owner})`));
        done++;
      }
    },
  });
  const steps = async (id: string) =>
    await queryRows<{ step: number; owner: string }>(db, sql`SELECT step, owner FROM step_log WHERE job_id = ${id} ORDER BY step`);
  const statusOf = async (id: string) => (await findJob(db, id))?.status;

  t.test('a queued job is claimed, run step by step and completed, each step committed once', async (t) => {
    const runner = new JobRunner(db, { logger, retentionHours: 24, pollMs: 20 });
    runner.register('stepper', stepper('a', 5));
    t.teardown(() => runner.stop());
    const id = randomUUID();
    await insertJob(db, { id, kind: 'stepper', status: 'queued', payload: {} });
    runner.start();
    await until(async () => (await statusOf(id)) === 'completed', 'completion');
    t.same(
      (await steps(id)).map((s) => s.step),
      [0, 1, 2, 3, 4],
    );
    const job = await findJob(db, id);
    t.same(job?.checkpoint, { done: 5 });
    t.equal(job?.leaseOwner, null, 'an ended job holds no lease');
  });

  t.test('a job whose owner died is resumed from its last checkpoint once the lease runs out', async (t) => {
    const id = randomUUID();
    await insertJob(db, { id, kind: 'stepper', status: 'queued', payload: {} });
    // An instance claims it with a short lease, commits two steps, then dies (never renews).
    const claimed = await claimJob(db, ['stepper'], 'dead-instance', 300);
    t.equal(claimed?.id, id);
    for (const step of [0, 1]) {
      await db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO step_log VALUES (${id}, ${step}, 'dead-instance')`);
        t.ok(await renewLease(tx, id, 'dead-instance', 300, { done: step + 1 }));
      });
    }
    const runner = new JobRunner(db, { logger, retentionHours: 24, pollMs: 20 });
    runner.register('stepper', stepper('b', 5));
    t.teardown(() => runner.stop());
    runner.start();
    t.equal(await claimJob(db, ['stepper'], 'third', 300), undefined, 'nobody takes a job under a live lease');
    await until(async () => (await statusOf(id)) === 'completed', 'completion');
    t.same(
      (await steps(id)).map((s) => `${s.step}:${s.owner}`),
      ['0:dead-instance', '1:dead-instance', '2:b', '3:b', '4:b'],
      'every step once; the survivor started where the dead one stopped',
    );
    t.equal((await findJob(db, id))?.attempts, 2);

    // The dead instance comes back to life and tries to commit: fenced, rolled back.
    await t.rejects(
      db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO step_log VALUES (${id}, 99, 'dead-instance')`);
        if (!(await renewLease(tx, id, 'dead-instance', 300, { done: 100 }))) throw new Error('fenced');
      }),
      /fenced/,
    );
    t.equal((await steps(id)).length, 5, 'the stale owner wrote nothing');
  });

  t.test('two runners on one queue never run the same job, and all jobs complete', async (t) => {
    const ids = Array.from({ length: 6 }, () => randomUUID());
    for (const id of ids) await insertJob(db, { id, kind: 'pair', status: 'queued', payload: {} });
    const runners = ['x', 'y'].map((name) => {
      const runner = new JobRunner(db, { logger, retentionHours: 24, pollMs: 10 });
      runner.register('pair', stepper(name, 3));
      t.teardown(() => runner.stop());
      return runner;
    });
    for (const runner of runners) runner.start();
    await until(async () => {
      const rows = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'pair' AND status = 'completed'`);
      return rows[0]?.n === ids.length;
    }, 'all pairs');
    for (const id of ids) {
      const owners = new Set((await steps(id)).map((s) => s.owner));
      t.equal((await steps(id)).length, 3);
      t.equal(owners.size, 1, 'one runner did all of a job');
    }
  });

  t.test('a handler failure that retrying cannot fix fails the job and keeps what was committed', async (t) => {
    const runner = new JobRunner(db, { logger, retentionHours: 24, pollMs: 20 });
    runner.register('failing', stepper('f', 4, { failAt: 2 }));
    t.teardown(() => runner.stop());
    const id = randomUUID();
    await insertJob(db, { id, kind: 'failing', status: 'queued', payload: {} });
    runner.start();
    await until(async () => (await statusOf(id)) === 'failed', 'failure');
    t.equal((await findJob(db, id))?.error, 'bad-input');
    t.equal((await steps(id)).length, 2);
  });

  t.test('stopping hands the lease back: another runner resumes at once', async (t) => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = new JobRunner(db, { logger, retentionHours: 24, pollMs: 20, leaseMs: 60_000 });
    first.register('slow', {
      async run(context) {
        await context.commit({ done: 1 }, (tx) => tx.execute(sql`INSERT INTO step_log VALUES (${context.job.id}, 0, 'first')`));
        await gate;
        context.throwIfStopped();
      },
    });
    const id = randomUUID();
    await insertJob(db, { id, kind: 'slow', status: 'queued', payload: {} });
    first.start();
    await until(async () => (await steps(id)).length === 1, 'first step');
    const stopping = first.stop();
    release();
    await stopping;
    t.equal(await statusOf(id), 'running', 'still running: waiting to be resumed');
    const second = new JobRunner(db, { logger, retentionHours: 24, pollMs: 20, leaseMs: 60_000 });
    second.register('slow', stepper('second', 3));
    t.teardown(() => second.stop());
    second.start();
    await until(async () => (await statusOf(id)) === 'completed', 'completion by the second runner');
    t.same(
      (await steps(id)).map((s) => s.owner),
      ['first', 'second', 'second'],
    );
  });

  t.test('a job claimed too often (it keeps killing its instance) fails', async (t) => {
    const id = randomUUID();
    await insertJob(db, { id, kind: 'poison', status: 'queued', payload: {} });
    await db.execute(sql`UPDATE jobs SET attempts = 3 WHERE id = ${id}`);
    const runner = new JobRunner(db, { logger, retentionHours: 24, pollMs: 20, maxAttempts: 3 });
    runner.register('poison', stepper('p', 1));
    t.teardown(() => runner.stop());
    runner.start();
    await until(async () => (await statusOf(id)) === 'failed', 'failure');
    t.equal((await findJob(db, id))?.error, 'too-many-attempts');
  });
});
