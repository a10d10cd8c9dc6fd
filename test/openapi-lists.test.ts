import { readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { projectRoot } from '../src/lib/paths.js';

/**
 * Every list page of the committed document (an object of `items` and `nextCursor`) states the
 * order of its items, so a client paging through it knows what it gets first.
 */
t.test('every list page schema states its order', async (t) => {
  const document = JSON.parse(readFileSync(path.join(projectRoot, 'openapi', 'openapi.json'), 'utf8'));
  const pages = Object.entries(document.components.schemas as Record<string, { properties?: Record<string, { description?: string }> }>).filter(
    ([, schema]) => schema.properties?.items && schema.properties.nextCursor,
  );
  t.ok(pages.length >= 10, `${pages.length} list pages`);
  for (const [name, schema] of pages) {
    t.match(schema.properties?.items?.description ?? '', /^At most `limit` items, .+\.$/, `${name} states its order`);
  }
});
