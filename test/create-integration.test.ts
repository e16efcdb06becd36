// createIntegration: one integration per connector, API.md's verbatim example, the @oneOf config
// input, required secrets, idempotency keys (replays, reuse, races) and who may create.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { generateKey, Keyring } from '../src/secrets/keyring.js';
import { CountIntegrations } from './documents/create-integration.js';
import { CreateIntegration, GetIntegration } from './documents/integrations.js';
import { GetIntegrationEverything } from './documents/secrets.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs } from './helpers/fixtures.js';

const database = useTestDatabase();

async function create(api: TestApi, input: object, idempotencyKey?: string) {
  const response = await api.request(CreateIntegration, { input: input as never, idempotencyKey });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.createIntegration;
}

async function count(api: TestApi) {
  const response = await api.request(CountIntegrations, {});
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.integrations.totalCount;
}

const API_MD_CREATE = `mutation {
  a: createIntegration(input: {
    title: "Athena prod"
    config: { athena: {
      accessKey: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "s3cr3t-athena" }
      region: "eu-west-1"
      workgroup: "primary"
      scope: { include: [{ database: "analytics" }], exclude: [] }
    } }
  }) { __typename ... on CreateIntegrationPayload { integration { id etag version } } }
  p: createIntegration(input: {
    title: "Warehouse"
    labels: ["prod"]
    metadata: { team: "data" }
    config: { postgres: {
      host: "db.example.com", port: 5432, database: "app", schema: "public"
      auth: { passwordAuth: { username: "loader", password: "pg-pass" } }
    } }
  }) { __typename ... on CreateIntegrationPayload { integration { id etag } } }
}`;

const API_MD_UPDATE = `mutation ($id: ID!, $etag: String) {
  updateIntegration(id: $id, etag: $etag, input: { title: "Athena (prod)", metadata: { owner: "ana" } }) {
    __typename
    ... on UpdateIntegrationPayload { integration { etag version title metadata
      config { ... on AthenaConfig { region accessKey { accessKeyId secretAccessKey { isSet } } } } } }
    ... on EtagMismatchError { code currentEtag currentVersion }
    ... on Error { code message }
  }
}`;

interface CreatedPair {
  a: { __typename: string; integration: { id: string; etag: string; version: number } };
  p: { __typename: string; integration: { id: string; etag: string } };
}

describe('createIntegration: one per connector', () => {
  const cases = [
    {
      member: 'athena',
      connector: 'ATHENA',
      category: 'WAREHOUSE',
      config: {
        __typename: 'AthenaConfig',
        region: 'eu-west-1',
        workgroup: 'primary',
        accessKey: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: { isSet: true } },
        scope: { include: [{ database: 'analytics', schema: null, table: null }], exclude: [] },
      },
    },
    {
      member: 'postgres',
      connector: 'POSTGRES',
      category: 'DATABASE',
      config: {
        __typename: 'PostgresConfig',
        host: 'db.example.com',
        port: 5432,
        database: 'app',
        schema: 'public',
        disableSsl: false,
        connectionTimeoutInSeconds: 10,
        auth: { __typename: 'PasswordAuth', username: 'loader', password: { isSet: true } },
      },
    },
    {
      member: 's3',
      connector: 'S3',
      category: 'OBJECT_STORAGE',
      config: {
        __typename: 'S3Config',
        bucketName: 'my-bucket',
        bucketRegion: 'us-east-1',
        folder: 'exports',
        awsAccessKeys: { accessId: 'AKIAS3EXAMPLE', secretKey: { isSet: true } },
      },
    },
    {
      member: 'httpApi',
      connector: 'HTTP_API',
      category: 'API',
      config: {
        __typename: 'HttpApiConfig',
        baseUrl: 'https://api.example.com',
        headers: { Accept: 'application/json' },
        credentials: { __typename: 'HttpApiCredentialsOauth2', clientId: 'client-1', clientSecret: { isSet: true } },
        authorization: { __typename: 'HttpApiAuthorizationBearer', token: { isSet: true } },
        pagination: { __typename: 'HttpApiPaginationPage', pageKey: 'page', limitKey: 'per_page' },
      },
    },
  ] as const;

  for (const { member, connector, category, config } of cases) {
    it(`creates a ${member} integration at version 1 with an etag, its secrets shown as { isSet: true }`, async () => {
      const api = await startTestApi(database());
      const result = await create(api, { title: `My ${member}`, config: configs[member] });
      if (result.__typename !== 'CreateIntegrationPayload') throw new Error(JSON.stringify(result));
      const created = result.integration;
      expect(created).toMatchObject({
        connector,
        category,
        title: `My ${member}`,
        description: null,
        labels: [],
        metadata: {},
        customerId: null,
        disabled: false,
        version: 1,
        status: { state: 'UNKNOWN' },
        capabilities: { canUpdate: true, canDelete: true, canEnable: false, canDisable: true },
        config,
      });
      expect(created.id).toMatch(/^int_[0-9a-f]{32}$/);
      expect(created.etag).toEqual(expect.any(String));
      expect(created.etag.length).toBeGreaterThan(0);
      expect(created.createdAt).toBe(created.updatedAt);
      const read = (await api.request(GetIntegrationEverything, { id: created.id })).body.data!.integration!;
      expect(read).toMatchObject({ id: created.id, etag: created.etag, version: 1 });
      expect(read.revisions).toMatchObject({ totalCount: 1, edges: [{ node: { version: 1, action: 'CREATE', etag: created.etag } }] });
      if (read.config.__typename === 'HttpApiConfig') {
        expect(read.config.webhook?.signatureVerification.secret.isSet).toBe(true);
      }
    });
  }
});

describe("createIntegration: API.md's examples", () => {
  it('runs the create example verbatim: both integrations are created', async () => {
    const api = await startTestApi(database());
    const response = await api.request<CreatedPair, object>(API_MD_CREATE);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const { a, p } = response.body.data!;
    expect(a).toMatchObject({ __typename: 'CreateIntegrationPayload', integration: { version: 1 } });
    expect(p).toMatchObject({ __typename: 'CreateIntegrationPayload' });
    expect(a.integration.id).not.toBe(p.integration.id);
    const warehouse = (await api.request(GetIntegration, { id: p.integration.id })).body.data!.integration!;
    expect(warehouse).toMatchObject({ title: 'Warehouse', labels: ['prod'], metadata: { team: 'data' }, connector: 'POSTGRES' });
    expect(await count(api)).toBe(2);
  });

  it('runs the update example verbatim on the created athena integration', async () => {
    const api = await startTestApi(database());
    const { a } = (await api.request<CreatedPair, object>(API_MD_CREATE)).body.data!;
    const response = await api.request<Record<string, unknown>, object>(API_MD_UPDATE, { id: a.integration.id, etag: a.integration.etag });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      updateIntegration: {
        __typename: 'UpdateIntegrationPayload',
        integration: {
          etag: expect.any(String),
          version: 2,
          title: 'Athena (prod)',
          metadata: { owner: 'ana' },
          config: { region: 'eu-west-1', accessKey: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: { isSet: true } } },
        },
      },
    });
  });
});

describe('createIntegration: the config input is a @oneOf', () => {
  const oneOfError = (body: { errors?: { message: string }[] }) => {
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0].message).toContain('"IntegrationConfigInput"');
    expect(body.errors?.[0].message).toMatch(/exactly one/i);
  };
  const mutation = (config: string) => `mutation { createIntegration(input: { title: "x", config: ${config} }) { __typename } }`;
  const athenaLiteral = 'athena: { accessKey: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "s" }, region: "eu-west-1" }';
  const postgresLiteral = 'postgres: { host: "db.example.com", database: "app", auth: { passwordAuth: { username: "u", password: "p" } } }';

  it('rejects a config with no member as an invalid document, and creates nothing', async () => {
    const api = await startTestApi(database());
    const literal = await api.request(mutation('{}'));
    expect(literal.body.data).toBeUndefined();
    oneOfError(literal.body);
    const variable = await api.request(CreateIntegration, { input: { title: 'x', config: {} as never } });
    expect(variable.body.data).toBeUndefined();
    oneOfError(variable.body);
    expect(await count(api)).toBe(0);
  });

  it('rejects a config with two members as an invalid document, and creates nothing', async () => {
    const api = await startTestApi(database());
    const literal = await api.request(mutation(`{ ${athenaLiteral}, ${postgresLiteral} }`));
    expect(literal.body.data).toBeUndefined();
    oneOfError(literal.body);
    const variable = await api.request(CreateIntegration, { input: { title: 'x', config: { ...configs.athena, ...configs.postgres } as never } });
    expect(variable.body.data).toBeUndefined();
    oneOfError(variable.body);
    expect(await count(api)).toBe(0);
  });

  it('rejects a member given as null, and creates nothing', async () => {
    const api = await startTestApi(database());
    const literal = await api.request(mutation('{ athena: null }'));
    expect(literal.body.data).toBeUndefined();
    expect(literal.body.errors).toHaveLength(1);
    expect(await count(api)).toBe(0);
  });
});

describe('createIntegration: validation', () => {
  it('a required secret left out is a ValidationError with its path, and nothing is created', async () => {
    const api = await startTestApi(database());
    const result = await create(api, {
      title: 'Athena prod',
      config: { athena: { ...configs.athena.athena, accessKey: { accessKeyId: 'AKIAEXAMPLE' } } },
    });
    expect(result).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_ARGUMENT', message: expect.any(String) });
    expect(result.__typename === 'ValidationError' && result.fieldErrors.map((e) => e.path)).toEqual([['config', 'athena', 'accessKey', 'secretAccessKey']]);
    expect(await count(api)).toBe(0);
  });

  it('a credential in plain headers (shown to every reader) is a ValidationError naming the header, never its value; a template is fine', async () => {
    const api = await startTestApi(database());
    const key = 'sk-live-NOT-FOR-HEADERS';
    const httpApi = configs.httpApi.httpApi;
    const result = await create(api, {
      title: 'Leaky',
      config: {
        httpApi: {
          ...httpApi,
          headers: { Accept: 'application/json', 'X-Api-Key': key },
          resources: [{ name: 'users', method: 'LIST', path: '/users', headers: { Authorization: `Bearer ${key}` } }],
        },
      },
    });
    expect(result.__typename === 'ValidationError' && result.fieldErrors.map((e) => e.path)).toEqual([
      ['config', 'httpApi', 'headers', 'X-Api-Key'],
      ['config', 'httpApi', 'resources', '0', 'headers', 'Authorization'],
    ]);
    expect(JSON.stringify(result)).not.toContain(key);
    expect(await count(api)).toBe(0);
    const templated = await create(api, {
      title: 'Templated',
      config: { httpApi: { ...httpApi, headers: { Authorization: 'Bearer {{oauth.token.access_token}}' } } },
    });
    expect(templated.__typename).toBe('CreateIntegrationPayload');
  });

  it('a URL carrying a user name or password is a ValidationError on that field, never quoting it', async () => {
    const api = await startTestApi(database());
    const password = 'pw-NOT-FOR-URLS';
    const result = await create(api, {
      title: 'Leaky URL',
      config: { httpApi: { ...configs.httpApi.httpApi, baseUrl: `https://loader:${password}@api.example.com/v1` } },
    });
    expect(result.__typename === 'ValidationError' && result.fieldErrors.map((e) => e.path)).toEqual([['config', 'httpApi', 'baseUrl']]);
    expect(JSON.stringify(result)).not.toContain(password);
    expect(await count(api)).toBe(0);
    // An @ elsewhere in a URL is not a credential.
    const plain = await create(api, { title: 'At in path', config: { httpApi: { ...configs.httpApi.httpApi, baseUrl: 'https://api.example.com/users/@me' } } });
    expect(plain.__typename).toBe('CreateIntegrationPayload');
  });

  it('an empty title is a ValidationError on ["title"], and nothing is created', async () => {
    const api = await startTestApi(database());
    const result = await create(api, { title: '   ', config: configs.s3 });
    expect(result.__typename === 'ValidationError' && result.fieldErrors.map((e) => e.path)).toEqual([['title']]);
    expect(await count(api)).toBe(0);
  });
});

describe('createIntegration: idempotency keys', () => {
  it('a replay with the same key and input returns the first integration and creates nothing', async () => {
    const api = await startTestApi(database());
    const input = { title: 'Once', labels: ['prod'], config: configs.postgres };
    const first = await create(api, input, 'create-once-1');
    const replay = await create(api, input, 'create-once-1');
    if (first.__typename !== 'CreateIntegrationPayload' || replay.__typename !== 'CreateIntegrationPayload') {
      throw new Error(JSON.stringify({ first, replay }));
    }
    expect(replay.integration).toEqual(first.integration);
    expect(await count(api)).toBe(1);
  });

  it('a replay with the same key and a different input is a ValidationError on ["idempotencyKey"]', async () => {
    const api = await startTestApi(database());
    const first = await create(api, { title: 'Once', config: configs.postgres }, 'create-once-2');
    expect(first.__typename).toBe('CreateIntegrationPayload');
    const reused = await create(api, { title: 'Twice', config: configs.postgres }, 'create-once-2');
    expect(reused).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_ARGUMENT' });
    expect(reused.__typename === 'ValidationError' && reused.fieldErrors.map((e) => [e.path, e.code])).toEqual([
      [['idempotencyKey'], 'idempotency_key_reused'],
    ]);
    expect(await count(api)).toBe(1);
  });

  it('stores a keyed digest of the input (it holds secrets), and recognises a replay after the secrets key was rotated', async () => {
    const oldKey = generateKey();
    const before = new Keyring(oldKey);
    const a = await startTestApi(database(), { keyring: before });
    // Another replica after rotation: a new current key, the old one kept for what it wrote.
    const b = await startTestApi(database(), { keyring: new Keyring(generateKey(), [oldKey]) });
    const input = { title: 'Digest', config: configs.postgres };
    const first = await create(a, input, 'digest-1');
    if (first.__typename !== 'CreateIntegrationPayload') throw new Error(first.__typename);
    const stored = await sql<{ request_hash: string }>`select request_hash from idempotency_keys where key = 'digest-1'`.execute(a.database.db);
    expect(stored.rows.map((row) => row.request_hash)).toEqual([expect.stringMatching(new RegExp(`^${before.currentKeyId}:[0-9a-f]{64}$`))]);

    const replay = (await b.request(CreateIntegration, { input: input as never, idempotencyKey: 'digest-1' }, { key: a.writeKey })).body.data!
      .createIntegration;
    expect(replay).toMatchObject({ __typename: 'CreateIntegrationPayload', integration: { id: first.integration.id } });
    const other = { ...input, config: { postgres: { ...configs.postgres.postgres, auth: { passwordAuth: { username: 'u', password: 'another-password' } } } } };
    const reused = (await b.request(CreateIntegration, { input: other as never, idempotencyKey: 'digest-1' }, { key: a.writeKey })).body.data!
      .createIntegration;
    expect(reused).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['idempotencyKey'], code: 'idempotency_key_reused' }] });
    expect(await count(a)).toBe(1);
  });

  it('20 concurrent calls with the same key create exactly one integration and all return it', async () => {
    const api = await startTestApi(database());
    const input = { title: 'Raced', config: configs.s3 };
    const results = await Promise.all(Array.from({ length: 20 }, () => create(api, input, 'create-raced')));
    const ids = results.map((r) => (r.__typename === 'CreateIntegrationPayload' ? r.integration.id : r.__typename));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^int_/);
    expect(await count(api)).toBe(1);
  });

  it('the same key in another tenant is independent', async () => {
    const api = await startTestApi(database());
    const other = await api.otherTenant();
    const input = { title: 'Mine', config: configs.s3 };
    const mine = await create(api, input, 'shared-key');
    const theirs = (await api.request(CreateIntegration, { input: input as never, idempotencyKey: 'shared-key' }, { key: other.writeKey })).body.data!
      .createIntegration;
    if (mine.__typename !== 'CreateIntegrationPayload' || theirs.__typename !== 'CreateIntegrationPayload') {
      throw new Error(JSON.stringify({ mine, theirs }));
    }
    expect(theirs.integration.id).not.toBe(mine.integration.id);
    expect(await count(api)).toBe(1);
  });
});

describe('createIntegration: who may create', () => {
  it('a read key gets PERMISSION_DENIED with HTTP 403, and nothing is created', async () => {
    const api = await startTestApi(database());
    const response = await api.request(CreateIntegration, { input: { title: 'x', config: configs.athena as never } }, { key: api.readKey });
    expect(response.status).toBe(403);
    expect(response.body.data?.createIntegration ?? null).toBeNull();
    expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERMISSION_DENIED']);
    expect(await count(api)).toBe(0);
  });

  it('no key, an unknown key and a malformed header get HTTP 401 with UNAUTHENTICATED, and nothing is created', async () => {
    const api = await startTestApi(database());
    const unknownKey = `igw_write_${'A'.repeat(43)}`;
    for (const key of [null, unknownKey, 'not-a-key']) {
      const response = await api.request(CreateIntegration, { input: { title: 'x', config: configs.athena as never } }, { key });
      expect(response.status, String(key)).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect(await count(api)).toBe(0);
  });

  it('without a live key, a document that does not parse or validate also gets 401: the key is checked first, and the schema is not described', async () => {
    const api = await startTestApi(database());
    const unknownKey = `igw_write_${'A'.repeat(43)}`;
    for (const query of ['{ integrations { edges { node { titel } } } }', '{ integrations {', 'mutation { createIntegration }']) {
      for (const key of [null, unknownKey]) {
        const response = await api.request(query, undefined, { key });
        expect(response.status, `${query} ${key}`).toBe(401);
        expect(JSON.stringify(response.body.errors)).not.toMatch(/titel|Syntax|argument/i);
        expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }
      // With a key, the same document gets its own error.
      expect((await api.request(query)).body.errors?.[0]?.extensions?.code).toBe('INVALID_ARGUMENT');
    }
  });
});
