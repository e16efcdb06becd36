// Derives each connector's GraphQL input and output types from its description tree (see
// connectors/kit.ts): objects, nested @oneOf inputs with union outputs, enums, lists, JSON maps,
// and secrets (String on input, SecretValue on output). Types with the same name are built once.
import type { ShapeField, ShapeNode } from '../connectors/kit.js';
import { type Connector, connectors } from '../connectors/registry.js';
import type { Plain } from '../core/plain.js';
import { builder } from './builder.js';
import { propertyRead } from './property-reads.js';

// Pothos' type parameters cannot follow types made from data at run time; refs are kept untyped here.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyRef = any;

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const enumValueName = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** The member of a oneOf a union value came from, so resolveType can name its type. */
const MEMBER = Symbol('oneOfMember');

export const SecretValueRef = builder.objectRef<{ isSet: boolean; updatedAt: string | null; fingerprint?: string | null }>('SecretValue').implement({
  description: 'A write-only secret. Its value is never returned; this says whether one is set, since when, and its fingerprint.',
  fields: (t) => ({
    isSet: t.exposeBoolean('isSet', { description: 'Whether a value is stored.' }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the value was last set; null when unset.',
      resolve: (s) => s.updatedAt,
    }),
    fingerprint: t.string({
      nullable: true,
      description:
        'Changes exactly when the stored value changes: a rewrite of the same value keeps it (while updatedAt, the etag and ' +
        'the version change), a different value gets a new one, and key rotation keeps it. For drift detection: keep the ' +
        'fingerprint you saw after your write; a different one later means someone wrote another value. It is not a hash ' +
        'of the value: it is drawn at random when a different value is written, so it cannot be compared with a value of ' +
        'your own, nor across integrations or paths. Null when unset, on a dry run for a value the dry run would write, and ' +
        'for a secret written before fingerprints existed (until the next secrets rotation gives it one).',
      resolve: (s) => s.fingerprint ?? null,
    }),
  }),
});

const built = new Map<string, AnyRef>();
function once(name: string, make: () => AnyRef): AnyRef {
  if (!built.has(name)) built.set(name, make());
  return built.get(name);
}

function enumType(node: ShapeNode & { kind: 'enum' }, name: string): AnyRef {
  const typeName = node.typeName ?? name;
  return once(`enum:${typeName}`, () =>
    builder.enumType(typeName, {
      description: node.description ?? `One of: ${node.values.join(', ')}.`,
      values: Object.fromEntries(node.values.map((v) => [enumValueName(v), { value: v, description: `"${v}"` }])),
    }),
  );
}

function scalarFor(kind: ShapeNode['kind']): string | undefined {
  return { string: 'String', int: 'Int', float: 'Float', boolean: 'Boolean', json: 'JSON', secret: 'String' }[kind as string];
}

// ---------------------------------------------------------------------------------------------
// Inputs

function inputFor(node: ShapeNode, name: string): AnyRef {
  const scalar = scalarFor(node.kind);
  if (scalar) return scalar;
  switch (node.kind) {
    case 'enum':
      return enumType(node, name);
    case 'list':
      return [inputFor(node.of, name)];
    case 'object': {
      const base = node.typeName ?? name;
      const typeName = `${base}Input`;
      return once(`input:${typeName}`, () =>
        builder.inputType(typeName, {
          description: node.description ?? `Input for ${base}.`,
          fields: (t) => Object.fromEntries(Object.entries(node.fields).map(([key, field]) => [key, inputField(t, field, `${base}${pascal(key)}`)])),
        }),
      );
    }
    case 'oneOf': {
      const base = node.typeName ?? name;
      const typeName = `${base}Input`;
      return once(`input:${typeName}`, () =>
        builder.inputType(typeName, {
          description: `${node.description ?? 'A choice of variants.'} Give exactly one member.`,
          isOneOf: true,
          fields: (t) =>
            Object.fromEntries(
              Object.entries(node.members).map(([key, member]) => [
                key,
                t.field({
                  type: inputFor(member, memberName(base, key, member)),
                  required: false,
                  description: member.description ?? `The ${key} variant.`,
                }),
              ]),
            ),
        }),
      );
    }
    default:
      throw new Error(`no input type for ${node.kind}`);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the field builder's type depends on the input type being made
function inputField(t: any, field: ShapeField, name: string) {
  const type = inputFor(field.node, name);
  // Secrets may be left out on update (the stored value is kept), so they are never required here.
  // Nor are fields a seed's example leaves out (requiredBecause): their absence gets a
  // ValidationError that says why they are needed, where GraphQL could only say "not provided".
  const required = field.required && field.node.kind !== 'secret' && !field.requiredBecause;
  const description = field.description ?? `The ${name} field.`;
  return t.field({
    type,
    required: Array.isArray(type) ? { list: required, items: true } : required,
    description: field.requiredBecause ? `${description} Required: ${field.requiredBecause}.` : description,
  });
}

const memberName = (parentName: string, key: string, member: ShapeNode & { kind: 'object' }) => member.typeName ?? `${parentName}${pascal(key)}`;

// ---------------------------------------------------------------------------------------------
// Outputs

function outputFor(node: ShapeNode, name: string): AnyRef {
  if (node.kind === 'secret') return SecretValueRef;
  const scalar = scalarFor(node.kind);
  if (scalar) return scalar;
  switch (node.kind) {
    case 'enum':
      return enumType(node, name);
    case 'list':
      return [outputFor(node.of, name)];
    case 'object': {
      const typeName = node.typeName ?? name;
      return once(`output:${typeName}`, () =>
        builder.objectRef<Plain>(typeName).implement({
          description: node.description ?? `${typeName}.`,
          fields: (t) =>
            Object.fromEntries(
              Object.entries(node.fields).map(([key, field]) => {
                const type = outputFor(field.node, `${typeName}${pascal(key)}`);
                const isOneOf = field.node.kind === 'oneOf';
                return [
                  key,
                  t.field({
                    type,
                    nullable: !field.alwaysPresent && field.node.kind !== 'secret',
                    description: field.description ?? `The ${key} field.`,
                    resolve: isOneOf ? (parent: Plain) => tagMember(parent[key]) as never : propertyRead<Plain>(key),
                  }),
                ];
              }),
            ),
        }),
      );
    }
    case 'oneOf': {
      const typeName = node.typeName ?? name;
      const memberTypes = Object.fromEntries(Object.entries(node.members).map(([key, member]) => [key, outputFor(member, memberName(typeName, key, member))]));
      const typeNames = Object.fromEntries(Object.entries(node.members).map(([key, member]) => [key, memberName(typeName, key, member)]));
      return once(`output:${typeName}`, () =>
        builder.unionType(typeName, {
          description: `${node.description ?? 'One of several variants.'} The member tells which variant is configured.`,
          types: Object.values(memberTypes),
          resolveType: (value: Plain & { [MEMBER]?: string }) => typeNames[value[MEMBER] as string],
        }),
      );
    }
    default:
      throw new Error(`no output type for ${node.kind}`);
  }
}

/** `{ passwordAuth: {...} }` → the inner object, tagged with its member for the union. */
function tagMember(value: unknown): unknown {
  if (!value || typeof value !== 'object') return null;
  const [member, inner] = Object.entries(value as Plain)[0] ?? [];
  return member ? { ...(inner as Plain), [MEMBER]: member } : null;
}

// ---------------------------------------------------------------------------------------------
// The per-connector roots: <Name>ConfigInput, <Name>Config, IntegrationConfigInput and the union.

const CONNECTOR = Symbol('connector');
export type ConfigView = Plain & { [CONNECTOR]: string };

export function tagConfig(connector: Connector, view: Plain): ConfigView {
  return { ...view, [CONNECTOR]: connector.type };
}

const rootName = (connector: Connector) => `${pascal(connector.name)}Config`;

export const IntegrationConfigInput = builder.inputType('IntegrationConfigInput', {
  description:
    "An integration's configuration: exactly one member, named after the connector. On update it must be the " +
    "integration's own connector; it replaces the stored non-secret config, and secrets left out keep their value.",
  isOneOf: true,
  fields: (t) =>
    Object.fromEntries(
      connectors.map((connector) => [
        connector.name,
        t.field({
          type: inputFor({ ...connector.shape, description: `Configuration of an integration with ${connector.label}.` }, rootName(connector)),
          required: false,
          description: `${connector.label}: ${connector.description}`,
        }),
      ]),
    ),
});

const configTypes = Object.fromEntries(
  connectors.map((connector) => [
    connector.type,
    outputFor(
      { ...connector.shape, description: `Configuration of an integration with ${connector.label}. Secrets show as SecretValue.` },
      rootName(connector),
    ),
  ]),
);
const configTypeNames = Object.fromEntries(connectors.map((c) => [c.type, rootName(c)]));

export const IntegrationConfigUnion = builder.unionType('IntegrationConfig', {
  description: "An integration's configuration; the member is the integration's connector. Secrets are never returned.",
  types: Object.values(configTypes),
  resolveType: (value: ConfigView) => configTypeNames[value[CONNECTOR]],
});
