// The web console (web/dist, built by Vite) at `/`. A single-page app: any GET that no route
// answers, outside /api, /healthz, /readyz and /metrics, gets the file of that name or else
// index.html, and the console's router takes over. Without a build the server still starts;
// `/` then says how to build the console.
//
// It is served from an onRequest hook of requests that found no route, not from a `/*` route: a
// wildcard route would make the router decode every unknown path, and an undecodable one (say
// `/%c0%ae`) would get Fastify's own 400 instead of the API's error envelope.
import { existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** web/dist beside src/ and dist/: both hold this file four folders below the repository root. */
export const DEFAULT_CONSOLE_ROOT = fileURLToPath(new URL('../../../../web/dist/', import.meta.url));

/** Paths the console never answers: they 404 in the API's envelope when no route serves them. */
const NOT_CONSOLE_PATH = /^\/(api|healthz|readyz|metrics)(\/|$)/;

// The console loads only its own files; the QR code is a data: URL. No inline script or style.
const CONSOLE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const NOT_BUILT = 'The Gatehouse web console is not built yet. Run `npm run build` (or `npm start`, which builds first), then reload this page.\nThe REST API is available at /api.\n';

/** Serves the console from `root` (default web/dist) on the app itself, beside the API routes. */
export async function registerConsole(app: FastifyInstance, options: { root?: string } = {}): Promise<void> {
  const root = resolve(options.root ?? DEFAULT_CONSOLE_ROOT);
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    // Only reply.sendFile: Cache-Control is set per file (sendAsset), not by the plugin.
    await app.register(fastifyStatic, { root, serve: false, index: false, dotfiles: 'deny', cacheControl: false });
  } else {
    app.log.warn({ root }, 'the web console is not built: run `npm run build`; / answers a hint until then');
  }

  // A callback hook: every request passes here, and all but unrouted GETs leave at once, without
  // the promise an async hook costs on each of them.
  app.addHook('onRequest', (request, reply, done) => {
    if (!request.is404 || (request.method !== 'GET' && request.method !== 'HEAD')) return done();
    const path = decodedPath(request.url);
    // Anything else falls through to the not-found handler: the JSON envelope.
    if (path === null || NOT_CONSOLE_PATH.test(path)) return done();
    if (!built) {
      reply.code(503).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(NOT_BUILT);
      return;
    }
    const file = fileUnder(root, path);
    if (file) {
      sendAsset(reply, file);
      return;
    }
    // A missing file (a stale /assets/… after an upgrade) is a 404, not the app.
    if (/\.[a-z0-9]+$/i.test(path)) return done();
    reply.headers({ ...CONSOLE_HEADERS, 'cache-control': 'no-cache' }).sendFile('index.html');
  });
}

function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return null;
  }
}

/** The file at `path` inside `root` (relative to it), or null; never a path outside root. */
function fileUnder(root: string, path: string): string | null {
  if (path === '/' || path.includes('\0')) return null;
  const absolute = resolve(root, `.${path}`);
  if (!absolute.startsWith(root + sep)) return null;
  try {
    return statSync(absolute).isFile() ? absolute.slice(root.length + 1) : null;
  } catch {
    return null;
  }
}

function sendAsset(reply: FastifyReply, file: string): FastifyReply {
  // Vite puts a content hash in every name under assets/: those never change.
  const immutable = file.startsWith(`assets${sep}`);
  return reply.headers({ ...CONSOLE_HEADERS, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' }).sendFile(file);
}
