import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import t from 'tap';
import { generateOpenApiDocument } from '../scripts/openapi-document.js';
import { projectRoot } from '../src/lib/paths.js';
import { buildTestApp } from './helper.js';

// biome-ignore lint/suspicious/noExplicitAny: the document is walked as untyped JSON
type Json = any;

const committedFile = path.join(projectRoot, 'openapi', 'openapi.json');
const PUBLIC_ROUTES = new Set([
  '/health/live',
  '/health/ready',
  '/openapi.json',
  '/dashboard/{agreementId}',
  '/dashboard/{agreementId}/agencies/{code}',
  '/dashboard/assets/favicon.svg',
  '/dashboard/assets/app.js',
  '/dashboard/assets/app.css',
  '/imports/{agreementId}',
  '/imports/assets/app.js',
  '/imports/assets/app.css',
]);
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

const generated = await generateOpenApiDocument();
const committed = await readFile(committedFile, 'utf8');
const doc: Json = JSON.parse(committed);

const operations = Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([route, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.has(method))
    .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${route}`, route, operation })),
);

/** Whether `node` (following $refs into components.schemas) carries an `examples` or `example`. */
function hasExample(node: Json, seen = new Set<string>()): boolean {
  if (Array.isArray(node)) return node.some((item) => hasExample(item, seen));
  if (!node || typeof node !== 'object') return false;
  if ('examples' in node || 'example' in node) return true;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      const name = value.slice('#/components/schemas/'.length);
      if (seen.has(name)) continue;
      seen.add(name);
      if (hasExample(doc.components?.schemas?.[name], seen)) return true;
    } else if (hasExample(value, seen)) return true;
  }
  return false;
}

t.test('the committed openapi/openapi.json is exactly what the code generates', async (t) => {
  if (committed === generated) return t.pass('up to date');
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  t.fail('openapi/openapi.json is stale: run `npm run openapi` and commit the result', {
    firstDifferentLine: line + 1,
    committed: a[line],
    generated: b[line],
  });
});

t.test('the document is a valid OpenAPI 3.1.0 document', async (t) => {
  t.equal(doc.openapi, '3.1.0');
  const validator = new Validator();
  const result = await validator.validate(doc);
  t.same(result.errors ?? [], [], 'no schema errors');
  t.ok(result.valid, 'validates against the OpenAPI 3.1 schema');
});

t.test('the document describes every route of the API', async (t) => {
  t.ok(operations.length > 10, `${operations.length} operations`);
  for (const route of PUBLIC_ROUTES) t.ok(doc.paths[route]?.get, `GET ${route} is described`);
  t.ok(doc.components?.securitySchemes?.bearerAuth, 'the bearer scheme is declared');
});

t.test('every operation has a unique operationId, a summary and a tag', async (t) => {
  const ids = new Map<string, string>();
  for (const { name, operation } of operations) {
    t.type(operation.operationId, 'string', `${name}: operationId`);
    t.notOk(ids.has(operation.operationId), `${name}: operationId ${operation.operationId} is unique`);
    ids.set(operation.operationId, name);
    t.ok(typeof operation.summary === 'string' && operation.summary.trim() !== '', `${name}: summary`);
    t.ok(Array.isArray(operation.tags) && operation.tags.length > 0, `${name}: at least one tag`);
    const declared = new Set((doc.tags ?? []).map((tag: { name: string }) => tag.name));
    for (const tag of operation.tags ?? []) t.ok(declared.has(tag), `${name}: tag ${tag} is declared`);
  }
});

t.test('every operation states its security; only the public routes have none', async (t) => {
  for (const { name, route, operation } of operations) {
    t.ok(Array.isArray(operation.security), `${name}: security is an array`);
    if (PUBLIC_ROUTES.has(route)) {
      t.same(operation.security, [], `${name}: public`);
    } else {
      t.ok(operation.security.length > 0, `${name}: requires a token`);
      t.ok(
        operation.security.some((requirement: Json) => 'bearerAuth' in requirement),
        `${name}: via the bearer scheme`,
      );
    }
  }
});

t.test('every error response is a problem+json, and every protected operation documents a 4xx', async (t) => {
  for (const { name, route, operation } of operations) {
    const responses = Object.entries((operation.responses ?? {}) as Record<string, Json>);
    for (const [status, response] of responses.filter(([status]) => Number(status) >= 400)) {
      t.same(Object.keys(response.content ?? {}), ['application/problem+json'], `${name} ${status}: problem+json`);
    }
    // The public routes need no token and (but for a malformed id) take no input: no client error to document.
    if (PUBLIC_ROUTES.has(route)) continue;
    const clientErrors = responses.filter(([status]) => /^4\d\d$/.test(status));
    t.ok(clientErrors.length > 0, `${name}: documents at least one 4xx`);
    t.ok(
      clientErrors.some(([, response]) => response.content?.['application/problem+json']),
      `${name}: a 4xx as application/problem+json`,
    );
    if (operation.security?.length) {
      t.ok(operation.responses['401'], `${name}: a protected operation documents 401`);
    }
  }
});

t.test('every operation shows an example in its request or response schemas', async (t) => {
  for (const { name, operation } of operations) {
    // Media objects whole: the generator moves a schema's `examples` up to the media `example`.
    const media = (content: Json) => Object.values((content ?? {}) as Record<string, Json>);
    const responses = Object.entries((operation.responses ?? {}) as Record<string, Json>);
    const bodies = [
      ...media(operation.requestBody?.content),
      ...responses.filter(([status]) => /^2\d\d$/.test(status)).flatMap(([, response]) => media(response.content)),
    ];
    // An operation with a body of its own shows an example of it; one without (a 204 DELETE) at
    // least of the problems it returns.
    const candidates = bodies.length > 0 ? bodies : responses.flatMap(([, response]) => media(response.content));
    t.ok(hasExample(candidates), `${name}: has an example`);
  }
});

t.test('served by the app', async (t) => {
  const { app, token } = await buildTestApp(t);

  t.test('GET /openapi.json needs no token and describes the same paths as the file', async (t) => {
    const res = await app.inject({ url: '/openapi.json' });
    t.equal(res.statusCode, 200);
    t.match(res.headers['content-type'], /^application\/json/);
    const served = res.json();
    t.equal(served.openapi, '3.1.0');
    t.same(Object.keys(served.paths).sort(), Object.keys(doc.paths).sort(), 'same routes');
    t.same(served.paths, doc.paths, 'same operations');
  });

  /** GET `url`, following redirects within the app. */
  async function get(url: string, headers: Record<string, string> = {}) {
    let res = await app.inject({ url, headers });
    for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && hops < 3; hops++) {
      const location = new URL(String(res.headers.location), `http://localhost${url}`);
      res = await app.inject({ url: location.pathname + location.search, headers });
    }
    return res;
  }

  t.test('GET /docs with a token serves the interactive documentation as HTML', async (t) => {
    const res = await get('/docs', { authorization: `Bearer ${token({ role: 'viewer' })}` });
    t.equal(res.statusCode, 200);
    t.match(res.headers['content-type'], /^text\/html/);
    t.match(res.body, /swagger/i);
  });

  t.test('/docs is branded as the API’s (its title, no vendor logo) and keeps authorization across reloads', async (t) => {
    const page = await get('/docs');
    t.match(page.body, /<title>Sinergi API<\/title>/);
    const initializer = await get('/docs/static/swagger-initializer.js');
    t.equal(initializer.statusCode, 200);
    t.match(initializer.body, /persistAuthorization/);
    t.notMatch(initializer.body, /data:image\/svg\+xml;base64/, 'no logo replaces the (hidden) top bar');
  });

  t.test('GET /docs serves the interactive documentation as HTML without a token', async (t) => {
    const res = await get('/docs');
    t.equal(res.statusCode, 200);
    t.match(res.headers['content-type'], /^text\/html/);
    t.match(res.body, /<html/i);
    t.match(res.body, /swagger/i);
  });
});

t.test('the document and the server agree on what they do not serve', async (t) => {
  const { as } = await buildTestApp(t);
  const admin = as('admin');

  t.test('a known path with another method is a 405 naming the methods it has in Allow', async (t) => {
    for (const [method, url, allow] of [
      ['DELETE', '/v1/agencies', 'GET, POST'],
      ['PUT', '/health/live', 'GET'],
      ['POST', '/v1/agreements/jakarta-uc-2024/summary', 'GET'],
      ['GET', '/v1/batches/00000000-0000-4000-8000-000000000000/void', 'POST'],
    ] as const) {
      const res = await admin({ method, url });
      t.equal(res.statusCode, 405, `${method} ${url}`);
      t.equal(res.headers.allow, allow, `${method} ${url}: Allow`);
      t.equal(res.json().type, '/problems/method-not-allowed');
      t.notOk(
        doc.paths[url.replace(/^\/v1\/agreements\/[^/]+/, '/v1/agreements/{agreementId}')]?.[method.toLowerCase()],
        'not an operation of the document',
      );
    }
  });

  t.test('HEAD is not served: a 405, as the document (which has no HEAD operation) says', async (t) => {
    t.notOk(
      operations.some(({ name }) => name.startsWith('HEAD ')),
      'no HEAD operation is documented',
    );
    const res = await admin({ method: 'HEAD', url: '/v1/agencies' });
    t.equal(res.statusCode, 405);
    t.equal(res.headers.allow, 'GET, POST');
  });

  t.test('an unknown path is still a 404', async (t) => {
    const res = await admin({ method: 'GET', url: '/v1/nothing-here' });
    t.equal(res.statusCode, 404);
  });

  t.test('a text/plain body is a 415, documented on every operation that reads a body', async (t) => {
    const res = await admin({ method: 'POST', url: '/v1/agencies', headers: { 'content-type': 'text/plain' }, payload: 'code=dinkes' });
    t.equal(res.statusCode, 415);
    t.equal(res.json().type, '/problems/unsupported-media-type');
    for (const { name, operation } of operations.filter(({ name }) => /^(POST|PUT|PATCH|DELETE) /.test(name))) {
      t.ok(operation.responses['415'] && operation.responses['413'] && operation.responses['408'], `${name}: 408, 413 and 415 documented`);
    }
  });
});

t.test('every operation documents 500 and 503, and 429 unless it is a health probe', async (t) => {
  for (const { name, route, operation } of operations) {
    t.ok(operation.responses['500'], `${name}: 500`);
    t.ok(operation.responses['503'], `${name}: 503`);
    if (route.startsWith('/health/')) t.notOk(operation.responses['429'], `${name}: never rate limited`);
    else t.ok(operation.responses['429']?.headers?.['Retry-After'], `${name}: 429 with Retry-After`);
    for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
      t.ok(response.headers?.['X-Request-Id'], `${name} ${status}: X-Request-Id`);
    }
  }
});

t.test('every problem type the code knows is documented with a status, and every path parameter has an example', async (t) => {
  const { problemTypes } = await import('../src/domain/problem-codes.js');
  const { problemStatus } = await import('../src/lib/openapi-contract.js');
  t.same(Object.keys(problemStatus).sort(), Object.keys(problemTypes).sort());
  for (const { name, operation } of operations) {
    for (const parameter of (operation.parameters ?? []).filter((p: Json) => p.in === 'path')) {
      t.ok(
        parameter.example !== undefined || parameter.schema?.example !== undefined || parameter.schema?.examples,
        `${name}: {${parameter.name}} has an example`,
      );
    }
  }
});

t.test('an answer that breaks the document makes its request fail, naming the route and the reason', async (t) => {
  const { as } = await buildTestApp(t, {
    extraRoutes: (app) => {
      // An answer the document does not promise: an ETag on the agency list.
      app.addHook('onSend', (request, reply, payload, done) => {
        if (request.url === '/v1/agencies') reply.header('etag', '"1"');
        done(null, payload);
      });
    },
  });
  await t.rejects(as('admin')({ url: '/v1/agencies' }), /GET \/v1\/agencies → 200: header etag is sent but not documented/);
});
