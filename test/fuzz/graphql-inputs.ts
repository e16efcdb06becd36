// Arguments, selections and whole documents derived from the GraphQL schema, so a new mutation,
// argument or type is fuzzed without touching this file: values for any input type (mostly
// well-typed, sometimes null, of the wrong type or with unknown fields), random selections with
// aliases, fragments and directives, and documents that are broken on purpose.
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { connectors } from '../../src/connectors/registry.js';
import { configFor } from './config-inputs.js';
import { anyJson, hostileNumber, hostileString, wrongTypeValue } from './values.js';

/** Values the generators draw from that the test keeps current: real ids and etags. */
export interface Pools {
  ids: string[];
  etags: string[];
  /** Valid examples per connector member name, as zod takes them. */
  examples: Record<string, unknown[]>;
}

const malformedIds = [
  '',
  'int_',
  'int_0123456789abcdef0123456789abcdef',
  'int_0123456789ABCDEF0123456789ABCDEF',
  'int_0123456789abcdef0123456789abcde',
  'int_0123456789abcdef0123456789abcdef0',
  'int_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
  '00000000-0000-0000-0000-000000000000',
  'SW50ZWdyYXRpb246MQ==',
  'Integration:1',
  'int_%27%3B--',
  "int_'; drop table integrations; --",
  'int_\u0000',
  '-1',
  '1e309',
];

const malformedEtags = ['', 'x', '"etag"', 'W/"abc"', '*', 'null', 'A'.repeat(16), '\u0000', '💥'.repeat(100)];

export function idValue(pools: Pools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.nat().map((i) => pools.ids[i % pools.ids.length] ?? malformedIds[2]) },
    { weight: 2, arbitrary: fc.constantFrom(...malformedIds) },
    { weight: 1, arbitrary: fc.nat().map((i) => (pools.ids[i % pools.ids.length] ?? '').toUpperCase()) },
    { weight: 1, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.integer() },
  );
}

export function etagValue(pools: Pools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.nat().map((i) => pools.etags[i % pools.etags.length] ?? 'x') },
    { weight: 2, arbitrary: fc.constantFrom(...malformedEtags) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{16}$/) },
    { weight: 1, arbitrary: hostileString() },
  );
}

const dateTimes = [
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:00.000+02:00',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-02-30T00:00:00Z',
  '2026-01-01',
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  'yesterday',
];

function scalarValue(name: string, pools: Pools, argName: string | undefined): fc.Arbitrary<unknown> {
  if (argName === 'etag') return etagValue(pools);
  switch (name) {
    case 'ID':
      return idValue(pools);
    case 'String':
      return hostileString();
    case 'Int':
      return fc.oneof(fc.integer({ min: -2, max: 120 }), hostileNumber());
    case 'Float':
      return hostileNumber();
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        fc.constantFrom(...dateTimes),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        hostileString(),
        fc.integer(),
      );
    case 'JSON':
    case 'JSONObject':
      return anyJson();
    case '_Any':
      return fc.oneof(
        fc.nat().map((i) => ({ __typename: 'Integration', id: pools.ids[i % pools.ids.length] ?? 'int_' })),
        fc.record({ __typename: fc.constantFrom('Integration', 'Tenant', 'Nope', ''), id: fc.oneof(idValue(pools), fc.constant(undefined)) }),
        anyJson(),
      );
    default:
      return anyJson();
  }
}

/** The config union input: mostly one member with a (mutated) config of that connector. */
function configInputValue(pools: Pools): fc.Arbitrary<unknown> {
  const member = fc
    .constantFrom(...connectors)
    .chain((connector) => configFor(connector, pools.examples[connector.name] ?? [{}]).map((value) => ({ [connector.name]: value })));
  return fc.oneof(
    { weight: 8, arbitrary: member },
    { weight: 1, arbitrary: fc.tuple(member, member).map(([a, b]) => ({ ...a, ...b })) },
    { weight: 1, arbitrary: fc.constantFrom({}, { nope: {} }, { athena: null }, { athena: null, postgres: null }) },
  );
}

/**
 * A value for an input type: well-typed most of the time; sometimes null, of another type, or an
 * object with fields left out or unknown ones added; a @oneOf with zero or two members.
 */
export function valueForInputType(type: GraphQLInputType, pools: Pools, depth = 0, argName?: string): fc.Arbitrary<unknown> {
  const wellTyped = wellTypedValue(type, pools, depth, argName);
  return fc.oneof(
    { weight: 12, arbitrary: wellTyped },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: depth > 4 ? fc.constant(undefined) : wrongTypeValue() },
  );
}

function wellTypedValue(type: GraphQLInputType, pools: Pools, depth: number, argName?: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return wellTypedValue(type.ofType, pools, depth, argName);
  if (isListType(type)) {
    const item = valueForInputType(type.ofType, pools, depth + 1, argName);
    return depth > 5 ? fc.constant([]) : fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: item });
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name.toLowerCase())) },
      { weight: 1, arbitrary: hostileString({ maxLength: 12 }) },
    );
  }
  if (isInputObjectType(type)) {
    if (type.name === 'IntegrationConfigInput') return configInputValue(pools);
    const fields = Object.values(type.getFields());
    if (depth > 6) return fc.constant({});
    if (type.isOneOf) {
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...fields).chain((f) => valueForInputType(f.type, pools, depth + 1).map((v) => ({ [f.name]: v }))) },
        { weight: 1, arbitrary: fc.constant({}) },
        {
          weight: 1,
          arbitrary: fc
            .shuffledSubarray(fields, { minLength: 2, maxLength: 2 })
            .chain(([a, b]) =>
              fc
                .tuple(valueForInputType(a.type, pools, depth + 1), valueForInputType(b.type, pools, depth + 1))
                .map(([va, vb]) => ({ [a.name]: va, [b.name]: vb })),
            ),
        },
      );
    }
    const record = Object.fromEntries(fields.map((f) => [f.name, valueForInputType(f.type, pools, depth + 1, f.name)]));
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    const object = fc.record(record, { requiredKeys: required as never }) as fc.Arbitrary<Record<string, unknown>>;
    return fc.oneof(
      { weight: 8, arbitrary: object },
      { weight: 1, arbitrary: object.chain((o) => (required.length ? fc.constantFrom(...required).map((k) => omit(o, k)) : fc.constant(o))) },
      { weight: 1, arbitrary: fc.tuple(object, fc.stringMatching(/^[a-z][A-Za-z]{0,10}$/), anyJson()).map(([o, k, v]) => ({ ...o, [k]: v })) },
    );
  }
  return scalarValue(getNamedType(type).name, pools, argName);
}

const omit = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/** Arguments for a field, as variables: `{ name: value }`; absent keys are left out. */
export function argumentValues(args: readonly GraphQLArgument[], pools: Pools): fc.Arbitrary<Record<string, unknown>> {
  const record = Object.fromEntries(args.map((a) => [a.name, valueForInputType(a.type, pools, 0, a.name)]));
  const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
  return fc.oneof(
    { weight: 10, arbitrary: fc.record(record, { requiredKeys: required as never }) as fc.Arbitrary<Record<string, unknown>> },
    { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>> },
  );
}

// ---------------------------------------------------------------------------------------------
// Selections and documents

/** A GraphQL literal for a JSON value; strings quoted, objects with their keys as names. */
export function literal(value: unknown, enumType = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return enumType && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumType)).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${literal(v, enumType)}`)
    .join(', ')} }`;
}

const directives = [
  '',
  '',
  '',
  ' @include(if: true)',
  ' @skip(if: false)',
  ' @skip(if: true)',
  ' @include(if: $flag)',
  ' @deprecated',
  ' @nope',
  ' @include',
  ' @include(if: true) @include(if: true)',
];

/** A random selection set on a composite type; `depth` limits nesting. */
export function selectionFor(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isLeafType(type)) return fc.constant('');
  if (depth <= 0) return fc.constant('{ __typename }');
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = isUnionType(type) ? [...type.getTypes()] : [];
    const ownFields = isInterfaceType(type) ? fieldSelections(type.getFields(), depth) : fc.constant<string[]>([]);
    const fragments =
      possible.length > 0
        ? fc
            .subarray(possible, { maxLength: Math.min(3, possible.length) })
            .chain((members) =>
              members.length ? fc.tuple(...members.map((m) => selectionFor(m, depth - 1).map((s) => `... on ${m.name} ${s}`))) : fc.constant([] as string[]),
            )
        : fc.constant<string[]>([]);
    const errorFragment = fc.constantFrom('', '... on Error { code message }', '... on ValidationError { fieldErrors { path code message } }');
    return fc.tuple(ownFields, fragments, errorFragment).map(([own, frags, error]) => `{ __typename ${[...own, ...frags, error].join(' ')} }`);
  }
  if (isObjectType(type)) return fieldSelections(type.getFields(), depth).map((fields) => `{ __typename ${fields.join(' ')} }`);
  return fc.constant('');
}

function fieldSelections(fields: Record<string, GraphQLField<unknown, unknown>>, depth: number): fc.Arbitrary<string[]> {
  const list = Object.values(fields);
  return fc
    .subarray(list, { maxLength: Math.min(4, list.length) })
    .chain((chosen) =>
      chosen.length === 0
        ? fc.constant([] as string[])
        : fc.tuple(
            ...chosen.map((field) =>
              fc
                .tuple(
                  fc.oneof(
                    { weight: 4, arbitrary: fc.constant('') },
                    { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/).map((a) => `${a}: `) },
                  ),
                  fc.constantFrom(...directives),
                  selectionFor(getNamedType(field.type), depth - 1),
                  fieldArguments(field),
                )
                .map(([alias, directive, selection, args]) => `${alias}${field.name}${args}${directive} ${selection}`),
            ),
          ),
    );
}

/** Literal arguments for a nested field (small ones: `first`, `after`, a filter). */
function fieldArguments(field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> {
  if (field.args.length === 0) return fc.constant('');
  const pieces = field.args.map((arg) => {
    const named = getNamedType(arg.type);
    const value =
      named.name === 'Int'
        ? fc.oneof(fc.integer({ min: -1, max: 101 }), fc.constantFrom(2 ** 31 - 1, -(2 ** 31)))
        : isEnumType(named)
          ? fc.constantFrom(...named.getValues().map((v) => v.name))
          : hostileString({ maxLength: 12 });
    return fc.option(
      value.map((v) => `${arg.name}: ${literal(v, isEnumType(named))}`),
      { nil: '' },
    );
  });
  return fc.tuple(...pieces).map((parts) => {
    const given = parts.filter(Boolean);
    return given.length ? `(${given.join(', ')})` : '';
  });
}

/** Names of every type and field in the schema, for token soup. */
export function schemaWords(schema: GraphQLSchema): string[] {
  const words = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    words.add(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) for (const name of Object.keys(type.getFields())) words.add(name);
  }
  return [...words];
}

const punctuation = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '...',
  '@',
  '$',
  '!',
  '=',
  '|',
  '&',
  ',',
  '"',
  '"""',
  '#',
  '\n',
  ' ',
  'on',
  'fragment',
  'query',
  'mutation',
  'subscription',
  'true',
  'null',
  '1',
  '-1.5e10',
];

/** Documents that are broken: random text, token soup, a valid document cut or corrupted. */
export function brokenDocument(schema: GraphQLSchema, valid: string[]): fc.Arbitrary<string> {
  const words = schemaWords(schema);
  const soup = fc.array(fc.oneof(fc.constantFrom(...punctuation), fc.constantFrom(...words)), { maxLength: 60 }).map((tokens) => tokens.join(' '));
  const corrupted = fc.tuple(fc.constantFrom(...valid), fc.nat(), fc.nat({ max: 20 }), hostileString({ maxLength: 4 })).map(([doc, at, cut, insert]) => {
    const i = at % (doc.length + 1);
    return doc.slice(0, i) + insert + doc.slice(i + cut);
  });
  const truncated = fc.tuple(fc.constantFrom(...valid), fc.nat()).map(([doc, at]) => doc.slice(0, at % (doc.length + 1)));
  return fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), soup, corrupted, truncated);
}

/** Documents built to stress the limits: deep nesting, many aliases or directives, huge literals, cycles. */
export function abusiveDocument(): fc.Arbitrary<string> {
  const deepSelection = fc.integer({ min: 5, max: 400 }).map((n) => `{ connectors { ${'a { '.repeat(n)}b${' }'.repeat(n)} } }`);
  const deepValid = fc
    .integer({ min: 1, max: 30 })
    .map((n) => `{ integrations { edges { node { ${'revisions { edges { node { '.repeat(n)}version${' } } }'.repeat(n)} } } } }`);
  const aliases = fc.integer({ min: 10, max: 3000 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`);
  const manyDirectives = fc.integer({ min: 10, max: 2000 }).map((n) => `{ __typename${' @include(if: true)'.repeat(n)} }`);
  const hugeLiteral = fc.constantFrom(1_000, 100_000, 1_000_000).map((n) => `{ integration(id: "${'x'.repeat(n)}") { id } }`);
  const cycle = fc.constant('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
  const fragmentBomb = fc
    .integer({ min: 2, max: 12 })
    .map(
      (n) =>
        `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { connectors { name } ${i + 1 < n ? `x: connectors { name } ...F${i + 1} y: __typename ...F${i + 1}` : ''} }`).join(' ')}`,
    );
  const deepList = fc.integer({ min: 10, max: 5000 }).map((n) => `{ integrations(filter: { labels: ${'['.repeat(n)}"a"${']'.repeat(n)} }) { totalCount } }`);
  const deepObjectLiteral = fc
    .integer({ min: 10, max: 3000 })
    .map(
      (n) =>
        `mutation { createIntegration(input: { title: "t", metadata: ${'{ a: '.repeat(n)}1${' }'.repeat(n)}, config: { athena: { region: "eu-west-1", accessKey: { accessKeyId: "A", secretAccessKey: "SECRET-lit" } } } }) { __typename } }`,
    );
  const introspection = fc
    .integer({ min: 1, max: 20 })
    .map((n) => `{ __schema { types { ${'fields { type { ofType { '.repeat(n)} name ${'} } } '.repeat(n)} } } }`);
  const manyOperations = fc.integer({ min: 2, max: 200 }).map((n) => Array.from({ length: n }, (_, i) => `query Q${i % 3} { __typename }`).join('\n'));
  return fc.oneof(
    deepSelection,
    deepValid,
    aliases,
    manyDirectives,
    hugeLiteral,
    cycle,
    fragmentBomb,
    deepList,
    deepObjectLiteral,
    introspection,
    manyOperations,
  );
}

export function mutationDocument(field: GraphQLField<unknown, unknown>, pools: Pools) {
  const variableDeclarations = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const asVariables = fc.tuple(argumentValues(field.args, pools), selectionFor(getNamedType(field.type), 3)).map(([values, selection]) => ({
    query: `mutation Fuzz${variableDeclarations ? `(${variableDeclarations})` : ''} { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`,
    variables: values,
  }));
  const asLiterals = fc.tuple(argumentValues(field.args, pools), selectionFor(getNamedType(field.type), 2)).map(([values, selection]) => {
    const args = Object.entries(values)
      .filter(([, v]) => v !== undefined)
      .map(([name, v]) => `${name}: ${literal(v, true)}`);
    return { query: `mutation { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`, variables: {} as Record<string, unknown> };
  });
  // Variables declared with the wrong type: validation must catch it.
  const wrongDeclarations = fc
    .tuple(argumentValues(field.args, pools), fc.constantFrom('String', 'Int!', '[ID!]!', 'JSON', 'Boolean'))
    .map(([values, type]) => ({
      query: `mutation(${field.args.map((a) => `$${a.name}: ${type}`).join(', ')}) { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')}) { __typename } }`,
      variables: values,
    }));
  return fc.oneof({ weight: 6, arbitrary: asVariables }, { weight: 2, arbitrary: asLiterals }, { weight: 1, arbitrary: wrongDeclarations });
}
