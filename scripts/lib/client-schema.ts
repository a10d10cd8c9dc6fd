import { readFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { projectRoot } from '../../src/lib/paths.js';

/** The typed client's types (clients/typescript/schema.d.ts), generated from the committed document. */
export const clientSchemaFile = path.join(projectRoot, 'clients', 'typescript', 'schema.d.ts');

export async function generateClientSchema(): Promise<string> {
  const document = JSON.parse(await readFile(path.join(projectRoot, 'openapi', 'openapi.json'), 'utf8'));
  const ast = await openapiTS(document, { exportType: false, enum: false, rootTypes: false });
  return `/** Generated from openapi/openapi.json by \`npm run client\`: do not edit. */\n\n${astToString(ast)}`;
}
