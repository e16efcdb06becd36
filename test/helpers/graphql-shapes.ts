// Config values and selections in GraphQL's terms, for tests that derive documents from the
// schema and the connector shapes (test/connectors.test.ts, the fuzz test).
import { type GraphQLNamedType, getNamedType, isObjectType, isUnionType } from 'graphql';
import type { ShapeNode } from '../../src/connectors/kit.js';

type Plain = Record<string, unknown>;

/** A zod enum value as GraphQL names it: SCREAMING_CASE. */
export const enumValueName = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** A config as zod takes it, turned into GraphQL input: enum values in SCREAMING_CASE. */
export function toGraphQLInput(node: ShapeNode, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  const mapObject = (child: (key: string) => ShapeNode | undefined) =>
    Object.fromEntries(Object.entries(value as Plain).map(([key, v]) => [key, child(key) ? toGraphQLInput(child(key)!, v) : v]));
  switch (node.kind) {
    case 'object':
      return mapObject((key) => node.fields[key]?.node);
    case 'oneOf':
      return mapObject((key) => node.members[key]);
    case 'list':
      return (value as unknown[]).map((item) => toGraphQLInput(node.of, item));
    case 'enum':
      return enumValueName(value as string);
    default:
      return value;
  }
}

/**
 * A selection of every field of a type, fragments expanded for unions. Where members of a union
 * share a field name with different types, GraphQL only allows both under different response
 * names, so those fields get an alias per member (`field__Member`).
 */
export function selectAll(type: GraphQLNamedType, clashing: Set<string> = new Set()): string {
  if (isObjectType(type)) {
    const fields = Object.values(type.getFields()).map((field) => {
      const name = clashing.has(field.name) ? `${field.name}__${type.name}: ${field.name}` : field.name;
      return `${name} ${selectAll(getNamedType(field.type))}`;
    });
    return `{ __typename ${fields.join(' ')} }`;
  }
  if (isUnionType(type)) {
    const typesByField = new Map<string, Set<string>>();
    for (const member of type.getTypes()) {
      for (const field of Object.values(member.getFields())) {
        typesByField.set(field.name, (typesByField.get(field.name) ?? new Set()).add(String(field.type)));
      }
    }
    const clashes = new Set([...typesByField].filter(([, types]) => types.size > 1).map(([field]) => field));
    return `{ __typename ${type
      .getTypes()
      .map((member) => `... on ${member.name} ${selectAll(member, clashes)}`)
      .join(' ')} }`;
  }
  return '';
}

/** A document calling one mutation: its arguments as variables (or literals), a random selection. */
