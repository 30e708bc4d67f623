/**
 * GitHub's published REST description (`@octokit/openapi`, api.github.com, OpenAPI 3.0) as the
 * judge of the local GitHub stand-in (fake-github.ts): every request the client sends must be a
 * documented operation with documented parameters and a body that fits the operation's request
 * schema, and every response the stand-in serves must fit that operation's response schema for
 * its status. Schemas are checked by ajv (with ajv-formats); OpenAPI's `nullable` is ajv's own.
 *
 * The stand-in writes the fields the client reads; `complete` fills the other *required* fields of
 * a response with typed placeholders (null where nullable, `''`, `0`, `false`, `[]`, a valid URI
 * or date), never changing a field the stand-in wrote, so what it writes is held to the schema.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
export const OPENAPI_FILE = require.resolve('@octokit/openapi/generated/api.github.com.json');

type Json = Record<string, unknown>;
interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: Json;
  /** JSON pointer of its schema in the description. */
  readonly pointer: string;
}

export interface Operation {
  readonly method: string;
  readonly template: string;
  readonly operationId: string;
  readonly parameters: readonly Parameter[];
  /** JSON pointer of the operation in the description. */
  readonly pointer: string;
  readonly spec: Json;
}

interface Loaded {
  readonly doc: Json;
  readonly ajv: Ajv;
  readonly operations: readonly { op: Operation; pattern: RegExp; literals: number }[];
  readonly compiled: Map<string, ValidateFunction>;
}

let loaded: Loaded | undefined;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];
const escape = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

function load(): Loaded {
  if (loaded) return loaded;
  const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as Json;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema(doc, 'gh');
  const operations: Loaded['operations'][number][] = [];
  for (const [template, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const spec = item[method] as Json | undefined;
      if (!spec) continue;
      const pointer = `#/paths/${escape(template)}/${method}`;
      const parameters = ((spec.parameters as Json[] | undefined) ?? []).map((p, i) => {
        const ref = p.$ref as string | undefined;
        const resolved = (ref ? resolve(doc, ref) : p) as unknown as Parameter;
        return { ...resolved, pointer: `${ref ?? `${pointer}/parameters/${i}`}/schema` };
      });
      const source = template.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`));
      const pattern = new RegExp(`^${source.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
      const literals = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      operations.push({
        op: {
          method: method.toUpperCase(),
          template,
          operationId: String(spec.operationId),
          parameters,
          pointer,
          spec,
        },
        pattern,
        literals,
      });
    }
  }
  // A literal segment beats a parameter (`/repos/{o}/{r}/issues/comments/{id}` before `.../issues/{n}/...`).
  operations.sort((a, b) => b.literals - a.literals);
  loaded = { doc, ajv, operations, compiled: new Map() };
  return loaded;
}

function resolve(doc: Json, pointer: string): unknown {
  let node: unknown = doc;
  for (const part of pointer.replace(/^#\//, '').split('/'))
    node = (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}

function validator(pointer: string): ValidateFunction {
  const l = load();
  let v = l.compiled.get(pointer);
  if (!v) {
    v = l.ajv.compile({ $ref: `gh${pointer}` });
    l.compiled.set(pointer, v);
  }
  return v;
}

function errors(pointer: string, value: unknown, what: string): string[] {
  const v = validator(pointer);
  if (v(value)) return [];
  return (v.errors ?? [])
    .slice(0, 5)
    .map((e) => `${what}${e.instancePath || ''}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

export interface RequestToCheck {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface RequestCheck {
  readonly operation: Operation | null;
  readonly violations: readonly string[];
}

/** Which documented operation a request is, and everything about it the description forbids. */
export function checkRequest(r: RequestToCheck): RequestCheck {
  const l = load();
  const found = l.operations.find((o) => o.op.method === r.method && o.pattern.test(r.path));
  if (!found)
    return {
      operation: null,
      violations: [`${r.method} ${r.path} is not an operation of GitHub's REST API`],
    };
  const { op } = found;
  const name = `${op.method} ${op.template}`;
  const violations: string[] = [];
  const values = found.pattern.exec(r.path)!.slice(1).map(decodeURIComponent);
  const pathNames = [...op.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  for (const p of op.parameters) {
    if (p.in === 'path') {
      const raw = values[pathNames.indexOf(p.name)];
      violations.push(...errors(p.pointer, coerce(raw, p.schema), `${name}: path parameter ${p.name}`));
    } else if (p.in === 'query') {
      const raw = r.query[p.name];
      if (raw === undefined) {
        if (p.required) violations.push(`${name}: missing query parameter ${p.name}`);
      } else
        violations.push(...errors(p.pointer, coerce(raw, p.schema), `${name}: query parameter ${p.name}`));
    }
  }
  const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const key of Object.keys(r.query))
    if (!known.has(key)) violations.push(`${name}: query parameter ${key} is not documented`);
  const requestBody = op.spec.requestBody as Json | undefined;
  if (!requestBody) {
    if (r.body !== undefined) violations.push(`${name} takes no request body`);
  } else if (r.body === undefined) {
    if (requestBody.required) violations.push(`${name} requires a request body`);
  } else {
    violations.push(
      ...errors(`${op.pointer}/requestBody/content/application~1json/schema`, r.body, `${name}: body`),
    );
  }
  return { operation: op, violations };
}

/**
 * What the description forbids in a response: a success status the operation does not document,
 * or a body that does not fit the status's schema. Errors GitHub may answer on any request
 * (401, 403, 429, 5xx) that the operation does not list are held to `basic-error`.
 */
export function checkResponse(op: Operation, status: number, body: unknown): string[] {
  const name = `${op.method} ${op.template} -> ${status}`;
  const responses = op.spec.responses as Record<string, Json>;
  const documented = responses[String(status)];
  if (!documented) {
    if (status < 400) return [`${name}: the status is not documented for this operation`];
    return errors('#/components/schemas/basic-error', body, `${name}: error body`);
  }
  const pointer = `${op.pointer}/responses/${status}`;
  const response = (documented.$ref ? resolve(load().doc, documented.$ref as string) : documented) as Json;
  const base = documented.$ref ? (documented.$ref as string) : pointer;
  if (!(response.content as Json | undefined)?.['application/json'])
    return body === null || body === undefined || body === '' ? [] : [`${name}: the response has no body`];
  return errors(`${base}/content/application~1json/schema`, body, `${name}: body`);
}

/** The response body with every missing required field filled (see the file's comment). */
export function complete(op: Operation, status: number, body: unknown): unknown {
  const responses = op.spec.responses as Record<string, Json>;
  const documented = responses[String(status)];
  if (!documented || body === null || body === undefined) return body;
  const response = (documented.$ref ? resolve(load().doc, documented.$ref as string) : documented) as Json;
  const schema = ((response.content as Json | undefined)?.['application/json'] as Json | undefined)
    ?.schema as Json | undefined;
  return schema ? fill(schema, body, 0) : body;
}

function deref(schema: Json): Json {
  let s = schema;
  while (typeof s.$ref === 'string') s = resolve(load().doc, s.$ref) as Json;
  if (Array.isArray(s.allOf)) {
    const parts = (s.allOf as Json[]).map(deref);
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => (p.required as string[] | undefined) ?? []),
    };
  }
  return s;
}

function fill(schemaIn: Json, value: unknown, depth: number): unknown {
  const schema = deref(schemaIn);
  if (depth > 12) return value;
  const alternatives = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (alternatives) {
    const fitting = alternatives.map(deref).find((a) => a.type === 'object' || a.properties);
    return fitting && isObject(value) ? fill(fitting, value, depth) : value;
  }
  if (Array.isArray(value) && schema.items) return value.map((v) => fill(schema.items as Json, v, depth + 1));
  if (!isObject(value) || !schema.properties) return value;
  const properties = schema.properties as Record<string, Json>;
  const out: Json = { ...value };
  for (const key of (schema.required as string[] | undefined) ?? [])
    if (!(key in out)) out[key] = placeholder(properties[key] ?? {}, depth + 1);
  for (const [key, v] of Object.entries(value))
    if (properties[key]) out[key] = fill(properties[key], v, depth + 1);
  return out;
}

function placeholder(schemaIn: Json, depth: number): unknown {
  const schema = deref(schemaIn);
  if (schema.nullable) return null;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const alternatives = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (alternatives?.[0]) return placeholder(alternatives[0], depth);
  switch (schema.type) {
    case 'string':
      return schema.format === 'uri'
        ? 'https://github.test/placeholder'
        : schema.format === 'date-time'
          ? '2024-01-01T00:00:00Z'
          : schema.format === 'email'
            ? 'placeholder@example.com'
            : '';
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    default:
      return fill(schema, {}, depth);
  }
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A path or query string as the parameter's schema types it. */
function coerce(raw: string | undefined, schema: Json | undefined): unknown {
  if (raw === undefined || !schema) return raw;
  const type = deref(schema).type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
