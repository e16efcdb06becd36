// updateIntegration: every row of API.md's update table, etags, no-ops and connector checks.
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { decodeIntegrationId } from '../src/integrations/ids.js';
import { generateKey, Keyring } from '../src/secrets/keyring.js';
import { rotateSecrets } from '../src/secrets/rotation.js';
import { GetIntegration, GetRevisions, UpdateIntegration } from './documents/integrations.js';
import { startTestApi } from './helpers/api.js';
import { openTestDatabase, useTestDatabase } from './helpers/database.js';
import { configs, createIntegration, secrets } from './helpers/fixtures.js';

const database = useTestDatabase();

async function update(api: Awaited<ReturnType<typeof startTestApi>>, id: string, input: object, etag?: string | null) {
  const response = await api.request(UpdateIntegration, { id, input: input as never, etag });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.updateIntegration;
}

async function read(api: Awaited<ReturnType<typeof startTestApi>>, id: string) {
  return (await api.request(GetIntegration, { id })).body.data!.integration!;
}

describe('updateIntegration: the update table', () => {
  it('title: omitted keeps, a value is trimmed and set, null is a ValidationError that changes nothing', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const kept = await update(api, created.id, { description: 'x' });
    expect(kept.__typename === 'UpdateIntegrationPayload' && kept.integration.title).toBe('Athena prod');
    const set = await update(api, created.id, { title: '  Athena (prod)  ' });
    expect(set.__typename === 'UpdateIntegrationPayload' && set.integration.title).toBe('Athena (prod)');
    const before = await read(api, created.id);
    const rejected = await update(api, created.id, { title: null });
    expect(rejected).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_ARGUMENT' });
    expect(rejected.__typename === 'ValidationError' && rejected.fieldErrors[0].path).toEqual(['title']);
    expect(await read(api, created.id)).toEqual(before);
  });

  it('title: empty or longer than 255 characters is rejected with its path', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    for (const title of ['   ', 'x'.repeat(256)]) {
      const result = await update(api, created.id, { title });
      expect(result.__typename).toBe('ValidationError');
      expect(result.__typename === 'ValidationError' && result.fieldErrors.map((e) => e.path)).toEqual([['title']]);
    }
    expect((await read(api, created.id)).version).toBe(1);
  });

  it('description and customerId: omitted keeps, null clears, a value sets', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { description: 'first', customerId: 'cust-1' });
    const kept = await update(api, created.id, { title: 'T' });
    expect(kept).toMatchObject({ integration: { description: 'first', customerId: 'cust-1' } });
    const set = await update(api, created.id, { description: 'second', customerId: 'cust-2' });
    expect(set).toMatchObject({ integration: { description: 'second', customerId: 'cust-2' } });
    const cleared = await update(api, created.id, { description: null, customerId: null });
    expect(cleared).toMatchObject({ integration: { description: null, customerId: null } });
  });

  it('labels: omitted keeps, a list replaces, null and malformed labels are ValidationErrors', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { labels: ['prod', 'team:data'] });
    expect(await update(api, created.id, { title: 'T' })).toMatchObject({ integration: { labels: ['prod', 'team:data'] } });
    expect(await update(api, created.id, { labels: ['staging'] })).toMatchObject({ integration: { labels: ['staging'] } });
    const nulled = await update(api, created.id, { labels: null });
    expect(nulled.__typename === 'ValidationError' && nulled.fieldErrors.map((e) => e.path)).toEqual([['labels']]);
    const bad = await update(api, created.id, { labels: ['ok', 'Not OK', 'x'.repeat(64)] });
    expect(bad.__typename === 'ValidationError' && bad.fieldErrors.map((e) => e.path)).toEqual([
      ['labels', '1'],
      ['labels', '2'],
    ]);
    const tooMany = await update(api, created.id, { labels: Array.from({ length: 65 }, (_, i) => `l${i}`) });
    expect(tooMany.__typename).toBe('ValidationError');
    expect((await read(api, created.id)).labels).toEqual(['staging']);
  });

  it('metadata: omitted keeps, an object merges shallowly, a null value removes its key, null clears to {}', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { metadata: { team: 'data', tier: 1 } });
    expect(await update(api, created.id, { title: 'T' })).toMatchObject({ integration: { metadata: { team: 'data', tier: 1 } } });
    const merged = await update(api, created.id, { metadata: { owner: 'ana', tier: null } });
    expect(merged.__typename === 'UpdateIntegrationPayload' && merged.integration.metadata).toEqual({ team: 'data', owner: 'ana' });
    const cleared = await update(api, created.id, { metadata: null });
    expect(cleared.__typename === 'UpdateIntegrationPayload' && cleared.integration.metadata).toEqual({});
  });

  it('disabled: omitted keeps, a value sets, null is a ValidationError', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    expect(await update(api, created.id, { disabled: true })).toMatchObject({
      integration: { disabled: true, status: { state: 'DISABLED' }, capabilities: { canEnable: true, canDisable: false } },
    });
    expect(await update(api, created.id, { title: 'T' })).toMatchObject({ integration: { disabled: true } });
    const nulled = await update(api, created.id, { disabled: null });
    expect(nulled.__typename === 'ValidationError' && nulled.fieldErrors.map((e) => e.path)).toEqual([['disabled']]);
  });

  it('config: null is a ValidationError; a value replaces the non-secret config wholesale, left-out fields take defaults', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, {
      config: { athena: { ...configs.athena.athena, workgroup: 'etl', useShowCreateTable: true } },
    });
    const nulled = await update(api, created.id, { config: null });
    expect(nulled.__typename === 'ValidationError' && nulled.fieldErrors.map((e) => e.path)).toEqual([['config']]);
    // The region selects the endpoint the key signs for: the secret is sent again with it.
    const replaced = await update(api, created.id, {
      config: { athena: { accessKey: { accessKeyId: 'AKIANEW', secretAccessKey: secrets.athena }, region: 'us-east-1' } },
    });
    expect(replaced).toMatchObject({
      integration: {
        config: {
          region: 'us-east-1',
          workgroup: 'primary',
          useShowCreateTable: false,
          scope: { include: [], exclude: [] },
          accessKey: { accessKeyId: 'AKIANEW', secretAccessKey: { isSet: true } },
        },
      },
    });
  });

  // This test used to assert that re-sending the stored value is a no-op (same etag): that answer
  // told any write key whether its guess equalled the secret. A given secret is now always a rewrite.
  it('config: a secret left out keeps its value; a given value is always a rewrite, the same value included', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const original = created.config.__typename === 'AthenaConfig' && created.config.accessKey.secretAccessKey.updatedAt;
    const kept = await update(api, created.id, { config: { athena: { ...configs.athena.athena, accessKey: { accessKeyId: 'AKIAEXAMPLE' } } } });
    expect(kept.__typename).toBe('UpdateIntegrationPayload');
    if (kept.__typename !== 'UpdateIntegrationPayload' || kept.integration.config.__typename !== 'AthenaConfig') throw new Error();
    expect(kept.integration.version).toBe(1);
    expect(kept.integration.config.accessKey.secretAccessKey).toEqual({ isSet: true, updatedAt: original });

    const same = await update(api, created.id, { config: configs.athena });
    if (same.__typename !== 'UpdateIntegrationPayload' || same.integration.config.__typename !== 'AthenaConfig') throw new Error(JSON.stringify(same));
    expect(same.integration.version).toBe(2);
    expect(same.integration.etag).not.toBe(created.etag);
    expect(same.integration.config.accessKey.secretAccessKey.updatedAt).not.toBe(original);
    const sameRevision = (await api.request(GetRevisions, { id: created.id, first: 1 })).body.data!.integration!.revisions;
    expect(sameRevision.edges[0].node.changedPaths).toEqual(['config.accessKey.secretAccessKey']);

    const replaced = await update(api, created.id, {
      config: { athena: { ...configs.athena.athena, accessKey: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'rotated-VALUE' } } },
    });
    expect(replaced).toMatchObject({ integration: { version: 3 } });
    const revisions = (await api.request(GetRevisions, { id: created.id, first: 1 })).body.data!.integration!.revisions;
    expect(revisions.edges[0].node.changedPaths).toEqual(['config.accessKey.secretAccessKey']);
  });

  it('config: an empty string clears an optional secret; a required secret that would end up unset is a ValidationError', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { config: configs.httpApi, title: 'API' });
    const optionalCleared = await update(api, created.id, {
      config: {
        httpApi: {
          ...configs.httpApi.httpApi,
          credentials: { oauth2: { ...configs.httpApi.httpApi.credentials.oauth2, clientSecret: '' } },
        },
      },
    });
    if (optionalCleared.__typename !== 'UpdateIntegrationPayload' || optionalCleared.integration.config.__typename !== 'HttpApiConfig') {
      throw new Error(JSON.stringify(optionalCleared));
    }
    expect(optionalCleared.integration.config.credentials).toMatchObject({ clientSecret: { isSet: false } });
    expect(optionalCleared.integration.config.authorization).toMatchObject({ token: { isSet: true } });
    const cleared = await update(api, created.id, {
      config: { httpApi: { ...configs.httpApi.httpApi, webhook: { signatureVerification: { secret: '' } } } },
    });
    expect(cleared.__typename).toBe('ValidationError');
    expect(cleared.__typename === 'ValidationError' && cleared.fieldErrors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['config.httpApi.webhook.signatureVerification.secret', 'required'],
    ]);
    const unset = await update(api, created.id, {
      config: { httpApi: { ...configs.httpApi.httpApi, authorization: { bearer: { token: '' } } } },
    });
    expect(unset.__typename).toBe('ValidationError');
    const pg = await createIntegration(api, { config: configs.postgres, title: 'PG' });
    const pgUnset = await update(api, pg.id, {
      config: { postgres: { ...configs.postgres.postgres, auth: { passwordAuth: { username: 'loader', password: '' } } } },
    });
    expect(pgUnset.__typename === 'ValidationError' && pgUnset.fieldErrors[0].path).toEqual(['config', 'postgres', 'auth', 'passwordAuth', 'password']);
    expect((await read(api, pg.id)).version).toBe(1);
  });

  it('config: a member of another connector is a ConnectorMismatchError and changes nothing', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const result = await update(api, created.id, { config: configs.postgres });
    expect(result).toMatchObject({ __typename: 'ConnectorMismatchError', code: 'FAILED_PRECONDITION', expected: 'ATHENA', received: 'POSTGRES' });
    expect((await read(api, created.id)).etag).toBe(created.etag);
  });

  it('config: field errors carry paths into the input', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { config: configs.postgres, title: 'PG' });
    const result = await update(api, created.id, {
      config: { postgres: { ...configs.postgres.postgres, port: 70000, host: 'bad host!' } },
    });
    expect(result.__typename === 'ValidationError' && result.fieldErrors.map((e) => e.path.join('.')).sort()).toEqual([
      'config.postgres.host',
      'config.postgres.port',
    ]);
  });
});

describe('updateIntegration: etags and no-ops', () => {
  it('applies an update whose etag matches and returns a new etag and version', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const result = await update(api, created.id, { title: 'Athena (prod)', metadata: { owner: 'ana' } }, created.etag);
    expect(result).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { version: 2, title: 'Athena (prod)' } });
    expect(result.__typename === 'UpdateIntegrationPayload' && result.integration.etag).not.toBe(created.etag);
  });

  it('rejects a stale etag with the current etag and version, and changes nothing', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const first = await update(api, created.id, { title: 'one' }, created.etag);
    if (first.__typename !== 'UpdateIntegrationPayload') throw new Error('first update failed');
    const stale = await update(api, created.id, { title: 'two' }, created.etag);
    expect(stale).toEqual({
      __typename: 'EtagMismatchError',
      code: 'ABORTED',
      message: expect.stringContaining('Read it again'),
      currentEtag: first.integration.etag,
      currentVersion: 2,
    });
    expect(await read(api, created.id)).toMatchObject({ title: 'one', etag: first.integration.etag, version: 2 });
  });

  it('without an etag, the last write wins', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    await update(api, created.id, { title: 'one' });
    await update(api, created.id, { title: 'two' });
    expect(await read(api, created.id)).toMatchObject({ title: 'two', version: 3 });
  });

  it('of two concurrent updates with the same etag, exactly one succeeds', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => update(api, created.id, { title: `writer ${i}` }, created.etag)));
    const winners = results.filter((r) => r.__typename === 'UpdateIntegrationPayload');
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'EtagMismatchError')).toHaveLength(7);
    const after = await read(api, created.id);
    expect(after.version).toBe(2);
    const revisions = (await api.request(GetRevisions, { id: created.id })).body.data!.integration!.revisions;
    expect(revisions.totalCount).toBe(2);
  });

  it('concurrent updates without etags are all applied, none lost', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    await Promise.all(Array.from({ length: 10 }, (_, i) => update(api, created.id, { metadata: { [`k${i}`]: i } })));
    const after = await read(api, created.id);
    expect(Object.keys(after.metadata).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `k${i}`).sort());
    expect(after.version).toBe(11);
  });

  it('an update that changes nothing keeps the etag and version and writes no revision', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { labels: ['prod'], metadata: { team: 'data' } });
    const result = await update(
      api,
      created.id,
      // The secret is left out: a given secret is always a rewrite (no equality oracle).
      {
        title: 'Athena prod',
        labels: ['prod'],
        metadata: { team: 'data' },
        config: { athena: { ...configs.athena.athena, accessKey: { accessKeyId: 'AKIAEXAMPLE' } } },
      },
      created.etag,
    );
    expect(result).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { etag: created.etag, version: 1 } });
    const revisions = (await api.request(GetRevisions, { id: created.id })).body.data!.integration!.revisions;
    expect(revisions.totalCount).toBe(1);
  });

  it('records each change as a revision with the key name, changed paths and a redacted snapshot', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    await update(api, created.id, { title: 'Athena (prod)', metadata: { owner: 'ana' } });
    const revisions = (await api.request(GetRevisions, { id: created.id })).body.data!.integration!.revisions;
    expect(revisions.edges.map((e) => e.node.version)).toEqual([2, 1]);
    const latest = revisions.edges[0].node;
    expect(latest).toMatchObject({ action: 'UPDATE', actor: `${api.tenant} writer`, changedPaths: ['title', 'metadata.owner'] });
    expect(latest.snapshot.config.accessKey.secretAccessKey).toMatchObject({ isSet: true });
    expect(JSON.stringify(revisions)).not.toContain(secrets.athena);
  });

  it('writes each revision snapshot exactly as the integration reads after that change', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const readBack = `query($id: ID!) { integration(id: $id) { version etag title description labels metadata customerId disabled
      config { ... on AthenaConfig { region workgroup accessKey { accessKeyId secretAccessKey { isSet updatedAt } } } }
      revisions(first: 1) { edges { node { version etag snapshot } } } } }`;
    const steps = [
      { title: 'Athena (prod)', description: 'the warehouse', labels: ['prod', 'eu'], customerId: 'c-1' },
      { metadata: { owner: 'ana', team: null }, disabled: true },
      {
        config: { athena: { ...configs.athena.athena, region: 'us-east-1', accessKey: { accessKeyId: 'AKIANEW', secretAccessKey: 'SECRET-rotated-athena' } } },
      },
      { description: null, customerId: null, disabled: false },
    ];
    for (const [index, input] of steps.entries()) {
      await update(api, created.id, input as never);
      // biome-ignore lint/suspicious/noExplicitAny: the read-back is compared field by field with each input
      const response = await api.request<{ integration: Record<string, any> }, { id: string }>(readBack, { id: created.id });
      const integration = response.body.data!.integration;
      const revision = integration.revisions.edges[0].node;
      expect(integration.version).toBe(index + 2);
      expect(revision).toMatchObject({ version: integration.version, etag: integration.etag });
      const { title, description, labels, metadata, customerId, disabled, config } = integration;
      expect(revision.snapshot).toMatchObject({ title, description, labels, metadata, customerId, disabled });
      expect(revision.snapshot.config).toMatchObject({
        region: config.region,
        workgroup: config.workgroup,
        accessKey: { accessKeyId: config.accessKey.accessKeyId, secretAccessKey: config.accessKey.secretAccessKey },
      });
    }
  });

  it('a read key cannot update: PERMISSION_DENIED with HTTP 403', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const response = await api.request(UpdateIntegration, { id: created.id, input: { title: 'x' } }, { key: api.readKey });
    expect(response.status).toBe(403);
    expect(response.body.errors?.[0].extensions?.code).toBe('PERMISSION_DENIED');
    expect((await read(api, created.id)).version).toBe(1);
  });
});

describe('updateIntegration: planning from the row this gateway last wrote', () => {
  /**
   * Two gateways on one database, as two replicas, each keeping the rows it wrote: A titles an
   * integration 'by A', then B writes over the version A holds in memory ('by B'). A's copy is now
   * stale but still has the etag A gave out (`first`).
   */
  async function movedOnByAnotherReplica() {
    const keyring = new Keyring(generateKey());
    const a = await startTestApi(database(), { keyring });
    const b = await startTestApi(database(), { keyring });
    const created = await createIntegration(a);
    const first = await update(a, created.id, { title: 'by A' }, created.etag);
    if (first.__typename !== 'UpdateIntegrationPayload') throw new Error(first.__typename);
    const byB = (await b.request(UpdateIntegration, { id: created.id, etag: first.integration.etag, input: { title: 'by B' } }, { key: a.writeKey })).body.data!
      .updateIntegration;
    if (byB.__typename !== 'UpdateIntegrationPayload') throw new Error(byB.__typename);
    return { a, id: created.id, first: first.integration.etag, byB: byB.integration.etag };
  }

  it('answers EtagMismatchError and changes nothing when another replica moved the row on', async () => {
    const { a, id, first, byB } = await movedOnByAnotherReplica();
    const stale = await update(a, id, { title: 'by A again' }, first);
    expect(stale).toMatchObject({ __typename: 'EtagMismatchError', currentEtag: byB, currentVersion: 3 });
    expect(await read(a, id)).toMatchObject({ title: 'by B', etag: byB, version: 3 });
    // With the etag B gave out, A reads the row again and the update goes through on top of B's.
    const next = await update(a, id, { description: 'after B' }, byB);
    expect(next).toMatchObject({ integration: { title: 'by B', description: 'after B', version: 4 } });
    const revisions = (await a.request(GetRevisions, { id })).body.data!.integration!.revisions.edges.map((e) => e.node);
    expect(revisions.map((r) => r.version)).toEqual([4, 3, 2, 1]);
  });

  it('answers EtagMismatchError to a no-op sent with the etag this replica gave out, once another replica moved the row on', async () => {
    const { a, id, first, byB } = await movedOnByAnotherReplica();
    // Against A's copy of the row this changes nothing; against the row as it is, the etag is stale.
    const stale = await update(a, id, { title: 'by A' }, first);
    expect(stale).toMatchObject({ __typename: 'EtagMismatchError', currentEtag: byB, currentVersion: 3 });
    expect(await read(a, id)).toMatchObject({ title: 'by B', version: 3 });
  });

  it('answers a no-op from a fresh read: a status recorded since (no new etag) is shown', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const first = await update(api, created.id, { title: 'checked' }, created.etag);
    if (first.__typename !== 'UpdateIntegrationPayload') throw new Error(first.__typename);
    await sql`update integrations set status_state = 'HEALTHY', status_checked_at = now() where id = ${decodeIntegrationId(created.id)}`.execute(
      api.database.db,
    );
    const same = await update(api, created.id, { title: 'checked' }, first.integration.etag);
    expect(same).toMatchObject({ integration: { etag: first.integration.etag, version: 2, status: { state: 'HEALTHY' } } });
  });

  it('reads the row for a config change, so secrets re-encrypted by rotation since are not written back', async () => {
    const oldKey = generateKey();
    const newKey = generateKey();
    // A database of its own: rotation goes over every integration, and the others here have other keys.
    const own = await openTestDatabase();
    onTestFinished(() => own.close());
    const api = await startTestApi(own, { keyring: new Keyring(newKey, [oldKey]) });
    const created = await createIntegration(api, { title: 'API', config: configs.httpApi });
    const first = await update(api, created.id, { title: 'before rotation' }, created.etag);
    if (first.__typename !== 'UpdateIntegrationPayload') throw new Error(first.__typename);
    // Rotation to the other key: the etag stays, the stored ciphertexts change.
    await rotateSecrets(api.database.db, new Keyring(oldKey, [newKey]));
    const stored = async () =>
      (
        await sql<{
          secrets: Record<string, { kid: string; ct: string }>;
        }>`select secrets from integrations where id = ${decodeIntegrationId(created.id)}`.execute(api.database.db)
      ).rows[0].secrets;
    const rotated = await stored();
    // A new bearer token: the two secrets kept must keep the ciphertexts rotation wrote.
    const { oauth2 } = configs.httpApi.httpApi.credentials;
    const config = {
      httpApi: {
        ...configs.httpApi.httpApi,
        credentials: { oauth2: { clientId: oauth2.clientId, tokenHost: oauth2.tokenHost } },
        authorization: { bearer: { token: 'new-token-VALUE' } },
        webhook: { signatureVerification: {} },
      },
    };
    const changed = await update(api, created.id, { config }, first.integration.etag);
    expect(changed).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { version: 3 } });
    const after = await stored();
    const kept = Object.keys(rotated).filter((path) => !path.startsWith('authorization'));
    expect(kept).toHaveLength(2);
    for (const path of kept) expect(after[path]).toEqual(rotated[path]);
    expect(after['authorization.bearer.token']?.kid).toBe(new Keyring(newKey).currentKeyId);
  });
});
