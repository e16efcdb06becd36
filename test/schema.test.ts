// The schema as a contract: the committed schema.graphql and subgraph.graphql match the code, and
// every type, field, argument, input field and enum value carries a description.
import { spawnSync } from 'node:child_process';
import {
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

/**
 * Elements the Apollo Federation spec defines and @apollo/subgraph adds to every subgraph; they
 * are documented by the spec, not by us, like the introspection types.
 */
const federationSpec = new Set(['_Any', '_Entity', '_Service', 'Query._entities', 'Query._service', 'Query._entities(representations)']);

const isBuiltIn = (type: GraphQLNamedType) => type.name.startsWith('__') || isSpecifiedScalarType(type);
const described = (description: string | null | undefined) => typeof description === 'string' && description.trim().length > 0;

/** Every schema element without a description, as `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`. */
function undocumented(): string[] {
  const missing: string[] = [];
  const check = (name: string, description: string | null | undefined) => {
    if (!federationSpec.has(name) && !described(description)) missing.push(name);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isBuiltIn(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

describe('the schema', () => {
  it('matches the committed schema.graphql and subgraph.graphql (npm run schema:check)', () => {
    const result = spawnSync('npx', ['tsx', 'src/print-schema.ts', '--check'], { encoding: 'utf8' });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing = undocumented();
    expect(missing, `missing descriptions:\n  ${missing.join('\n  ')}`).toEqual([]);
  });
});
