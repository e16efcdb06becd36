// Property-based fuzzing over real HTTP (fast-check): random and broken documents, random
// arguments for every mutation of the schema, mutated configs for every connector, and update
// inputs with every omit/null/value combination. Whatever is sent: never a 5xx, never an INTERNAL
// error, never a secret in a response, bad input changes nothing, and the server still answers.
// FUZZ_RUNS sets the number of cases (`npm run fuzz` runs 5000); FUZZ_SEED replays a failure
// (fast-check prints the seed and path of the smallest failing case).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Connector, connectorByName, connectors } from '../src/connectors/registry.js';
import { schema } from '../src/schema/index.js';
import { expectSafe, expectServerAlive, type GraphQLBody, hasPayload, send, sendOperation } from './fuzz/checks.js';
import { configFor, secretStringsIn, secretsInVariables } from './fuzz/config-inputs.js';
import { abusiveDocument, brokenDocument, etagValue, idValue, mutationDocument, type Pools, selectionFor, valueForInputType } from './fuzz/graphql-inputs.js';
import { anyJson, hostileString, SECRET_MARKER } from './fuzz/values.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { connectorExamples } from './helpers/connector-examples.js';
import { useTestDatabase } from './helpers/database.js';
import { selectAll, toGraphQLInput } from './helpers/graphql-shapes.js';

const database = useTestDatabase();

// FUZZ_RUNS is the number of cases of each family (documents, mutations, configs, updates); a
// family spread over several tests (one per mutation, one per connector) shares it, at least
// three cases each. The default keeps this file at about 20 s in `npm test`.
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 30));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const runsOf = (share: number) => Math.max(3, Math.round(RUNS * share));
/** fast-check parameters for a property that runs `share` of FUZZ_RUNS cases. */
const params = (share = 1): fc.Parameters<unknown> => ({ numRuns: runsOf(share), seed: SEED });
/** A test's time budget: generous per case, so `npm run fuzz` does not time out. */
const budget = (share = 1) => 30_000 + runsOf(share) * 500;

type Plain = Record<string, unknown>;

/** Every secret of the hand-written examples (each contains SECRET-), which no response may hold. */
const exampleSecrets = connectors.flatMap((c) => connectorExamples[c.name].valid.flatMap((v) => secretStringsIn(c.shape, toGraphQLInput(c.shape, v))));

const configTypeName = (connector: Connector) => `${connector.name.charAt(0).toUpperCase()}${connector.name.slice(1)}Config`;
const examplesByMember: Record<string, unknown[]> = Object.fromEntries(connectors.map((c) => [c.name, connectorExamples[c.name].valid]));
const validConfig = (connector: Connector) => ({ [connector.name]: toGraphQLInput(connector.shape, connectorExamples[connector.name].valid[0]) });

/** The fields of an integration a fuzzed write reads back: everything, and the whole config of `connector`. */
const integrationFields = (connector?: Connector) =>
  `id etag version title description labels metadata customerId disabled status { state message } revisions(first: 3) { totalCount edges { node { snapshot } } } config { __typename ${
    connector ? `... on ${configTypeName(connector)} ${selectAll(schema.getType(configTypeName(connector))!)}` : ''
  } }`;
const resultSelection = (payload: string, connector?: Connector) =>
  `{ __typename ... on ${payload} { integration { ${integrationFields(connector)} } } ... on ValidationError { fieldErrors { path code message } } ${payload.startsWith('Update') ? '... on EtagMismatchError { currentEtag currentVersion }' : ''} ... on Error { code message } }`;

const createDocument = (connector?: Connector) =>
  `mutation($input: CreateIntegrationInput!, $idempotencyKey: String) { createIntegration(input: $input, idempotencyKey: $idempotencyKey) ${resultSelection('CreateIntegrationPayload', connector)} }`;
const updateDocument = (connector?: Connector) =>
  `mutation($id: ID!, $input: UpdateIntegrationInput!, $etag: String) { updateIntegration(id: $id, input: $input, etag: $etag) ${resultSelection('UpdateIntegrationPayload', connector)} }`;
const CREATE = createDocument();
const UPDATE = updateDocument();
const READ = `query($id: ID!) { integration(id: $id) { id etag version revisions { totalCount } } }`;
const LIST = `{ integrations(first: 100) { totalCount edges { node { id etag version revisions { totalCount } } } } }`;

interface Snapshot {
  id: string;
  etag: string;
  version: number;
  revisions: { totalCount: number };
}

async function createOrFail(api: TestApi, connector: Connector, title = `${connector.label} fuzz target`): Promise<Snapshot> {
  const response = await sendOperation(api, CREATE, { input: { title, config: validConfig(connector) } });
  const result = (response.json as GraphQLBody).data?.createIntegration as Plain & { integration: Snapshot };
  if (result?.__typename !== 'CreateIntegrationPayload') throw new Error(`create failed: ${response.text.slice(0, 500)}`);
  const { id, etag, version, revisions } = result.integration;
  return { id, etag, version, revisions: { totalCount: revisions.totalCount } };
}

async function read(api: TestApi, id: string): Promise<Snapshot | null> {
  const response = await sendOperation(api, READ, { id });
  expectSafe(response);
  return ((response.json as GraphQLBody).data?.integration as Snapshot | null) ?? null;
}

async function list(api: TestApi): Promise<{ totalCount: number; nodes: Snapshot[] }> {
  const response = await sendOperation(api, LIST);
  expectSafe(response);
  const connection = (response.json as GraphQLBody).data!.integrations as { totalCount: number; edges: { node: Snapshot }[] };
  return { totalCount: connection.totalCount, nodes: connection.edges.map((e) => e.node) };
}

/** Every change writes exactly one revision: a live integration has as many revisions as its version. */
function expectRevisionsMatchVersions(nodes: Snapshot[]) {
  for (const node of nodes) expect(node.revisions.totalCount, `revisions of ${node.id}`).toBe(node.version);
}

// ---------------------------------------------------------------------------------------------

describe('fuzz: documents', () => {
  const validDocuments = [CREATE, UPDATE, READ, LIST, '{ connectors { type name configSchema secretPaths } }', 'query Q($id: ID!) { node(id: $id) { id } }'];

  it('answers any document, broken or abusive, without a 5xx, an INTERNAL error or a secret', { timeout: budget() }, async () => {
    const api = await startTestApi(database());
    const pools: Pools = { ids: [(await createOrFail(api, connectorByName('athena')!)).id], etags: [], examples: examplesByMember };
    const operation = fc.constantFrom('query', 'mutation').chain((kind) => {
      const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      return selectionFor(root, 4).map((selection) => `${kind} Fuzz($flag: Boolean = true) ${selection}`);
    });
    const document = fc.oneof(brokenDocument(schema, validDocuments), abusiveDocument(), operation);
    const variables = fc.oneof(
      fc.constant(undefined),
      fc.dictionary(fc.constantFrom('id', 'input', 'flag', 'etag', 'x'), fc.oneof(anyJson(), idValue(pools)), { maxKeys: 4 }),
    );
    const operationName = fc.oneof(fc.constant(undefined), fc.constantFrom('Fuzz', 'Q', 'Q1', 'Nope', ''), hostileString({ maxLength: 10 }));
    await fc.assert(
      fc.asyncProperty(document, variables, operationName, async (query, vars, name) => {
        expectSafe(await sendOperation(api, query, vars as Plain | undefined, name), exampleSecrets);
      }),
      params(),
    );
    await expectServerAlive(api);
  });

  it('answers any request body, method, content type and key without a 5xx', { timeout: budget(0.5) }, async () => {
    const api = await startTestApi(database());
    const body = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.constantFrom(
        '',
        '{',
        'null',
        '[]',
        '[{}]',
        '{"query":1}',
        '{"query":null}',
        '{"query":"{ __typename }","variables":"x"}',
        '{"query":"{ __typename }","variables":[1]}',
        '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"x"}}}',
      ),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .record({ query: fc.oneof(fc.constant('{ __typename }'), anyJson()), variables: anyJson(), operationName: anyJson() }, { requiredKeys: [] })
        .map((v) => JSON.stringify(v)),
      fc.array(fc.record({ query: fc.constantFrom('{ __typename }', 'mutation { __typename }', '{') }), { maxLength: 20 }).map((v) => JSON.stringify(v)),
      fc.constantFrom(100, 1_000_000).map((n) => JSON.stringify({ query: `{ __typename }${' '.repeat(n)}` })),
      // Variables nested far deeper than any config (written by hand: JSON.stringify would overflow first).
      fc
        .constantFrom(99, 1_000, 100_000)
        .map(
          (n) =>
            `{"query":"mutation($m: JSON) { createIntegration(input: { title: \\"deep\\", metadata: $m, config: { athena: { region: \\"eu-west-1\\", accessKey: { accessKeyId: \\"A\\" } } } }) { __typename } }","variables":{"m":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}}`,
        ),
    );
    const method = fc.constantFrom('POST', 'POST', 'GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS');
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-16',
      'text/plain',
      'application/graphql',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      '',
    );
    const search = fc.oneof(
      fc.constant(''),
      fc.constantFrom('?query=%7B__typename%7D', '?query=mutation%7B__typename%7D', '?query=%7B', '?variables=%7B&query=%7B__typename%7D', '?query='),
      // Buffer.from replaces unpaired surrogates, which encodeURIComponent refuses.
      hostileString({ maxLength: 30 }).map((q) => `?query=${encodeURIComponent(Buffer.from(q).toString())}`),
    );
    const key = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(null, 'igw_write_nope', 'x', ''),
      fc.constant(api.readKey),
      hostileString({ maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
    );
    await fc.assert(
      fc.asyncProperty(body, method, contentType, search, key, async (text, verb, type, query, apiKey) => {
        expectSafe(await send(api, text, { method: verb, headers: { 'content-type': type }, search: query, key: apiKey }), exampleSecrets);
      }),
      params(0.5),
    );
    await expectServerAlive(api);
  });
});

// ---------------------------------------------------------------------------------------------

const mutationFields = Object.values(schema.getMutationType()!.getFields());

describe('fuzz: every mutation of the schema', () => {
  it('finds the mutations in the schema', () => {
    expect(mutationFields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['createIntegration', 'updateIntegration', 'deleteIntegration', 'reportTransfer']),
    );
  });

  const share = 1 / mutationFields.length;
  it.each(mutationFields.map((f) => [f.name, f] as const))(
    '%s: random arguments and selections never fail the server, and failures change nothing',
    { timeout: budget(share) },
    async (_name, field) => {
      const needsSyncKey = (field.extensions.pothosOptions as { authScopes?: { sync?: boolean } }).authScopes?.sync === true;
      const api = await startTestApi(database());
      const other = await api.otherTenant();
      const foreign = await createOrFail({ ...api, writeKey: other.writeKey }, connectorByName('postgres')!);
      const deleted = await createOrFail(api, connectorByName('s3')!);
      await sendOperation(api, 'mutation($id: ID!) { deleteIntegration(id: $id) { __typename } }', { id: deleted.id });
      const pools: Pools = { ids: [], etags: [deleted.etag], examples: examplesByMember };
      let before = await list(api);
      const refresh = async () => {
        while (before.nodes.length < 2) {
          await createOrFail(api, connectors[before.totalCount % connectors.length]);
          before = await list(api);
        }
        pools.ids = [...before.nodes.map((n) => n.id), foreign.id, deleted.id];
        pools.etags = [...new Set([...pools.etags.slice(-20), ...before.nodes.map((n) => n.etag), foreign.etag])];
      };
      await refresh();
      await fc.assert(
        fc.asyncProperty(mutationDocument(field, pools), async ({ query, variables }) => {
          const sentSecrets = [...exampleSecrets, ...secretsInVariables(variables)];
          // A mutation of the sync scope (reportTransfer) takes a sync worker's key; every other one a write key.
          const response = await sendOperation(needsSyncKey ? { ...api, writeKey: api.syncKey } : api, query, variables);
          expectSafe(response, sentSecrets);
          const after = await list(api);
          expectRevisionsMatchVersions(after.nodes);
          if (!hasPayload(response.json)) {
            // Nothing succeeded, so nothing changed: same integrations, same etags and versions.
            expect(after, `after ${query} ${JSON.stringify(variables).slice(0, 400)} → ${response.text.slice(0, 400)}`).toEqual(before);
          }
          before = after;
          await refresh();
        }),
        params(share),
      );
      const foreignAfter = await read({ ...api, writeKey: other.writeKey }, foreign.id);
      expect(foreignAfter).toMatchObject({ etag: foreign.etag, version: foreign.version });
      await expectServerAlive(api);
    },
  );
});

// ---------------------------------------------------------------------------------------------

describe('fuzz: config inputs of every connector', () => {
  const share = 1 / connectors.length;
  it.each(connectors.map((c) => [c.name, c] as const))(
    '%s: mutated configs are created or rejected cleanly, and never leak a secret',
    { timeout: budget(share) },
    async (name, connector) => {
      const api = await startTestApi(database());
      let target = await createOrFail(api, connector);
      const count = async () => {
        const response = await sendOperation(api, `{ integrations(filter: { connector: [${connector.type}] }) { totalCount } }`);
        return ((response.json as GraphQLBody).data!.integrations as { totalCount: number }).totalCount;
      };
      let total = await count();
      const config = configFor(connector, connectorExamples[name].valid);
      const title = fc.oneof({ weight: 4, arbitrary: fc.constant('Fuzzed config') }, { weight: 1, arbitrary: hostileString({ maxLength: 300 }) });
      const etag = fc.constantFrom('current', 'omitted', 'stale');
      await fc.assert(
        fc.asyncProperty(config, title, etag, async (value, titleValue, etagChoice) => {
          const secrets = [...exampleSecrets, ...secretStringsIn(connector.shape, value)];
          const created = await sendOperation(api, createDocument(connector), { input: { title: titleValue, config: { [name]: value } } });
          expectSafe(created, secrets);
          const createdOk = hasPayload(created.json);
          const totalAfter = await count();
          expect(totalAfter, created.text.slice(0, 300)).toBe(total + (createdOk ? 1 : 0));
          total = totalAfter;

          const sentEtag = etagChoice === 'current' ? target.etag : etagChoice === 'stale' ? `${target.etag}x` : undefined;
          const updated = await sendOperation(api, updateDocument(connector), { id: target.id, input: { config: { [name]: value } }, etag: sentEtag });
          expectSafe(updated, secrets);
          const result = (updated.json as GraphQLBody).data?.updateIntegration as Plain | undefined;
          const now = (await read(api, target.id))!;
          expect(now.revisions.totalCount).toBe(now.version);
          if (result?.__typename === 'UpdateIntegrationPayload') {
            expect(etagChoice).not.toBe('stale');
            expect(now.version - target.version, 'a change is one version').toBeLessThanOrEqual(1);
            expect(now.etag === target.etag, 'the etag changes exactly when the version does').toBe(now.version === target.version);
          } else {
            expect(now, `rejected update changed the integration: ${updated.text.slice(0, 400)}`).toEqual(target);
            if (etagChoice === 'stale' && result) expect(['EtagMismatchError', 'ValidationError']).toContain(result.__typename);
          }
          target = now;
        }),
        params(share),
      );
      await expectServerAlive(api);
    },
  );
});

// ---------------------------------------------------------------------------------------------

describe('fuzz: updateIntegration inputs', () => {
  const updateInput = schema.getType('UpdateIntegrationInput') as import('graphql').GraphQLInputObjectType;
  const members = ['athena', 'postgres', 'httpApi', 's3'].map((n) => connectorByName(n)!);

  it('takes any omit/null/value combination, wrong etags and ids of the wrong shape, and rejects without changing anything', {
    timeout: budget(0.5),
  }, async () => {
    const api = await startTestApi(database());
    const other = await api.otherTenant();
    const foreign = await createOrFail({ ...api, writeKey: other.writeKey }, members[0]);
    const targets = await Promise.all(members.map((c) => createOrFail(api, c)));
    const pools: Pools = { ids: [], etags: [], examples: examplesByMember };
    const stale = new Map(targets.map((t) => [t.id, [] as string[]]));

    const fieldValue = (fieldName: string, connector: Connector) => {
      const field = updateInput.getFields()[fieldName];
      const value =
        fieldName === 'config'
          ? fc.oneof(
              { weight: 5, arbitrary: configFor(connector, connectorExamples[connector.name].valid).map((v) => ({ [connector.name]: v })) },
              { weight: 1, arbitrary: valueForInputType(field.type, pools) },
            )
          : valueForInputType(field.type, pools, 1, fieldName);
      return fc.oneof(
        { weight: 3, arbitrary: fc.constant<unknown>(undefined) },
        { weight: 1, arbitrary: fc.constant<unknown>(null) },
        { weight: 2, arbitrary: value },
      );
    };
    const input = (connector: Connector) =>
      fc
        .tuple(...Object.keys(updateInput.getFields()).map((name) => fieldValue(name, connector).map((v) => [name, v] as const)))
        .map((entries) => Object.fromEntries(entries.filter(([, v]) => v !== undefined)));
    const idChoice = fc.constantFrom('target', 'target', 'target', 'foreign', 'malformed', 'unknown');
    const etagChoice = fc.constantFrom('current', 'omitted', 'stale', 'malformed', 'null');
    const testCase = fc.tuple(fc.nat({ max: targets.length - 1 }), idChoice, etagChoice).chain(([index, idKind, etagKind]) =>
      fc.record({
        index: fc.constant(index),
        idKind: fc.constant(idKind),
        etagKind: fc.constant(etagKind),
        input: input(members[index]),
        malformedId: idValue({ ...pools, ids: [] }),
        malformedEtag: etagValue({ ...pools, etags: [] }),
      }),
    );

    await fc.assert(
      fc.asyncProperty(testCase, async (c) => {
        const target = targets[c.index];
        const id = { target: target.id, foreign: foreign.id, unknown: 'int_0123456789abcdef0123456789abcdef', malformed: c.malformedId }[c.idKind];
        const staleEtag = stale.get(target.id)!.at(-1) ?? `${target.etag}-old`;
        const etag = { current: target.etag, omitted: undefined, null: null, stale: staleEtag, malformed: c.malformedEtag }[c.etagKind];
        const secrets = [...exampleSecrets, ...secretsInVariables(c.input)];
        const response = await sendOperation(api, updateDocument(members[c.index]), { id, input: c.input, etag });
        expectSafe(response, secrets);
        const result = (response.json as GraphQLBody).data?.updateIntegration as Plain | undefined;
        const now = (await read(api, target.id))!;
        expect(now.revisions.totalCount).toBe(now.version);
        const context = `${JSON.stringify({ id, etag, input: c.input }).slice(0, 500)} → ${response.text.slice(0, 500)}`;
        if (c.idKind !== 'target') {
          expect(result?.__typename ?? 'rejected', context).toMatch(/^(NotFoundError|ValidationError|rejected)$/);
        }
        const etagIsWrong = (c.etagKind === 'stale' || c.etagKind === 'malformed') && etag !== target.etag;
        if (c.idKind === 'target' && etagIsWrong && result) {
          expect(['EtagMismatchError', 'ValidationError', 'ConnectorMismatchError'], context).toContain(result.__typename);
          if (result.__typename === 'EtagMismatchError') expect(result).toMatchObject({ currentEtag: target.etag, currentVersion: target.version });
        }
        if (result?.__typename === 'UpdateIntegrationPayload' && c.idKind === 'target') {
          expect(now.version - target.version, context).toBeLessThanOrEqual(1);
          expect(now.etag === target.etag, context).toBe(now.version === target.version);
          if (now.etag !== target.etag) stale.get(target.id)!.push(target.etag);
        } else {
          expect(now, `a rejected update changed the integration: ${context}`).toEqual(target);
        }
        targets[c.index] = now;
        pools.etags = targets.map((t) => t.etag);
      }),
      params(0.5),
    );
    expect(await read({ ...api, writeKey: other.writeKey }, foreign.id)).toMatchObject({ etag: foreign.etag, version: foreign.version });
    await expectServerAlive(api);
  });
});

// Inputs the fuzzer found that once answered INTERNAL, kept as plain cases.
describe('fuzz: regressions', () => {
  const refusedAsInvalid = (response: Awaited<ReturnType<typeof sendOperation>>) => {
    expectSafe(response, exampleSecrets);
    expect(response.status, response.text).toBe(400);
    expect((response.json as GraphQLBody).errors?.map((e) => e.extensions?.code)).toEqual(['INVALID_ARGUMENT']);
  };

  it('refuses U+0000 in a config string (PostgreSQL cannot store it) and creates nothing', async () => {
    const api = await startTestApi(database());
    const mysql = connectorByName('mysql')!;
    const config = { [mysql.name]: { ...(validConfig(mysql)[mysql.name] as Plain), connectionDatabase: '\u0000' } };
    refusedAsInvalid(await sendOperation(api, CREATE, { input: { title: 'NUL', config } }));
    expect((await list(api)).totalCount).toBe(0);
  });

  it('refuses U+0000 and unpaired surrogates in literals, metadata keys and updates, and changes nothing', async () => {
    const api = await startTestApi(database());
    const target = await createOrFail(api, connectorByName('athena')!);
    refusedAsInvalid(await sendOperation(api, UPDATE, { id: target.id, input: { metadata: { 'a\u0000': 1 } } }));
    refusedAsInvalid(await sendOperation(api, UPDATE, { id: target.id, input: { metadata: { team: '\ud800' } } }));
    refusedAsInvalid(
      await sendOperation(api, `mutation($id: ID!) { updateIntegration(id: $id, input: { title: "a\\u0000b" }) { __typename } }`, { id: target.id }),
    );
    refusedAsInvalid(await sendOperation(api, '{ integrations(filter: { search: "\\u0000" }) { totalCount } }'));
    refusedAsInvalid(await sendOperation(api, '{ integrations(filter: { search: "raw \u0000 NUL" }) { totalCount } }'));
    expect(await read(api, target.id)).toEqual(target);
  });

  it('refuses a document nested deeper than the parser can take (a list literal 1490 deep)', async () => {
    const api = await startTestApi(database());
    const n = 1490;
    refusedAsInvalid(await sendOperation(api, `{ integrations(filter: { labels: ${'['.repeat(n)}"a"${']'.repeat(n)} }) { totalCount } }`));
  });

  it('refuses variables or extensions that are not JSON in a GET query string or a form body', async () => {
    const api = await startTestApi(database());
    refusedAsInvalid(await send(api, '', { method: 'GET', search: '?variables=%7B&query=%7B__typename%7D' }));
    refusedAsInvalid(await send(api, '', { method: 'GET', search: '?extensions=nope&query=%7B__typename%7D' }));
    refusedAsInvalid(await send(api, 'query=%7B__typename%7D&variables=%7B', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    await expectServerAlive(api);
  });

  it('refuses variables nested 100 000 deep, and takes JSON nested 99 deep', async () => {
    const api = await startTestApi(database());
    const query =
      'mutation($m: JSON) { createIntegration(input: { title: "deep", metadata: $m, config: { athena: { region: "eu-west-1", accessKey: { accessKeyId: "A", secretAccessKey: "SECRET-deep-json" } } } }) { __typename } }';
    const body = (n: number) => `{"query":${JSON.stringify(query)},"variables":{"m":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}}`;
    refusedAsInvalid(await send(api, body(100_000)));
    const accepted = await send(api, body(99));
    expectSafe(accepted);
    expect(accepted.json).toEqual({ data: { createIntegration: { __typename: 'CreateIntegrationPayload' } } });
    await expectServerAlive(api);
  });
});

// The marker must really be in what the fuzzers generate, or the secret checks above prove nothing.
describe('fuzz: the secret marker', () => {
  it('is in every secret the config fuzzer invents, and the fixtures hold it too', () => {
    expect(exampleSecrets.filter((s) => s.includes(SECRET_MARKER)).length).toBeGreaterThan(connectors.length);
    const samples = fc.sample(configFor(connectors.find((c) => c.name === 'httpApi')!, connectorExamples.httpApi.valid), { numRuns: 40, seed: 1 });
    const invented = samples.flatMap((s) => secretStringsIn(connectorByName('httpApi')!.shape, s));
    expect(invented.length).toBeGreaterThan(20);
    expect(invented.filter((s) => s !== '' && !s.includes(SECRET_MARKER) && !exampleSecrets.includes(s) && s.length >= 8)).toEqual([]);
  });
});
