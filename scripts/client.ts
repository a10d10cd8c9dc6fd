/** Writes clients/typescript/schema.d.ts from openapi/openapi.json (a test fails when it is stale). */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { clientSchemaFile, generateClientSchema } from './lib/client-schema.js';

await writeFile(clientSchemaFile, await generateClientSchema());
console.log(`wrote ${path.relative(process.cwd(), clientSchemaFile)}`);
