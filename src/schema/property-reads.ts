// Resolvers that only read the field's own name from the parent, removed once the schema is built:
// a field without a resolver is read inline by graphql-jit, where a resolver is a call with its
// resolve info. A page of 100 integrations with 3 revisions made ~2 000 such calls (bench/README.md,
// "Ninth round").
import { type GraphQLSchema, isObjectType } from 'graphql';

/** Resolvers made by propertyRead, with the property each reads. */
const reads = new WeakMap<object, string>();

/** A resolver reading `key` from the parent, which dropPropertyReads removes from a field named `key`. */
export function propertyRead<Parent extends object>(key: string): (parent: Parent) => never {
  const resolve = (parent: Parent) => (parent as Record<string, unknown>)[key] as never;
  reads.set(resolve, key);
  return resolve;
}

// `(r) => r.createdAt` on createdAt, plugin-relay's `(parent)=>parent.edges` on edges: the whole
// source is one parameter and one read of it. A wrapper of a plugin, another property, a call or
// a default never matches, and keeps its resolver.
const PROPERTY_READ = /^\(?\s*(\w+)\s*\)?\s*=>\s*(\w+)\.(\w+)\s*$/;

/** Removes, in place, every resolver that reads the field's own name from the parent; how many. */
export function dropPropertyReads(schema: GraphQLSchema): number {
  let dropped = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve) continue;
      const match = PROPERTY_READ.exec(field.resolve.toString());
      if (reads.get(field.resolve) === field.name || (match && match[1] === match[2] && match[3] === field.name)) {
        field.resolve = undefined;
        dropped++;
      }
    }
  }
  return dropped;
}
