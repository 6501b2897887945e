// Schema validation failures in words a person reads: "Username: at most 64 characters.", with the
// wire names of the fields in `fields` for programs. Never a schema path, an Ajv keyword, or the
// value that was sent (Ajv's `data` is not read): the names and limits come from our own schemas.
import { fieldLabel } from './field-labels.js';

/** The parts of an Ajv error this module reads (Fastify's `error.validation`, Ajv `verbose`). */
export interface ValidationIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  schema?: unknown;
  parentSchema?: Record<string, unknown>;
}

/** Fastify's validationContext: body, querystring, params or headers. */
export type ValidationContext = string;

/** Known patterns of our schemas, as what they ask for. */
const PATTERNS: Record<string, string> = {
  '^[0-9]{1,15}$': 'must be a whole number of at most 15 digits',
  '^[A-Za-z0-9.:\\[\\]-]+$': 'must be a host name or an IP address',
  '^[^\\s@]+@[^\\s@]+$': 'must be an e-mail address',
};

const TYPES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const FORMATS: Record<string, string> = {
  'date-time': 'must be a date and time such as 2030-01-31T23:59:59Z',
  email: 'must be an e-mail address',
};

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

function quoteList(values: unknown[]): string {
  const words = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The wire name of the field an issue is about: the first segment of its path, or a missing property. */
function fieldOf(issue: ValidationIssue): string | null {
  const first = issue.instancePath.split('/')[1];
  if (first) return decodeURIComponent(first.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (issue.keyword === 'required' && typeof issue.params.missingProperty === 'string') return issue.params.missingProperty;
  return null;
}

/** The values an anyOf of literals (TypeBox unions of Type.Literal) accepts, or null. */
function literalsOf(alternatives: unknown): unknown[] | null {
  if (!Array.isArray(alternatives)) return null;
  const values: unknown[] = [];
  for (const alternative of alternatives as Record<string, unknown>[]) {
    if ('const' in alternative) values.push(alternative.const);
    else if (Array.isArray(alternative.enum)) values.push(...(alternative.enum as unknown[]));
    else if (alternative.type === 'null') values.push(null);
    else return null;
  }
  return values;
}

function typesOf(alternatives: unknown): string[] {
  if (!Array.isArray(alternatives)) return [];
  return (alternatives as Record<string, unknown>[]).map((a) => (typeof a.type === 'string' ? (TYPES[a.type] ?? a.type) : 'a valid value'));
}

/** What is wrong with the value of a field, as the end of a sentence ("at most 64 characters"). */
function problemOf(issue: ValidationIssue): string {
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return 'required';
    case 'maxLength':
      return `at most ${plural(Number(p.limit), 'character')}`;
    case 'minLength':
      return Number(p.limit) <= 1 ? 'must not be empty' : `at least ${plural(Number(p.limit), 'character')}`;
    case 'type':
      return `must be ${String(p.type).split(',').map((t) => TYPES[t] ?? t).join(' or ')}`;
    case 'enum':
      return `must be ${quoteList(p.allowedValues as unknown[])}`;
    case 'const':
      return `must be ${quoteList([p.allowedValue])}`;
    case 'pattern':
      return PATTERNS[String(p.pattern)] ?? 'is not in the expected form';
    case 'format':
      return FORMATS[String(p.format)] ?? 'is not in the expected form';
    case 'minimum':
      return `must be at least ${String(p.limit)}`;
    case 'maximum':
      return `must be at most ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `must be more than ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `must be less than ${String(p.limit)}`;
    case 'minItems':
      return `must have at least ${plural(Number(p.limit), 'item')}`;
    case 'maxItems':
      return `must have at most ${plural(Number(p.limit), 'item')}`;
    case 'uniqueItems':
      return 'must not list a value twice';
    case 'multipleOf':
      return `must be a multiple of ${String(p.multipleOf)}`;
    case 'anyOf': {
      const literals = literalsOf(issue.schema);
      if (literals) return `must be ${quoteList(literals)}`;
      const types = typesOf(issue.schema);
      return types.length ? `must be ${quoteList([...new Set(types)])}` : 'is not valid';
    }
    default:
      return 'is not valid';
  }
}

/**
 * The one issue to describe. Ajv reports each failed branch of an `anyOf` before the anyOf itself:
 * a rule broken inside a branch of the right type (too long) says more than "wrong type"; when
 * every branch failed on type alone, the anyOf (all its types or literals) is the answer.
 */
function chooseIssue(issues: ValidationIssue[]): ValidationIssue {
  const anyOf = issues.find((i) => i.keyword === 'anyOf');
  if (!anyOf) return issues[0]!;
  const others = issues.filter((i) => i !== anyOf && i.instancePath.startsWith(anyOf.instancePath));
  // A field inside the object branch of `object | null` (a body) is the one at fault.
  const deeper = others.find((i) => i.instancePath.length > anyOf.instancePath.length);
  if (deeper) return deeper;
  return others.find((i) => !['type', 'const', 'enum'].includes(i.keyword)) ?? anyOf;
}

function wholeRequestMessage(issue: ValidationIssue, context: ValidationContext): string {
  const where = context === 'querystring' ? 'The query string' : context === 'params' ? 'The path' : context === 'headers' ? 'The headers' : 'The request body';
  switch (issue.keyword) {
    case 'type':
      return `${where} must be ${context === 'body' ? 'a JSON object' : 'valid'}.`;
    case 'additionalProperties':
      return context === 'querystring'
        ? 'The query string has a parameter this operation does not take; the API document lists those it takes.'
        : 'The request has a field this operation does not take; the API document lists those it takes.';
    case 'minProperties':
      return 'Send at least one field to change.';
    default:
      return `${where} is not valid; the API document describes what this operation takes.`;
  }
}

export function describeValidation(issues: ValidationIssue[], context: ValidationContext): { message: string; fields: string[] } {
  if (issues.length === 0) return { message: 'The request is not valid.', fields: [] };
  const issue = chooseIssue(issues);
  // Unknown field names come from the client: never repeated, never listed.
  const fields = [...new Set(issues.filter((i) => i.keyword !== 'additionalProperties').map(fieldOf).filter((f): f is string => f !== null))];
  const field = issue.keyword === 'additionalProperties' ? null : fieldOf(issue);
  if (field === null) return { message: wholeRequestMessage(issue, context), fields };
  const title = typeof issue.parentSchema?.title === 'string' && issue.instancePath !== '' ? issue.parentSchema.title : null;
  return { message: `${title ?? fieldLabel(field)}: ${problemOf(issue)}.`, fields: fields.length ? fields : [field] };
}
