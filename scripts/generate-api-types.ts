// Writes web/src/api/schema.ts from the server's OpenAPI document (see api-types.ts).
import { writeFile } from 'node:fs/promises';
import { API_TYPES_PATH, generateApiTypes } from './api-types.js';

await writeFile(API_TYPES_PATH, await generateApiTypes());
console.log(`wrote ${API_TYPES_PATH.pathname}`);
