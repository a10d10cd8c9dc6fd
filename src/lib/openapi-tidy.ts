import { STATUS_CODES } from 'node:http';

/**
 * fastify-type-provider-zod emits every registered schema twice, as `X` (output) and `XInput`
 * (input), whether or not a route uses it. This folds each `XInput` that is identical to `X`
 * into `X`, then drops schemas nothing refers to, so integrators see one name per shape.
 */

type Json = unknown;
type Doc = { paths?: Json; components?: { schemas?: Record<string, Json> } & Record<string, Json> } & Record<string, Json>;

const REF_PREFIX = '#/components/schemas/';

function mapRefs(node: Json, rename: (name: string) => string): Json {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, rename));
  if (node && typeof node === 'object') {
    const out: Record<string, Json> = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] =
        key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)
          ? REF_PREFIX + rename(value.slice(REF_PREFIX.length))
          : mapRefs(value, rename);
    }
    return out;
  }
  return node;
}

function collectRefs(node: Json, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
        into.add(value.slice(REF_PREFIX.length));
      } else collectRefs(value, into);
    }
  }
}

/** Fastify's placeholder response description becomes the status text ("OK", "Created"). */
function describeResponses(paths: Json): void {
  for (const operations of Object.values((paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const operation of Object.values(operations)) {
      const responses = (operation as { responses?: Record<string, { description?: string }> }).responses ?? {};
      for (const [status, response] of Object.entries(responses)) {
        if (response.description === 'Default Response') response.description = STATUS_CODES[Number(status)] ?? 'Response';
      }
    }
  }
}

export function tidyOpenApi<T extends Doc>(document: T): T {
  const schemas = document.components?.schemas ?? {};
  const folded = new Set<string>();
  const foldName = (name: string) => (folded.has(name) ? name.slice(0, -'Input'.length) : name);

  // A pair is identical when it is, once its own references are folded the same way; iterate
  // until stable because folding one pair can make another pair equal.
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of Object.keys(schemas)) {
      if (!name.endsWith('Input') || folded.has(name)) continue;
      const base = name.slice(0, -'Input'.length);
      if (!(base in schemas)) continue;
      const candidate = new Set(folded).add(name);
      const rename = (n: string) => (candidate.has(n) ? n.slice(0, -'Input'.length) : n);
      if (JSON.stringify(mapRefs(schemas[name], rename)) === JSON.stringify(mapRefs(schemas[base], rename))) {
        folded.add(name);
        changed = true;
      }
    }
  }

  const rewritten = mapRefs({ ...document, components: { ...document.components, schemas: {} } }, foldName) as T;
  const kept: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!folded.has(name)) kept[name] = mapRefs(schema, foldName);
  }

  // Keep only schemas reachable from the paths.
  const reachable = new Set<string>();
  collectRefs(rewritten.paths, reachable);
  for (const pending = [...reachable]; pending.length > 0; ) {
    const found = new Set<string>();
    collectRefs(kept[pending.pop() as string], found);
    for (const name of found) {
      if (!reachable.has(name)) {
        reachable.add(name);
        pending.push(name);
      }
    }
  }
  // An input-only shape (its output twin unused) takes the plain name.
  const plain = (name: string) => {
    const base = name.endsWith('Input') ? name.slice(0, -'Input'.length) : name;
    return base !== name && reachable.has(name) && !reachable.has(base) ? base : name;
  };
  const result = mapRefs(rewritten, plain) as T;
  const components = result.components as { schemas: Record<string, Json> };
  for (const name of [...reachable].map((n) => [plain(n), n] as const).sort(([a], [b]) => a.localeCompare(b))) {
    components.schemas[name[0]] = mapRefs(kept[name[1]], plain);
  }
  describeResponses(result.paths);
  return result;
}
