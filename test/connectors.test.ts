// The connector catalog, connector by connector: every connector in the registry has hand-written
// examples (test/helpers/connector-examples.ts); its zod schema and its published JSON Schema agree
// on every one of them; its secret paths are exactly the JSON Schema's writeOnly fields; and over
// HTTP it can be created, read back, renamed, re-sent without its secrets and listed, without any
// response or log line holding a secret value.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withConnectorTable } from '../scripts/connector-list.js';
import { redactConfig, type ShapeNode, valueAt } from '../src/connectors/kit.js';
import { type Connector, connectors } from '../src/connectors/registry.js';
import { schema } from '../src/schema/index.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { type Config, connectorExamples } from './helpers/connector-examples.js';
import { useTestDatabase } from './helpers/database.js';
import { enumValueName, selectAll, toGraphQLInput } from './helpers/graphql-shapes.js';

const database = useTestDatabase();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const entry of Object.values(value)) deepFreeze(entry);
    Object.freeze(value);
  }
  return value;
}

/** The value with every `{ isSet, updatedAt }` left out, to compare what is not a secret. */
function stripSecretStates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSecretStates);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, entry]) => !(entry && typeof entry === 'object' && 'isSet' in entry))
      .map(([key, entry]) => [key, stripSecretStates(entry)]),
  );
}

// strict: false because zod's JSON Schema carries annotations (writeOnly, default on every field)
// that Ajv's strict mode reports as unusual rather than wrong.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

/** What goes over the wire: keys whose value is undefined are gone. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

type Plain = Record<string, unknown>;
type JsonSchema = Plain & { properties?: Record<string, JsonSchema>; items?: JsonSchema; $ref?: string };

// ---------------------------------------------------------------------------------------------
// Reading a connector's schemas

/** Dotted paths of every field the JSON Schema marks writeOnly; list items show as `[]`. */
function writeOnlyPaths(node: JsonSchema, root: JsonSchema, prefix: string[] = []): string[] {
  const resolved = node.$ref ? (root.$defs as Record<string, JsonSchema>)[node.$ref.replace('#/$defs/', '')] : node;
  if (resolved.writeOnly === true) return [prefix.join('.')];
  const nested = [
    ...Object.entries(resolved.properties ?? {}).flatMap(([key, child]) => writeOnlyPaths(child, root, [...prefix, key])),
    ...(resolved.items ? writeOnlyPaths(resolved.items, root, [...prefix, '[]']) : []),
    ...(['anyOf', 'oneOf', 'allOf'] as const).flatMap((key) =>
      ((resolved[key] as JsonSchema[] | undefined) ?? []).flatMap((child) => writeOnlyPaths(child, root, prefix)),
    ),
  ];
  return [...new Set(nested)];
}

/** What a read should show for a parsed config: secrets as `{ isSet }`, a oneOf as its member. */
function expectedView(node: ShapeNode, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  switch (node.kind) {
    case 'object': {
      const view: Plain = {};
      for (const [key, field] of Object.entries(node.fields)) {
        const fieldValue = (value as Plain)[key];
        if (field.node.kind === 'secret') {
          view[key] = fieldValue === undefined ? { isSet: false } : { isSet: true, updatedAt: expect.any(String), fingerprint: expect.stringMatching(/^sfp_/) };
        } else if (fieldValue !== undefined) {
          view[key] = expectedView(field.node, fieldValue);
        }
      }
      return view;
    }
    case 'oneOf': {
      const [member, inner] = Object.entries(value as Plain).find(([, v]) => v !== undefined) ?? [];
      return member ? expectedView(node.members[member], inner) : undefined;
    }
    case 'list':
      return (value as unknown[]).map((item) => expectedView(node.of, item));
    case 'enum':
      return enumValueName(value as string);
    default:
      return value;
  }
}

/** The config without any of its secrets (as an update that keeps the stored ones sends it). */
function withoutSecrets(connector: Connector, config: Config): Config {
  const copy = structuredClone(config);
  for (const path of connector.secretPaths) {
    const keys = path.split('.');
    let parent: unknown = copy;
    for (const key of keys.slice(0, -1)) parent = (parent as Plain | undefined)?.[key];
    if (parent && typeof parent === 'object') delete (parent as Plain)[keys[keys.length - 1]];
  }
  return copy;
}

/** The plaintext of every secret in the config. */
function secretValues(connector: Connector, config: Config): string[] {
  return connector.secretPaths.flatMap((path) => {
    const value = path.split('.').reduce<unknown>((current, key) => (current as Plain | undefined)?.[key], config);
    return typeof value === 'string' ? [value] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// Selecting a whole config over GraphQL

/** A response without __typename, member aliases and nulls, to compare with expectedView. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => key !== '__typename' && v !== null)
      .map(([key, v]) => [key.replace(/__[A-Za-z0-9]+$/, ''), normalize(v)]),
  );
}

const configTypeName = (connector: Connector) => `${connector.name.charAt(0).toUpperCase()}${connector.name.slice(1)}Config`;

function integrationSelection(connector: Connector) {
  const configType = schema.getType(configTypeName(connector));
  if (!configType) throw new Error(`no GraphQL type ${configTypeName(connector)}`);
  return `{ id connector category title version etag config { __typename ... on ${configType.name} ${selectAll(configType)} } }`;
}

function documents(connector: Connector) {
  const integration = integrationSelection(connector);
  const result = (payload: string) =>
    `{ __typename ... on ${payload} { integration ${integration} } ... on ValidationError { fieldErrors { path code message } } ... on Error { code message } }`;
  return {
    create: `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) ${result('CreateIntegrationPayload')} }`,
    update: `mutation($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) ${result('UpdateIntegrationPayload')} }`,
    read: `query($id: ID!) { integration(id: $id) ${integration} }`,
    list: `query($connector: [ConnectorType!]) { integrations(filter: { connector: $connector }) { totalCount edges { node { id title connector } } } }`,
  };
}

/** The same server, keeping every response body for the secret check. */
function recording(api: TestApi) {
  const bodies: string[] = [];
  return {
    bodies,
    async send(document: string, variables: Plain) {
      const response = await api.request<Plain, Plain>(document, variables);
      bodies.push(JSON.stringify(response.body));
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      return response.body.data as Plain;
    },
  };
}

// ---------------------------------------------------------------------------------------------

describe('the connector examples', () => {
  it('cover every connector in the registry, and only those', () => {
    expect(Object.keys(connectorExamples).sort()).toEqual(connectors.map((c) => c.name).sort());
    for (const connector of connectors) {
      const examples = connectorExamples[connector.name];
      expect(examples.valid.length, connector.name).toBeGreaterThan(0);
      expect(examples.invalid.length, connector.name).toBeGreaterThanOrEqual(3);
    }
  });

  it('come, like the definitions and checks, from the folders of src/connectors/ (npm run connectors:index)', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/connector-index.ts', '--check'], { encoding: 'utf8' });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });
});

describe.each(connectors.map((connector) => [connector.name, connector] as const))('connector %s', (name, connector) => {
  const examples = connectorExamples[name] ?? { valid: [], invalid: [] };
  const validateJson = ajv.compile(connector.jsonSchema);

  it('accepts every valid example, in zod and in its JSON Schema', () => {
    for (const example of examples.valid.map(asJson)) {
      const parsed = connector.schema.safeParse(example);
      expect(parsed.error?.issues ?? [], JSON.stringify(example)).toEqual([]);
      expect(validateJson(example) ? [] : validateJson.errors, JSON.stringify(example)).toEqual([]);
    }
  });

  it('rejects every invalid example, in zod and in its JSON Schema', () => {
    for (const { why, config } of examples.invalid.map(asJson)) {
      expect(connector.schema.safeParse(config).success, `zod accepted: ${why}`).toBe(false);
      expect(validateJson(config), `JSON Schema accepted: ${why}`).toBe(false);
    }
  });

  it('lists as secret paths exactly the fields its JSON Schema marks writeOnly, none inside a list', () => {
    const paths = writeOnlyPaths(connector.jsonSchema as JsonSchema, connector.jsonSchema as JsonSchema);
    expect([...connector.secretPaths].sort()).toEqual(paths.sort());
    expect(paths.filter((path) => path.includes('[]'))).toEqual([]);
  });

  it('redacts every secret of every example in its view, without changing the config it reads', () => {
    for (const example of examples.valid.map(asJson)) {
      const setAt = Object.fromEntries(connector.secretPaths.map((path) => [path, { updatedAt: '2026-01-01T00:00:00.000Z', fingerprint: 'sfp_x' }]));
      const stored = deepFreeze(structuredClone(example));
      // Frozen: a view that wrote into the config it reads would throw here.
      const view = redactConfig(connector.shape, stored, setAt);
      expect(stored).toEqual(example);
      for (const path of connector.secretPaths) {
        const keys = path.split('.');
        if (valueAt(example, keys) === undefined) continue;
        expect(valueAt(view, keys), path).toEqual({ isSet: true, updatedAt: '2026-01-01T00:00:00.000Z', fingerprint: 'sfp_x' });
      }
      expect(stripSecretStates(view)).toEqual(stripSecretStates(withoutSecrets(connector, example)));
    }
  });

  it('is created, read back, renamed, re-sent without secrets and listed over HTTP, never returning a secret', async () => {
    const api = await startTestApi(database());
    const client = recording(api);
    const docs = documents(connector);
    const example = asJson(examples.valid[0]);
    const expected = expectedView(connector.shape, connector.schema.parse(example));

    const created = (await client.send(docs.create, {
      input: { title: `${connector.label} example`, config: { [name]: toGraphQLInput(connector.shape, example) } },
    })) as { createIntegration: Plain & { integration: Plain & { config: Plain } } };
    expect(created.createIntegration.__typename, JSON.stringify(created)).toBe('CreateIntegrationPayload');
    const integration = created.createIntegration.integration;
    expect(integration).toMatchObject({ connector: connector.type, category: connector.category, version: 1 });
    expect(integration.config.__typename).toBe(configTypeName(connector));
    expect(normalize(integration.config)).toEqual(expected);

    const read = (await client.send(docs.read, { id: integration.id })) as { integration: Plain & { config: Plain } };
    expect(normalize(read.integration.config)).toEqual(expected);

    const renamed = (await client.send(docs.update, { id: integration.id, input: { title: `${connector.label} renamed` } })) as {
      updateIntegration: { integration: Plain };
    };
    expect(renamed.updateIntegration.integration).toMatchObject({ title: `${connector.label} renamed`, version: 2 });

    // Secrets left out keep their stored values; the same config again is no change at all.
    const resent = (await client.send(docs.update, {
      id: integration.id,
      input: { config: { [name]: toGraphQLInput(connector.shape, withoutSecrets(connector, example)) } },
    })) as { updateIntegration: Plain & { integration: Plain & { config: Plain } } };
    expect(resent.updateIntegration.__typename, JSON.stringify(resent)).toBe('UpdateIntegrationPayload');
    expect(normalize(resent.updateIntegration.integration.config)).toEqual(expected);
    expect(resent.updateIntegration.integration).toMatchObject({ version: 2, etag: renamed.updateIntegration.integration.etag });

    const listed = (await client.send(docs.list, { connector: [connector.type] })) as {
      integrations: { totalCount: number; edges: { node: Plain }[] };
    };
    expect(listed.integrations.totalCount).toBe(1);
    expect(listed.integrations.edges.map((edge) => edge.node)).toEqual([
      { id: integration.id, title: `${connector.label} renamed`, connector: connector.type },
    ]);

    const secrets = examples.valid.flatMap((config) => secretValues(connector, asJson(config)));
    if (connector.secretPaths.length > 0) expect(secrets.length).toBeGreaterThan(0);
    const surface = [...client.bodies, ...api.logs];
    expect(surface.filter((text) => secrets.some((secret) => text.includes(secret)) || text.includes('SECRET-'))).toEqual([]);
  });
});

describe('the connectors query', () => {
  it('returns every connector with its category, JSON Schema and secret paths', async () => {
    const api = await startTestApi(database());
    const response = await api.request<{ connectors: Plain[] }, Plain>('{ connectors { type name label category configSchema secretPaths } }');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.connectors).toEqual(
      connectors.map((c) => ({
        type: c.type,
        name: c.name,
        label: c.label,
        category: c.category,
        configSchema: c.jsonSchema,
        secretPaths: c.secretPaths,
      })),
    );
  });
});

describe('secrets at rest, every connector', () => {
  it('stores none of the secrets of any connector in plaintext, in any column of any table', async () => {
    const api = await startTestApi(database());
    const client = recording(api);
    const secrets: string[] = [];
    for (const connector of connectors) {
      const docs = documents(connector);
      for (const [index, example] of connectorExamples[connector.name].valid.map(asJson).entries()) {
        secrets.push(...secretValues(connector, example));
        const created = (await client.send(docs.create, {
          input: { title: `${connector.label} at rest ${index}`, config: { [connector.name]: toGraphQLInput(connector.shape, example) } },
        })) as { createIntegration: Plain };
        expect(created.createIntegration.__typename, connector.name).toBe('CreateIntegrationPayload');
      }
    }
    expect(secrets.length).toBeGreaterThan(connectors.length);
    const { db } = api.database;
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
    expect(tables.rows.length).toBeGreaterThan(4);
    for (const { table_name } of tables.rows) {
      const rows = await sql<Plain>`select * from ${sql.table(table_name)}`.execute(db);
      const text = rows.rows.map((row) => JSON.stringify(row)).join('\n');
      expect(
        secrets.filter((secret) => text.includes(secret)),
        `table ${table_name}`,
      ).toEqual([]);
    }
  });
});

describe('the README', () => {
  it('lists exactly the connectors of the registry (npm run docs:connectors rewrites it)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withConnectorTable(readme)).toBe(readme);
  });
});
