// Config inputs for a connector, derived from its description tree (connector.shape): a valid
// example in GraphQL input form, plausible values for any node, and mutations of a config at
// every position the tree knows about (wrong types, nulls, missing and extra fields, huge and
// unicode strings, deep JSON, numbers out of range, two members of a @oneOf or none).
import fc from 'fast-check';
import type { ShapeNode } from '../../src/connectors/kit.js';
import { type Connector, connectorByName } from '../../src/connectors/registry.js';
import { enumValueName, toGraphQLInput } from '../helpers/graphql-shapes.js';
import { deepJson, hostileNumber, hostileString, hugeString, SECRET_MARKER, secretValue, wrongTypeValue } from './values.js';

type Plain = Record<string, unknown>;
type Path = (string | number)[];

/** How many items of a list are offered as places to change (see positions). */
const LIST_POSITIONS = 5;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A plausible value (GraphQL input form) for a node: mostly well-formed, with hostile leaves. */
export function valueForShape(node: ShapeNode, depth = 0): fc.Arbitrary<unknown> {
  switch (node.kind) {
    case 'secret':
      return secretValue();
    case 'string':
      return fc.oneof({ weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9.-]{0,20}$/) }, { weight: 1, arbitrary: hostileString() });
    case 'int':
    case 'float':
      return fc.oneof(fc.integer({ min: 1, max: 100 }), hostileNumber());
    case 'boolean':
      return fc.boolean();
    case 'json':
      return fc.oneof(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 16 }), { maxKeys: 3 }), deepJson(20));
    case 'enum':
      return fc.constantFrom(...node.values.map(enumValueName));
    case 'list':
      return depth > 6 ? fc.constant([]) : fc.array(valueForShape(node.of, depth + 1), { maxLength: 3 });
    case 'oneOf': {
      const members = Object.entries(node.members);
      return fc.constantFrom(...members).chain(([key, member]) => valueForShape(member, depth + 1).map((value) => ({ [key]: value })));
    }
    case 'object': {
      const entries = Object.entries(node.fields).filter(([, field]) => field.required || depth < 6);
      const record = Object.fromEntries(entries.map(([key, field]) => [key, valueForShape(field.node, depth + 1)]));
      const requiredKeys = entries.filter(([, field]) => field.required).map(([key]) => key);
      return fc.record(record, { requiredKeys: requiredKeys as never });
    }
  }
}

/** A place in a config the tree describes: the value's path, its node, and whether the value is there. */
interface Position {
  path: Path;
  node: ShapeNode;
  present: boolean;
}

function positions(node: ShapeNode, value: unknown, path: Path = []): Position[] {
  const here: Position = { path, node, present: value !== undefined };
  if (node.kind === 'object' && isPlain(value)) {
    return [here, ...Object.entries(node.fields).flatMap(([key, field]) => positions(field.node, value[key], [...path, key]))];
  }
  if (node.kind === 'oneOf' && isPlain(value)) {
    return [here, ...Object.entries(node.members).flatMap(([key, member]) => (key in value ? positions(member, value[key], [...path, key]) : []))];
  }
  if (node.kind === 'list' && Array.isArray(value)) {
    // The first items stand for the rest: a list made 10 000 long by an earlier change would
    // otherwise offer 10 000 times the positions, and take seconds to mutate again.
    return [here, ...value.slice(0, LIST_POSITIONS).flatMap((item, index) => positions(node.of, item, [...path, index]))];
  }
  return [here];
}

/**
 * A copy of `root` with the value at `path` replaced; `undefined` removes it. Only the objects and
 * lists along the path are copied: the rest is shared, which is safe because no value is changed
 * in place, and cheap however large the value has grown.
 */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : isPlain(root) ? { ...root } : {}) as Plain;
  const replaced = setAt(copy[key as string], rest, value);
  if (replaced === undefined && rest.length === 0 && !Array.isArray(copy)) delete copy[key as string];
  else copy[key as string] = replaced;
  return copy;
}

function kindOf(node: ShapeNode): 'string' | 'number' | 'boolean' | 'object' | 'list' {
  switch (node.kind) {
    case 'int':
    case 'float':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'list':
      return 'list';
    case 'object':
    case 'oneOf':
    case 'json':
      return 'object';
    default:
      return 'string';
  }
}

/** JSON objects with more keys than any map should hold. */
const manyKeys = [260, 5_000].map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v'])));

/** The replacement values worth trying at one position, by the kind of node there. */
function replacementsFor(position: Position): fc.Arbitrary<unknown> {
  const { node } = position;
  const always = [fc.constant(null), fc.constant(undefined), wrongTypeValue(kindOf(node)), valueForShape(node)];
  switch (node.kind) {
    case 'secret':
      return fc.oneof(
        ...always,
        fc.constant(''),
        secretValue(),
        hugeString().map((huge) => `${SECRET_MARKER}huge${huge}`),
        fc.string({ unit: 'binary', maxLength: 30 }).map((tail) => `${SECRET_MARKER}u${tail}\u0000`),
      );
    case 'string':
      return fc.oneof(...always, hostileString({ maxLength: 80 }), hugeString());
    case 'int':
    case 'float':
      return fc.oneof(...always, hostileNumber(), hostileNumber().map(String));
    case 'boolean':
      return fc.oneof(...always, fc.constantFrom('true', 'false', 0, 1));
    case 'enum':
      return fc.oneof(
        ...always,
        fc.constantFrom(...node.values),
        fc.constantFrom(...node.values.map((v) => `${enumValueName(v)}_X`)),
        hostileString({ maxLength: 20 }),
      );
    case 'json':
      return fc.oneof(
        ...always,
        deepJson(300),
        fc.jsonValue({ maxDepth: 4 }),
        fc.dictionary(hostileString({ maxLength: 300 }), hostileString({ maxLength: 300 }), { maxKeys: 5 }),
        fc.constantFrom(...manyKeys),
      );
    case 'list':
      return fc.oneof(
        ...always,
        fc.constant([]),
        fc.array(fc.constant(null), { minLength: 1, maxLength: 3 }),
        valueForShape(node.of).map((item) => item), // one item where a list is expected (GraphQL coerces it)
        // Far more items than any list may hold, each small: the length is what is tested, and
        // 10 000 copies of a 200 KB string would be 2 GB to generate and send.
        valueForShape(node.of)
          .filter((item) => JSON.stringify(item ?? null).length <= 1_000)
          .chain((item) => fc.constantFrom(101, 1_001, 10_000).map((n) => Array.from({ length: n }, () => item))),
      );
    case 'oneOf': {
      const members = Object.entries(node.members);
      const twoMembers = fc
        .tuple(fc.constantFrom(...members), fc.constantFrom(...members))
        .filter(([a, b]) => a[0] !== b[0])
        .chain(([[keyA, a], [keyB, b]]) => fc.tuple(valueForShape(a), valueForShape(b)).map(([va, vb]) => ({ [keyA]: va, [keyB]: vb })));
      return fc.oneof(
        ...always,
        fc.constant({}),
        ...(members.length > 1 ? [twoMembers] : []),
        fc.constantFrom(...members.map(([key]) => ({ [key]: null }))),
        fc.constantFrom(...members.map(([key]) => ({ [key]: {} }))),
        fc.constant({ notAMember: {} }),
      );
    }
    case 'object':
      return fc.oneof(
        ...always,
        fc.constant({}),
        fc.tuple(fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,12}$/), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => ({ extra: { key, value } })),
      );
  }
}

/** One change at one position of `value`. */
function mutateOnce(node: ShapeNode, value: unknown): fc.Arbitrary<unknown> {
  const places = positions(node, value);
  const withAbsent = places.flatMap((place) =>
    place.node.kind === 'object' && isPlain(place.present ? valueAtPath(value, place.path) : undefined)
      ? Object.entries(place.node.fields)
          .filter(([key]) => !(key in (valueAtPath(value, place.path) as Plain)))
          .map(([key, field]) => ({ path: [...place.path, key], node: field.node, present: false }))
      : [],
  );
  return fc.constantFrom(...places, ...withAbsent).chain((place) =>
    replacementsFor(place).map((replacement) => {
      // An "extra field" replacement adds a key to the object instead of replacing it.
      if (isPlain(replacement) && isPlain(replacement.extra) && Object.keys(replacement).length === 1 && place.node.kind === 'object') {
        const { key, value: extraValue } = replacement.extra as { key: string; value: unknown };
        const current = valueAtPath(value, place.path);
        if (isPlain(current) && !(key in current)) return setAt(value, [...place.path, key], extraValue);
      }
      return setAt(value, place.path, replacement);
    }),
  );
}

function valueAtPath(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((current, key) => (isPlain(current) || Array.isArray(current) ? (current as Plain)[key as string] : undefined), root);
}

/** The example with one to `maxChanges` changes applied in turn. */
export function mutatedConfig(node: ShapeNode, example: unknown, maxChanges = 3): fc.Arbitrary<unknown> {
  const step = (value: unknown, left: number): fc.Arbitrary<unknown> =>
    left === 0 ? fc.constant(value) : mutateOnce(node, value).chain((next) => step(next, left - 1));
  return fc.integer({ min: 1, max: maxChanges }).chain((changes) => step(example, changes));
}

/** Configs for a connector: its valid examples as they are, or mutated. */
export function configFor(connector: Connector, examples: unknown[]): fc.Arbitrary<unknown> {
  const inputs = examples.map((example) => toGraphQLInput(connector.shape, example));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...inputs) },
    { weight: 1, arbitrary: valueForShape(connector.shape) },
    { weight: 6, arbitrary: fc.constantFrom(...inputs).chain((example) => mutatedConfig(connector.shape, example)) },
  );
}

/** Every string a config holds at a secret position (the tree says which), wherever it is in the value. */
export function secretStringsIn(node: ShapeNode, value: unknown): string[] {
  if (node.kind === 'secret') return typeof value === 'string' ? [value] : [];
  if (node.kind === 'object' && isPlain(value)) {
    return Object.entries(node.fields).flatMap(([key, field]) => secretStringsIn(field.node, value[key]));
  }
  if (node.kind === 'oneOf' && isPlain(value)) {
    return Object.entries(node.members).flatMap(([key, member]) => secretStringsIn(member, value[key]));
  }
  if (node.kind === 'list' && Array.isArray(value)) return value.flatMap((item) => secretStringsIn(node.of, item));
  return [];
}

/** Secret values anywhere in a mutation's variables: strings at a config's secret positions. */
export function secretsInVariables(variables: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      const connector = connectorByName(key);
      if (connector) found.push(...secretStringsIn(connector.shape, inner));
      visit(inner);
    }
  };
  visit(variables);
  return found;
}
