// Checks run on every page and step of the console in the browser tests (issue 17 §1, §13):
// axe-core, an outside accessibility checker, with the WCAG 2.2 A and AA rules, expecting no
// violation; and every text input carries a maxlength no longer than its API field allows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

/** axe-core's WCAG 2.2 AA violations on the page as it is now (script passed as text: the console's CSP forbids eval). */
export async function accessibilityViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  const found = await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} }, resultTypes: ['violations'] })` +
      `.then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('')) }))))`,
  );
  return JSON.parse(String(found)) as Violation[];
}

export async function assertAccessible(page: Page, where: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  assert.deepEqual(violations, [], `${where}: axe-core finds no WCAG 2.2 AA violation`);
}

/** The longest value each API field takes, by wire name, from the OpenAPI document. */
export async function fieldLimits(origin: string): Promise<Map<string, number>> {
  const document = (await (await fetch(`${origin}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
  const limits = new Map<string, number>();
  const walk = (node: unknown, name: string | null) => {
    if (node === null || typeof node !== 'object') return;
    const schema = node as { maxLength?: number; properties?: Record<string, unknown>; anyOf?: unknown[]; name?: string; schema?: unknown; in?: string };
    if (name !== null && typeof schema.maxLength === 'number') limits.set(name, Math.max(limits.get(name) ?? 0, schema.maxLength));
    for (const [key, value] of Object.entries(schema.properties ?? {})) walk(value, key);
    for (const alternative of schema.anyOf ?? []) walk(alternative, name);
    if (schema.in === 'query' && typeof schema.name === 'string') walk(schema.schema, schema.name);
    for (const [key, value] of Object.entries(node)) if (key !== 'properties' && key !== 'anyOf' && typeof value === 'object') walk(value, null);
  };
  walk(document.paths, null);
  return limits;
}

/** Every text input on the page has a maxlength; a named one no longer than its API field's. */
export async function assertInputLimits(page: Page, limits: Map<string, number>, where: string): Promise<void> {
  const inputs = JSON.parse(
    String(
      await page.evaluate(
        `JSON.stringify([...document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=date]):not([type=number]):not([type=hidden])')].map((i) => ({ name: i.name, label: i.labels && i.labels[0] ? i.labels[0].textContent : '', maxLength: i.maxLength })))`,
      ),
    ),
  ) as { name: string; label: string; maxLength: number }[];
  for (const input of inputs) {
    assert.ok(input.maxLength > 0, `${where}: "${input.label}" has a maxlength`);
    const limit = limits.get(input.name);
    if (limit !== undefined) assert.ok(input.maxLength <= limit, `${where}: "${input.label}" allows ${input.maxLength}, the API ${limit}`);
  }
}
