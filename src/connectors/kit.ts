// The small kit that turns a connector's one zod declaration into everything else needs: a plain
// description tree (for GraphQL types), JSON Schema (for the catalog), secret paths and the
// destination fields they are bound to, and the functions that split, merge and redact secrets.
// Nothing here knows about GraphQL.
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { FieldIssue } from '../core/errors.js';
import type { Plain } from '../core/plain.js';

export const connectorCategories = ['WAREHOUSE', 'DATABASE', 'OBJECT_STORAGE', 'LAKEHOUSE', 'FILE_TRANSFER', 'SPREADSHEET', 'API'] as const;
export type ConnectorCategory = (typeof connectorCategories)[number];

/** What the kit records about a schema beside zod's own metadata. */
interface KitMeta {
  secret?: boolean;
  destination?: boolean;
  oneOf?: boolean;
  typeName?: string;
  requiredBecause?: string;
}
const kitRegistry = z.registry<KitMeta>();

function kitMeta(schema: z.ZodType): KitMeta {
  return kitRegistry.get(schema) ?? {};
}

/** The longest secret, in characters, unless its connector says otherwise (README, "Size bounds"). */
export const SECRET_MAX_LENGTH = 16_384;

/**
 * A write-only value: encrypted at rest, never returned (reads show `SecretValue { isSet }`). At
 * most `maxLength` characters: passwords, tokens, PEM keys and service-account JSON are a few KB.
 */
export function secret(description: string, maxLength = SECRET_MAX_LENGTH) {
  const schema = z.string().min(1, 'must not be empty').max(maxLength, `must be at most ${maxLength} characters`).meta({ description, writeOnly: true });
  kitRegistry.add(schema, { secret: true });
  return schema;
}

/**
 * Marks a field that decides where the connector's credentials go or how they travel (a host, a
 * port, a base URL, an endpoint, a bucket, a TLS downgrade). A stored secret is bound to every
 * destination field of the objects on its path from the config root: when an update changes one,
 * the secret must be sent again (see `secretsLeftAtChangedDestinations`).
 */
export function destination<T extends z.ZodType>(schema: T): T {
  kitRegistry.add(schema, { ...kitMeta(schema), destination: true });
  return schema;
}

/**
 * Says why a field the seed's own example leaves out is required here: a ValidationError for it
 * missing carries this sentence instead of "is required" (issue 20: say what is missing and why).
 */
export function requiredBecause<T extends z.ZodType>(why: string, schema: T): T {
  kitRegistry.add(schema, { ...kitMeta(schema), requiredBecause: why });
  return schema;
}

/** Gives an object or enum schema its GraphQL type name; schemas sharing a name share one type. */
export function named<T extends z.ZodType>(typeName: string, schema: T): T {
  kitRegistry.add(schema, { ...kitMeta(schema), typeName });
  return schema;
}

/**
 * A choice between variants, written `{ passwordAuth: {...} }`: exactly one member is given. It
 * becomes a `@oneOf` input and a union on output; in JSON Schema, an object with one property.
 */
export function oneOf<M extends Record<string, z.ZodObject>>(description: string, members: M) {
  const optionalMembers = Object.fromEntries(Object.entries(members).map(([key, member]) => [key, member.optional()])) as {
    [K in keyof M]: z.ZodOptional<M[K]>;
  };
  const schema = z
    .strictObject(optionalMembers)
    .refine((value) => Object.values(value).filter((v) => v !== undefined).length === 1, {
      message: `give exactly one of: ${Object.keys(members).join(', ')}`,
    })
    .meta({ description, minProperties: 1, maxProperties: 1 });
  kitRegistry.add(schema, { oneOf: true });
  return schema;
}

/** Values of the service's own configuration that a user needs to grant it access. */
export const outputSources = ['awsAccountId', 'awsPrincipalArn', 'gcpServiceAccountEmail'] as const;
export type OutputSource = (typeof outputSources)[number];

export interface ConnectorOutput {
  description: string;
  /** Which service setting the value comes from (see OUTPUT_* in the README). */
  source: OutputSource;
}

export interface ConnectorDefinition<Config extends z.ZodObject = z.ZodObject> {
  /** The ConnectorType enum value, e.g. ATHENA. */
  type: string;
  /** The camelCase member name in IntegrationConfigInput, e.g. athena. */
  name: string;
  label: string;
  category: ConnectorCategory;
  description: string;
  config: Config;
  /** What the service tells the user about itself for this connector (SYNQ's outputs). */
  outputs?: Record<string, ConnectorOutput>;
}

export function defineConnector<Config extends z.ZodObject>(definition: ConnectorDefinition<Config>) {
  return definition;
}

// ---------------------------------------------------------------------------------------------
// The description tree: zod internals read once, here, so nothing else depends on them.

export type ShapeNode =
  | { kind: 'object'; typeName?: string; description?: string; fields: Record<string, ShapeField> }
  | { kind: 'oneOf'; typeName?: string; description?: string; members: Record<string, ShapeNode & { kind: 'object' }> }
  | { kind: 'enum'; typeName?: string; description?: string; values: string[] }
  | { kind: 'list'; description?: string; of: ShapeNode }
  | { kind: 'string' | 'int' | 'float' | 'boolean' | 'json' | 'secret'; description?: string };

export interface ShapeField {
  node: ShapeNode;
  /** Must be given: no default and not optional. */
  required: boolean;
  /** Always present after parsing (required or defaulted), so non-null on output. */
  alwaysPresent: boolean;
  /** Decides where the credentials go (marked with `destination()`, at any wrapper). */
  destination: boolean;
  description?: string;
  /** Why it is required although a seed's example leaves it out (`requiredBecause()`). */
  requiredBecause?: string;
}

// zod 4 keeps its structure in `_zod.def`; the typed surface does not expose it uniformly.
// biome-ignore lint/suspicious/noExplicitAny: reading zod's definition objects needs a loose type
type AnyDef = any;
const defOf = (schema: z.ZodType): AnyDef => (schema as AnyDef)._zod.def;
const describedAs = (schema: z.ZodType) => z.globalRegistry.get(schema)?.description;

function unwrapField(schema: z.ZodType): ShapeField {
  let current = schema;
  let optional = false;
  let hasDefault = false;
  let description = describedAs(current);
  let isDestination = kitMeta(current).destination === true;
  let why = kitMeta(current).requiredBecause;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') optional = true;
    else if (def.type === 'default') hasDefault = true;
    else if (def.type === 'nullable') optional = true;
    else break;
    current = def.innerType;
    description ??= describedAs(current);
    isDestination ||= kitMeta(current).destination === true;
    why ??= kitMeta(current).requiredBecause;
  }
  const node = describeNode(current);
  return {
    node,
    required: !optional && !hasDefault,
    alwaysPresent: hasDefault || !optional,
    destination: isDestination,
    description: description ?? node.description,
    ...(why ? { requiredBecause: why } : {}),
  };
}

export function describeNode(schema: z.ZodType): ShapeNode {
  const def = defOf(schema);
  const meta = kitMeta(schema);
  const description = describedAs(schema);
  if (meta.secret) return { kind: 'secret', description };
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      if (meta.oneOf) {
        const members: Record<string, ShapeNode & { kind: 'object' }> = {};
        for (const [key, member] of Object.entries(shape)) {
          const inner = unwrapField(member).node;
          if (inner.kind !== 'object') throw new Error(`oneOf member ${key} must be an object`);
          members[key] = inner;
        }
        return { kind: 'oneOf', typeName: meta.typeName, description, members };
      }
      const fields: Record<string, ShapeField> = {};
      for (const [key, field] of Object.entries(shape)) fields[key] = unwrapField(field);
      return { kind: 'object', typeName: meta.typeName, description, fields };
    }
    case 'array':
      return { kind: 'list', description, of: describeNode(def.element) };
    case 'enum':
      return { kind: 'enum', typeName: meta.typeName, description, values: Object.values(def.entries) as string[] };
    case 'string':
      return { kind: 'string', description };
    case 'number':
      return { kind: /int/.test(String(def.format ?? '')) || (schema as AnyDef).isInt ? 'int' : 'float', description };
    case 'boolean':
      return { kind: 'boolean', description };
    case 'record':
    case 'unknown':
      return { kind: 'json', description };
    case 'pipe':
      return describeNode(def.in);
    default:
      throw new Error(`The connector kit does not support zod type "${def.type}"`);
  }
}

// ---------------------------------------------------------------------------------------------
// Secrets: where they are, and how a config is split, merged and redacted around them.

const isPlainObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Visits every secret field reachable in the tree (not inside lists), with its dotted path. */
function secretFieldPaths(node: ShapeNode, prefix: string[] = []): string[][] {
  if (node.kind === 'object') {
    return Object.entries(node.fields).flatMap(([key, field]) =>
      field.node.kind === 'secret' ? [[...prefix, key]] : secretFieldPaths(field.node, [...prefix, key]),
    );
  }
  if (node.kind === 'oneOf') {
    return Object.entries(node.members).flatMap(([key, member]) => secretFieldPaths(member, [...prefix, key]));
  }
  if (node.kind === 'list' && secretFieldPaths(node.of).length > 0) {
    throw new Error(`Secrets inside lists are not supported (at ${prefix.join('.')})`);
  }
  return [];
}

// A connector's shape never changes, and its secret paths are read for every row shown and every
// write: walk each shape once.
const secretPathsByShape = new WeakMap<ShapeNode, string[][]>();
function secretPathsOfShape(node: ShapeNode): string[][] {
  let paths = secretPathsByShape.get(node);
  if (!paths) {
    paths = secretFieldPaths(node);
    secretPathsByShape.set(node, paths);
  }
  return paths;
}

export function secretPathsOf(node: ShapeNode): string[] {
  return secretPathsOfShape(node).map((path) => path.join('.'));
}

/** A connector's destination fields, and for each secret the destination fields it is bound to (dotted paths). */
export interface DestinationBindings {
  fields: string[];
  bySecret: Record<string, string[]>;
}

/**
 * Walks the tree once: a destination field binds every secret below the object it is declared in,
 * so a secret is bound to the destination fields of each object (and oneOf member) on its path.
 */
function collectBindings(node: ShapeNode, prefix: string[], inherited: string[], out: DestinationBindings) {
  if (node.kind === 'oneOf') {
    for (const [key, member] of Object.entries(node.members)) collectBindings(member, [...prefix, key], inherited, out);
    return;
  }
  if (node.kind === 'list') {
    const inner: DestinationBindings = { fields: [], bySecret: {} };
    collectBindings(node.of, [], [], inner);
    if (inner.fields.length > 0) throw new Error(`Destination fields inside lists are not supported (at ${prefix.join('.')})`);
    return;
  }
  if (node.kind !== 'object') return;
  const own = Object.entries(node.fields)
    .filter(([, field]) => field.destination)
    .map(([key]) => [...prefix, key].join('.'));
  out.fields.push(...own);
  const scope = [...inherited, ...own];
  for (const [key, field] of Object.entries(node.fields)) {
    const path = [...prefix, key];
    if (field.node.kind === 'secret') out.bySecret[path.join('.')] = scope;
    else collectBindings(field.node, path, scope, out);
  }
}

export function destinationBindingsOf(node: ShapeNode): DestinationBindings {
  const out: DestinationBindings = { fields: [], bySecret: {} };
  collectBindings(node, [], [], out);
  return out;
}

export interface SecretAtChangedDestination {
  /** The secret's dotted path in the config. */
  path: string;
  /** The destination fields bound to it whose value changed (dotted paths). */
  changed: string[];
}

/**
 * The stored secrets an update would keep (left out of its input) although a destination field
 * they are bound to changed: each must be sent again, or cleared, since a stored secret is only
 * ever sent where it was written for. `before` and `after` are validated configs (defaults filled
 * in), so a port left out and the same port given are the same destination.
 */
export function secretsLeftAtChangedDestinations(
  bindings: DestinationBindings,
  before: Plain,
  after: Plain,
  kept: readonly string[],
): SecretAtChangedDestination[] {
  const changedFields = new Set(bindings.fields.filter((field) => !isDeepStrictEqual(valueAt(before, field.split('.')), valueAt(after, field.split('.')))));
  if (changedFields.size === 0) return [];
  return kept
    .map((path) => ({ path, changed: (bindings.bySecret[path] ?? []).filter((field) => changedFields.has(field)) }))
    .filter((entry) => entry.changed.length > 0);
}

function parentAt(value: unknown, path: string[]): Plain | undefined {
  let current = value;
  for (const key of path.slice(0, -1)) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return isPlainObject(current) ? current : undefined;
}

/** Drops every null in an input object: for config, null on write means "left out". */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isPlainObject(value)) return value;
  const out: Plain = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== null) out[key] = withoutNulls(entry);
  return out;
}

/**
 * Fills secrets the input leaves out with their stored values, and drops those given as "" (clear).
 * A stored secret is kept only where its parent object is still present (a variant switched away
 * from takes its secrets with it). `kept` lists the secrets filled in from storage, `supplied` the
 * ones the input gives a value of its own.
 */
export function mergeStoredSecrets(
  node: ShapeNode,
  input: Plain,
  stored: Record<string, string>,
): { config: Plain; cleared: string[]; kept: string[]; supplied: string[] } {
  const config = structuredClone(input);
  const cleared: string[] = [];
  const kept: string[] = [];
  const supplied: string[] = [];
  for (const path of secretPathsOfShape(node)) {
    const parent = parentAt(config, path);
    if (!parent) continue;
    const key = path[path.length - 1];
    const dotted = path.join('.');
    if (parent[key] === '') {
      delete parent[key];
      cleared.push(dotted);
    } else if (parent[key] === undefined) {
      if (stored[dotted] === undefined) continue;
      parent[key] = stored[dotted];
      kept.push(dotted);
    } else {
      supplied.push(dotted);
    }
  }
  return { config, cleared, kept, supplied };
}

/** Splits a validated config into its non-secret part and a map of secret path → plaintext. */
export function splitSecrets(node: ShapeNode, config: Plain): { plain: Plain; secrets: Record<string, string> } {
  const plain = structuredClone(config);
  const secrets: Record<string, string> = {};
  for (const path of secretPathsOfShape(node)) {
    const parent = parentAt(plain, path);
    const key = path[path.length - 1];
    if (parent && typeof parent[key] === 'string') {
      secrets[path.join('.')] = parent[key] as string;
      delete parent[key];
    }
  }
  return { plain, secrets };
}

export interface SecretState {
  isSet: boolean;
  updatedAt: string | null;
  /** Changes exactly when the stored value does; not a function of the value (keyring.ts). */
  fingerprint: string | null;
}

/** What readers may know of one stored secret: when it was last written, and its fingerprint. */
export interface StoredSecretState {
  updatedAt: string;
  fingerprint: string | null;
}

/** The readable view of a stored config: every secret field shows `{ isSet, updatedAt, fingerprint }` instead. */
export function redactConfig(node: ShapeNode, plain: Plain, secretStates: Record<string, StoredSecretState>): Plain {
  const paths = secretPathsOfShape(node);
  if (paths.length === 0) return plain;
  // The view shares what it does not change with the stored config and copies only the objects on
  // the way to a secret, so the stored config is never changed (a whole deep copy per row shown
  // and per revision written was a measurable part of an update's CPU).
  const view: Plain = { ...plain };
  for (const path of paths) {
    let parent: Plain | undefined = view;
    for (const key of path.slice(0, -1)) {
      const child: unknown = parent[key];
      if (!isPlainObject(child)) {
        parent = undefined;
        break;
      }
      const copy: Plain = { ...child };
      parent[key] = copy;
      parent = copy;
    }
    if (!parent) continue;
    const state = secretStates[path.join('.')];
    parent[path[path.length - 1]] = (
      state ? { isSet: true, updatedAt: state.updatedAt, fingerprint: state.fingerprint } : { isSet: false, updatedAt: null, fingerprint: null }
    ) satisfies SecretState;
  }
  return view;
}

// ---------------------------------------------------------------------------------------------
// Validation errors as field paths.

/** The value at a path of keys inside a JSON value; undefined when any step is missing. */
export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The field of a shape at a path into a value of it (object keys, oneOf members, list indexes). */
function fieldAt(node: ShapeNode, path: readonly PropertyKey[]): ShapeField | undefined {
  let current: ShapeNode = node;
  let field: ShapeField | undefined;
  for (const key of path) {
    if (current.kind === 'object') field = current.fields[String(key)];
    else if (current.kind === 'oneOf')
      field = current.members[String(key)] && { node: current.members[String(key)], required: true, alwaysPresent: true, destination: false };
    else if (current.kind === 'list') field = { node: current.of, required: true, alwaysPresent: true, destination: false };
    else return undefined;
    if (!field) return undefined;
    current = field.node;
  }
  return field;
}

/**
 * zod issues as field errors; a missing value (not a wrong one) gets the code `required`, and the
 * reason the connector gives for requiring it when the shape `shape` of the input marks one.
 */
export function issuesFromZod(error: z.ZodError, input: unknown, prefix: string[] = [], shape?: ShapeNode): FieldIssue[] {
  return error.issues.map((issue) => {
    const missing = issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined;
    const why = missing && shape ? fieldAt(shape, issue.path)?.requiredBecause : undefined;
    return {
      path: [...prefix, ...issue.path.map(String)],
      code: missing ? 'required' : issue.code,
      message: missing ? (why ? `is required: ${why}` : 'is required') : issue.message,
    };
  });
}

export function jsonSchemaOf(config: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(config, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
