import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../../src/db/client.js';
import { buildTestApp } from '../../helper.js';
import { csvFile, HEADER, validRows } from './fixtures.js';

/**
 * A client that goes away in the middle of an upload (Ctrl-C in the CLI, a closed tab, a lost
 * network): the server must notice, drop what it stored of the file and end the request, rather
 * than wait forever for the rest of the body with a job stuck in `uploading`.
 */
t.test('an upload cut off by the client leaves no job and no stored segment behind', async (t) => {
  const { app, database, token } = await buildTestApp(t);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const file = csvFile([HEADER, ...validRows(0, 60_000)]);
  const stored = async () =>
    (
      await queryRows<{ jobs: number; segments: number }>(
        database.db,
        sql`SELECT (SELECT count(*)::int FROM jobs) AS jobs, (SELECT count(*)::int FROM job_file_segments) AS segments`,
      )
    )[0] as { jobs: number; segments: number };

  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(
    [
      'POST /v1/agreements/jakarta-uc-2024/imports HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      `Authorization: Bearer ${token({ role: 'agency', agency: 'dinkes' })}`,
      'Content-Type: text/csv',
      `Content-Length: ${file.length}`,
      '',
      '',
    ].join('\r\n'),
  );
  // Half the file, enough for a few stored segments, then the connection is gone.
  socket.write(file.subarray(0, Math.floor(file.length / 2)));
  let during = { jobs: 0, segments: 0 };
  for (let i = 0; i < 200 && during.jobs < 1; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    during = await stored();
  }
  t.equal(during.jobs, 1, 'the upload was under way');
  socket.destroy();

  let after = during;
  for (let i = 0; i < 200 && (after.jobs > 0 || after.segments > 0); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    after = await stored();
  }
  t.same(after, { jobs: 0, segments: 0 }, 'the job and its segments are gone');
});
