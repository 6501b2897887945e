// Every (operation, status) the HTTP tests see, checked against the app's own OpenAPI document:
// an answer the document does not list is written to test-output/openapi-answers/PID.json when
// the test process ends, and scripts/run-tests.mjs fails the run on any (issue 17 §5). New routes
// are covered by the same hook without further work.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

export const ANSWERS_FOLDER = fileURLToPath(new URL('../../test-output/openapi-answers/', import.meta.url));

interface Documented {
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
}

const seen = new Map<string, boolean>();
let writerInstalled = false;

function writeOnExit(): void {
  if (writerInstalled) return;
  writerInstalled = true;
  process.on('exit', () => {
    if (seen.size === 0) return;
    mkdirSync(ANSWERS_FOLDER, { recursive: true });
    const answers = [...seen].map(([answer, documented]) => ({ answer, documented }));
    writeFileSync(join(ANSWERS_FOLDER, `${process.pid}.json`), JSON.stringify(answers));
  });
}

/** `/api/users/:id` → `/api/users/{id}` (the document's form). */
const openapiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/** Records `app`'s answers into `into` (by default this process's list, written at exit). */
export function recordAnswers(app: FastifyInstance, into: Map<string, boolean> = seen): void {
  if (into === seen) writeOnExit();
  let document: Documented | null = null;
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions;
    // Requests that found no route (404 handler, the console's files) belong to no operation.
    if (route.url === undefined || !route.url.startsWith('/api/') || (route.schema as { hide?: boolean } | undefined)?.hide) return done();
    document ??= app.swagger() as unknown as Documented;
    const method = request.method === 'HEAD' ? 'get' : request.method.toLowerCase();
    const path = openapiPath(route.url);
    const answer = `${method.toUpperCase()} ${path} ${reply.statusCode}`;
    if (!into.has(answer)) into.set(answer, document.paths[path]?.[method]?.responses?.[String(reply.statusCode)] !== undefined);
    done();
  });
}

/** Answers recorded so far that the document does not list. */
export function undocumentedAnswers(recorded: Map<string, boolean> = seen): string[] {
  return [...recorded].filter(([, documented]) => !documented).map(([answer]) => answer);
}
