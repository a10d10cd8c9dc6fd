/**
 * Type-level specifications of the generated client, checked by compiling this file under
 * --strict (test/clients/typescript.test.ts). Nothing here runs.
 */

import { createSinergiClient } from '../../clients/typescript/index.js';
import type { paths } from '../../clients/typescript/schema.js';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const holds = <T extends true>(value: T) => value;

type BatchPost = paths['/v1/agreements/{agreementId}/batches']['post'];
type Created = BatchPost['responses'][201];

// The answer's headers are typed: a client reads Location, RateLimit-* and X-Request-Id by name.
holds<Equals<keyof Created['headers'] & 'Location', 'Location'>>(true);
holds<Equals<NonNullable<Created['headers']['RateLimit-Remaining']>, number>>(true);
holds<Equals<Created['headers']['X-Request-Id'], string>>(true);
type Summary = paths['/v1/agreements/{agreementId}/summary']['get']['responses'][200];
holds<Equals<Summary['headers']['ETag'], string>>(true);

// A batch post names its Idempotency-Key header.
holds<Equals<'idempotency-key' extends keyof NonNullable<BatchPost['parameters']['header']> ? true : false, true>>(true);

// Problem types are listed (an open set: unknown future types still type-check as strings).
type ProblemType = paths['/v1/agencies']['post']['responses'][409]['content']['application/problem+json']['type'];
holds<Equals<string extends ProblemType ? true : false, true>>(true);

const client = createSinergiClient({ baseUrl: 'http://localhost:3000' });
export async function typedCalls() {
  // @ts-expect-error: a path parameter is required
  await client.GET('/v1/batches/{id}', {});
  // @ts-expect-error: the body must be an agency
  await client.POST('/v1/agencies', { body: { nope: true } });
  const records = [{ nik: '3171'.padEnd(16, '0'), segment: 'PU' as const, programs: ['JKK' as const, 'JKM' as const], enrolledOn: '2024-11-04' }];
  // @ts-expect-error: a real batch post needs an Idempotency-Key
  await client.POST('/v1/agreements/{agreementId}/batches', { params: { path: { agreementId: 'jakarta-uc-2024' } }, body: { records } });
  await client.POST('/v1/agreements/{agreementId}/batches', {
    params: { path: { agreementId: 'jakarta-uc-2024' }, header: { 'idempotency-key': client.newIdempotencyKey() } },
    body: { records },
  });
}
