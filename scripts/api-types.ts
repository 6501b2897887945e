// The console's API types are generated from the OpenAPI document the server writes from its route
// schemas (openapi-typescript), so the console and the server cannot drift apart: a test fails when
// web/src/api/schema.ts is stale (`npm run generate:api-types` writes it anew).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../src/config/config.js';
import { createGatehouse, createLogger } from '../src/server/gatehouse.js';

export const API_TYPES_PATH = new URL('../web/src/api/schema.ts', import.meta.url);

const HEADER = `// Generated from /api/openapi.json by scripts/generate-api-types.ts (openapi-typescript): do not
// edit. \`npm run generate:api-types\` writes it anew; a test fails when it is stale.
`;

/** The OpenAPI document as a server with default settings serves it. */
export async function readOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-api-types-'));
  try {
    const config = loadConfig({ GATEHOUSE_DATA_DIR: dataDir, GATEHOUSE_DATABASE_URL: ':memory:', GATEHOUSE_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'), GATEHOUSE_LOG_LEVEL: 'silent' }, '/nonexistent');
    const { app } = await createGatehouse(config, { logger: createLogger('silent') });
    await app.ready();
    const document = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return document;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function generateApiTypes(): Promise<string> {
  const document = await readOpenApiDocument();
  const ast = await openapiTS(document as never, { alphabetize: true });
  return HEADER + astToString(ast);
}
