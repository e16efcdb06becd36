// The schema as a contract: the committed schema.graphql, subgraph.graphql and typed test documents
// (test/gql) match the code, every type, field, argument, input field and enum value carries a
// description, every mutation needs the write or sync scope, and every breaking change since the last
// release (release/schema.graphql) is listed in CHANGELOG.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GraphQLNamedType, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaDiff } from '../scripts/schema-diff.js';
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

  it('has current typed documents in test/gql (npm run codegen:check)', () => {
    // codegen's --check compares what it would write with the files and writes nothing.
    const result = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check', '--silent'], { encoding: 'utf8' });
    expect(result.status, `${result.stdout}${result.stderr}\nRun \`npm run codegen\` and commit test/gql/.`).toBe(0);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing = undocumented();
    expect(missing, `missing descriptions:\n  ${missing.join('\n  ')}`).toEqual([]);
  });

  it('gives every mutation an auth scope, write or sync: none is open to a read key', () => {
    // A mutation file without authScopes would let any key run it; this names the one that forgot.
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      const { authScopes } = field.extensions.pothosOptions as { authScopes?: unknown };
      expect([{ write: true }, { sync: true }], `Mutation.${field.name}'s authScopes`).toContainEqual(authScopes);
    }
  });

  it('gives every mutation an idempotencyKey, and every result union a ValidationError to refuse a reused one', () => {
    // A new mutation without one would be the one a retrying client cannot make safe (issue 19).
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      expect(
        field.args.map((arg) => arg.name),
        `Mutation.${field.name}`,
      ).toContain('idempotencyKey');
      const result = getNamedType(field.type);
      const members = isUnionType(result) ? result.getTypes().map((type) => type.name) : [];
      expect(members, `Mutation.${field.name}'s result`).toContain('ValidationError');
    }
  });
});

describe('the breaking-change check (npm run schema:diff)', () => {
  it('finds no breaking change since the last release that CHANGELOG.md does not list', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/schema-diff.ts'], { encoding: 'utf8' });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });

  const baseline = `
    type Query {
      a: String
      b(limit: Int): Int
      colour: Colour
    }
    enum Colour { RED GREEN }
  `;
  const withoutB = `
    type Query {
      a: String
      colour: Colour
    }
    enum Colour { RED GREEN }
  `;
  const changelog = (breaking: string[], released: string[] = []) =>
    [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '### Breaking',
      '<!-- - `Query.b`: a commented-out item lists nothing -->',
      ...breaking,
      '',
      '### Added',
      '- `Query.a`: an item outside Breaking lists nothing',
      '',
      '## [0.1.0] - 2026-01-01',
      '',
      '### Breaking',
      ...released,
      '',
    ].join('\n');

  it('fails on a removed field the Unreleased Breaking list does not name', async () => {
    const report = await schemaDiff({ baseline, schema: withoutB, changelog: changelog([]) });
    expect(report.ok).toBe(false);
    expect(report.breaking.map(({ change, listedBy }) => [change.path, listedBy])).toEqual([['Query.b', undefined]]);
  });

  it('fails when the removed field is listed only under a released version', async () => {
    const report = await schemaDiff({ baseline, schema: withoutB, changelog: changelog([], ['- `Query.b`: removed back then']) });
    expect(report.ok).toBe(false);
  });

  it('passes when the Unreleased Breaking list names the removed field', async () => {
    const report = await schemaDiff({ baseline, schema: withoutB, changelog: changelog(['- `Query.b`: removed; read `Query.a`.']) });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.breaking[0].listedBy?.line).toBe(7);
  });

  it('reads an argument as a schema coordinate, Type.field(arg:), or as inspector writes it, Type.field.arg', async () => {
    const required = baseline.replace('b(limit: Int)', 'b(limit: Int!)');
    const unlisted = await schemaDiff({ baseline, schema: required, changelog: changelog([]) });
    expect(unlisted.breaking.map(({ change }) => change.path)).toEqual(['Query.b.limit']);
    expect(unlisted.ok).toBe(false);
    for (const item of ['- `Query.b(limit:)`: now required', '- `Query.b.limit`: now required', '- `Query.b`: its limit is required']) {
      const report = await schemaDiff({ baseline, schema: required, changelog: changelog([item]) });
      expect(report.ok, item).toBe(true);
    }
  });

  it('reports a dangerous change and passes', async () => {
    const report = await schemaDiff({ baseline, schema: baseline.replace('RED GREEN', 'RED GREEN BLUE'), changelog: changelog([]) });
    expect(report.dangerous.map((change) => change.path)).toEqual(['Colour.BLUE']);
    expect(report.ok).toBe(true);
  });

  it('fails on a Breaking item without a coordinate, or with one that names nothing', async () => {
    for (const item of ['- removed b', '- `Query.bb`: removed']) {
      const report = await schemaDiff({ baseline, schema: baseline, changelog: changelog([item]) });
      expect(report.ok, item).toBe(false);
      expect(report.problems, item).toHaveLength(1);
    }
    const noUnreleased = await schemaDiff({ baseline, schema: baseline, changelog: '# Changelog\n\n## [0.1.0]\n' });
    expect(noUnreleased.problems).toEqual([expect.stringContaining('no `## [Unreleased]` section')]);
  });

  it('exits non-zero from the command line on an unlisted breaking change, and names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-diff-'));
    writeFileSync(join(dir, 'baseline.graphql'), baseline);
    writeFileSync(join(dir, 'schema.graphql'), withoutB);
    writeFileSync(join(dir, 'CHANGELOG.md'), changelog([]));
    const args = ['--baseline', join(dir, 'baseline.graphql'), '--schema', join(dir, 'schema.graphql'), '--changelog', join(dir, 'CHANGELOG.md')];
    const result = spawnSync('npx', ['tsx', 'scripts/schema-diff.ts', ...args], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('UNLISTED  Query.b');
  });
});
