/** Writes openapi/openapi.json from the code (a test fails when the committed file is stale). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../src/lib/paths.js';
import { generateOpenApiDocument } from './openapi-document.js';

const file = path.join(projectRoot, 'openapi', 'openapi.json');
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, await generateOpenApiDocument());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
