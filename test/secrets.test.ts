// Secrets are write-only: after creating, updating, reading and failing with integrations of every
// connector, no secret value appears in any response, log line or metric, and no table holds one
// in plaintext.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CreateIntegration, DeleteIntegration, GetConnectors, GetRevisions, UpdateIntegration } from './documents/integrations.js';
import { GetIntegrationEverything, ListEverything } from './documents/secrets.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration, secrets } from './helpers/fixtures.js';

const database = useTestDatabase();

const members = ['athena', 'postgres', 's3', 'httpApi'] as const;
type Member = (typeof members)[number];

/** New values for every secret, sent by updates; they must not leak either. */
const rotated = Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, `${value}-ROTATED`])) as typeof secrets;
const everySecret = [...Object.values(secrets), ...Object.values(rotated)];

function rotatedConfig(member: Member) {
  switch (member) {
    case 'athena':
      return { athena: { ...configs.athena.athena, accessKey: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: rotated.athena } } };
    case 'postgres':
      return { postgres: { ...configs.postgres.postgres, auth: { passwordAuth: { username: 'loader', password: rotated.postgres } } } };
    case 's3':
      return { s3: { ...configs.s3.s3, awsAccessKeys: { accessId: 'AKIAS3EXAMPLE', secretKey: rotated.s3 } } };
    case 'httpApi':
      return {
        httpApi: {
          ...configs.httpApi.httpApi,
          credentials: { oauth2: { ...configs.httpApi.httpApi.credentials.oauth2, clientSecret: rotated.httpClient } },
          authorization: { bearer: { token: rotated.httpToken } },
          webhook: { signatureVerification: { secret: rotated.webhook } },
        },
      };
  }
}

/** The same server, with every response body and header kept for inspection. */
function recording(api: TestApi): TestApi & { responses: string[] } {
  const responses: string[] = [];
  return {
    ...api,
    responses,
    request: async (document, variables, options) => {
      const response = await api.request(document, variables, options);
      responses.push(JSON.stringify(response.body), JSON.stringify([...response.headers.entries()]));
      return response;
    },
  };
}

/** Every secret, and its base64 forms, that occurs in the text. */
function secretsIn(text: string): string[] {
  return everySecret.filter(
    (value) => text.includes(value) || text.includes(Buffer.from(value).toString('base64')) || text.includes(Buffer.from(value).toString('base64url')),
  );
}

function expectNoSecrets(where: string, texts: string[]) {
  const leaks = texts.flatMap((text) => secretsIn(text).map((value) => `${value} in ${text.slice(0, 300)}`));
  expect(leaks, `secrets found in ${where}`).toEqual([]);
}

async function expectCleanSurface(api: TestApi & { responses: string[] }) {
  expect(api.responses.length).toBeGreaterThan(0);
  expectNoSecrets('responses', api.responses);
  expectNoSecrets('logs', api.logs);
  expectNoSecrets('metrics', [await (await fetch(`${api.origin}/metrics`)).text()]);
}

/** One integration per connector, created with the fixtures' secrets, then renamed with rotated secrets, then the first secrets restored. */
async function createAndUpdateAll(api: TestApi) {
  const ids: Record<Member, string> = { athena: '', postgres: '', s3: '', httpApi: '' };
  for (const member of members) {
    const created = await createIntegration(api, { title: `secret ${member}`, config: configs[member] });
    ids[member] = created.id;
    const result = (await api.request(UpdateIntegration, { id: created.id, input: { title: `rotated ${member}`, config: rotatedConfig(member) as never } }))
      .body.data!.updateIntegration;
    expect(result.__typename).toBe('UpdateIntegrationPayload');
    const restored = (await api.request(UpdateIntegration, { id: created.id, input: { config: configs[member] as never } })).body.data!.updateIntegration;
    expect(restored.__typename).toBe('UpdateIntegrationPayload');
  }
  return ids;
}

describe('secrets: never readable', () => {
  it('shows every secret of every connector as { isSet: true } and nothing else, in reads, revisions and the catalog', async () => {
    const api = recording(await startTestApi(database()));
    const ids = await createAndUpdateAll(api);
    for (const member of members) {
      const response = await api.request(GetIntegrationEverything, { id: ids[member] });
      expect(response.body.errors).toBeUndefined();
      const integration = response.body.data!.integration!;
      expect(integration.version).toBe(3);
      expect(integration.revisions.totalCount).toBe(3);
      const secretValues = JSON.stringify(integration).match(/"(secretAccessKey|password|secretKey|clientSecret|token|secret)":\{[^}]*\}/g);
      expect(secretValues?.length, member).toBeGreaterThan(0);
      for (const value of secretValues ?? []) expect(value).toMatch(/:\{"isSet":true,"updatedAt":"[^"]+","fingerprint":"sfp_[A-Za-z0-9_-]{22}"\}$/);
      for (const { node } of integration.revisions.edges) {
        expect(JSON.stringify(node.snapshot)).toContain('"isSet":true');
      }
    }
    const listed = await api.request(ListEverything, {});
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data?.integrations.totalCount).toBe(4);
    const catalog = (await api.request(GetConnectors, {})).body.data!.connectors;
    expect(catalog.find((c) => c.type === 'ATHENA')?.secretPaths).toEqual(['accessKey.secretAccessKey']);
    expect(JSON.stringify(catalog.find((c) => c.type === 'ATHENA')?.configSchema)).toContain('"writeOnly":true');
    await api.request(DeleteIntegration, { id: ids.s3 });
    await expectCleanSurface(api);
  });

  it('records secret changes in revisions by path only', async () => {
    const api = recording(await startTestApi(database()));
    const ids = await createAndUpdateAll(api);
    const revisions = (await api.request(GetRevisions, { id: ids.httpApi })).body.data!.integration!.revisions;
    expect(revisions.edges[0].node.changedPaths).toEqual([
      'config.credentials.oauth2.clientSecret',
      'config.authorization.bearer.token',
      'config.webhook.signatureVerification.secret',
    ]);
    await expectCleanSurface(api);
  });
});

describe('secrets: never in errors', () => {
  it('echoes no secret in ValidationError, ConnectorMismatchError, NotFoundError, EtagMismatchError or PERMISSION_DENIED', async () => {
    const api = recording(await startTestApi(database()));
    const ids = await createAndUpdateAll(api);
    const typenames: string[] = [];
    const create = async (input: object, idempotencyKey?: string, key?: string) => {
      const response = await api.request(CreateIntegration, { input: input as never, idempotencyKey }, { key });
      typenames.push(response.body.data?.createIntegration.__typename ?? String(response.body.errors?.[0].extensions?.code));
    };
    const update = async (id: string, input: object, etag?: string) => {
      const response = await api.request(UpdateIntegration, { id, input: input as never, etag });
      typenames.push(response.body.data?.updateIntegration.__typename ?? String(response.body.errors?.[0].extensions?.code));
    };
    // Invalid configs that carry every kind of secret beside the invalid field.
    await create({ title: 'bad', config: { postgres: { ...configs.postgres.postgres, port: 70000, host: 'bad host!' } } });
    await create({ title: 'bad', config: { athena: { ...configs.athena.athena, region: 'nowhere-1' } } });
    await create({ title: 'bad', config: { s3: { ...configs.s3.s3, bucketName: 'Not A Bucket' } } });
    await create({ title: 'bad', config: { httpApi: { ...configs.httpApi.httpApi, baseUrl: 'ftp://nope' } } });
    await create({ title: '', config: configs.httpApi });
    await create({ title: 'once', config: configs.athena }, 'key-1');
    await create({ title: 'twice', config: rotatedConfig('athena') }, 'key-1');
    await create({ title: 'read key', config: configs.postgres }, undefined, api.readKey);
    await update(ids.postgres, { config: rotatedConfig('athena') });
    await update(ids.postgres, { config: { postgres: { ...rotatedConfig('postgres').postgres, port: -1 } } });
    await update(ids.httpApi, { config: { httpApi: { ...rotatedConfig('httpApi').httpApi, resources: [{ name: 'Bad Name', method: 'LIST', path: '/x' }] } } });
    await update(ids.s3, { config: rotatedConfig('s3') }, 'stale-etag');
    await update('int_00000000000000000000000000000000', { config: rotatedConfig('s3') });
    expect(typenames).toEqual([
      'ValidationError',
      'ValidationError',
      'ValidationError',
      'ValidationError',
      'ValidationError',
      'CreateIntegrationPayload',
      'ValidationError',
      'PERMISSION_DENIED',
      'ConnectorMismatchError',
      'ValidationError',
      'ValidationError',
      'EtagMismatchError',
      'NotFoundError',
    ]);
    await expectCleanSurface(api);
  });

  it('echoes no secret in GraphQL errors about invalid variable values', async () => {
    const api = recording(await startTestApi(database()));
    const ids = await createAndUpdateAll(api);
    const invalidVariables = [
      // Two members of the @oneOf config: graphql-js quotes the whole config object.
      { title: 'two members', config: { ...configs.athena, ...configs.postgres } },
      // An unknown field beside a secret: graphql-js quotes the object holding both.
      {
        title: 'unknown field',
        config: { postgres: { ...configs.postgres.postgres, auth: { passwordAuth: { username: 'u', password: secrets.postgres, extra: 1 } } } },
      },
      // A wrong type beside secrets.
      { title: 'wrong type', config: { s3: { ...configs.s3.s3, folder: 42 } } },
      { title: 'missing field', config: { athena: { accessKey: { secretAccessKey: secrets.athena }, region: 'eu-west-1' } } },
    ];
    for (const input of invalidVariables) {
      const created = await api.request(CreateIntegration, { input: input as never });
      expect(created.body.errors?.length, input.title).toBeGreaterThan(0);
      const updated = await api.request(UpdateIntegration, { id: ids.httpApi, input: { config: input.config } as never });
      expect(updated.body.errors?.length, input.title).toBeGreaterThan(0);
    }
    // The same mistakes written inline in the document.
    const inline = await api.request(`mutation { createIntegration(input: { title: "inline", config: {
      postgres: { host: "db.example.com", database: "app", port: "x", auth: { passwordAuth: { username: "u", password: "${secrets.postgres}", extra: 1 } } }
      athena: { accessKey: { accessKeyId: "AKIA", secretAccessKey: "${secrets.athena}" }, region: "eu-west-1" }
    } }) { __typename } }`);
    expect(inline.body.errors?.length).toBeGreaterThan(0);
    await expectCleanSurface(api);
  });
});

describe('secrets: at rest', () => {
  it('stores no plaintext secret in any column of any table; the secrets column holds AES-GCM ciphertext with a key id', async () => {
    const api = recording(await startTestApi(database()));
    const ids = await createAndUpdateAll(api);
    const idempotent = await api.request(CreateIntegration, { input: { title: 'idempotent', config: configs.httpApi as never }, idempotencyKey: 'at-rest' });
    expect(idempotent.body.data?.createIntegration.__typename).toBe('CreateIntegrationPayload');
    await api.request(DeleteIntegration, { id: ids.athena });
    const { db } = api.database;
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
    const names = tables.rows.map((t) => t.table_name);
    expect(names).toEqual(expect.arrayContaining(['api_keys', 'idempotency_keys', 'integration_revisions', 'integrations', 'tenants']));
    for (const name of names) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
      expectNoSecrets(
        `table ${name}`,
        rows.rows.map((row) => JSON.stringify(row)),
      );
    }
    expect((await sql`select * from idempotency_keys`.execute(db)).rows.length).toBeGreaterThan(0);
    expect((await sql`select * from integration_revisions`.execute(db)).rows.length).toBeGreaterThan(0);

    const stored = await sql<{ id: string; connector: string; secrets: Record<string, Record<string, string>> }>`
      select id, connector, secrets from integrations`.execute(db);
    const catalog = (await api.request(GetConnectors, {})).body.data!.connectors;
    for (const row of stored.rows) {
      const connector = catalog.find((c) => c.type === row.connector)!;
      expect(Object.keys(row.secrets).length, row.connector).toBe(row.connector === 'HTTP_API' ? 3 : 1);
      expect(connector.secretPaths, row.connector).toEqual(expect.arrayContaining(Object.keys(row.secrets)));
      for (const encrypted of Object.values(row.secrets)) {
        expect(encrypted).toEqual({
          kid: expect.any(String),
          iv: expect.any(String),
          ct: expect.any(String),
          tag: expect.any(String),
          updatedAt: expect.any(String),
          // The fingerprint shown, and the keyed match tag behind it (secret-fingerprints.test.ts).
          fp: expect.stringMatching(/^sfp_/),
          mk: expect.any(String),
          mh: expect.any(String),
        });
      }
    }
    await expectCleanSurface(api);
  });
});
