// The operations of Gatehouse's own OpenAPI document, in a shape a fuzzer can walk: method, path,
// path and query parameters, and the JSON body schema with a valid example for each field.
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

export interface Operation {
  method: string;
  /** OpenAPI form: /api/users/{id} */
  path: string;
  pathParameters: string[];
  queryParameters: { name: string; schema: JsonSchema }[];
  /** The application/json body schema, or null when the operation declares none. */
  body: JsonSchema | null;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema?: JsonSchema }[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = operation.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParameters: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: operation.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return operations;
}

/** The JSON type a schema asks for (the first non-null alternative of a union). */
export function declaredType(schema: JsonSchema): string {
  if (schema.type) return schema.type;
  const alternatives = schema.anyOf ?? schema.oneOf ?? [];
  return alternatives.map(declaredType).find((t) => t !== 'null') ?? 'unknown';
}

/** Plausible values by field name, so a valid body reaches the handler (and does nothing harmful). */
export type FieldHints = Record<string, unknown>;

/** A value that satisfies `schema`, preferring the hint for the field `name`. */
export function exampleOf(schema: JsonSchema, name: string, hints: FieldHints): unknown {
  if (name in hints) return hints[name];
  if (schema.enum) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return exampleOf(alternatives.find((a) => a.type !== 'null') ?? alternatives[0]!, name, hints);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date-time') return '2030-01-01T00:00:00Z';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleOf(schema.items ?? {}, `${name}[]`, hints));
    case 'object':
      return exampleBody(schema, hints, 'required');
    default:
      return null;
  }
}

/** A body with the required fields (or all declared fields) filled with valid examples. */
export function exampleBody(schema: JsonSchema, hints: FieldHints, which: 'required' | 'all'): Record<string, unknown> {
  const properties = schema.properties ?? {};
  const names = which === 'all' ? Object.keys(properties) : (schema.required ?? []);
  const body: Record<string, unknown> = {};
  for (const field of names) body[field] = exampleOf(properties[field] ?? {}, field, hints);
  // A body that must have a field (minProperties) but requires none gets its first one.
  if (Object.keys(body).length === 0 && names.length === 0 && Object.keys(properties).length > 0 && which === 'required') {
    const first = Object.keys(properties)[0]!;
    body[first] = exampleOf(properties[first]!, first, hints);
  }
  return body;
}

/** The object schema of a body (a union of object | null offers its object). */
export function objectSchemaOf(schema: JsonSchema): JsonSchema | null {
  if (schema.type === 'object') return schema;
  const alternatives = schema.anyOf ?? schema.oneOf ?? [];
  return alternatives.find((a) => a.type === 'object') ?? null;
}
