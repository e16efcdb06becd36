// Secret fingerprints over HTTP on both databases (issue 19): a fingerprint changes exactly when the
// stored value changes, survives key rotation, means nothing outside its integration and path, is
// null on a dry run for a value the dry run would write, and the match tag behind it never leaves.
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { decodeIntegrationId } from '../src/integrations/ids.js';
import { generateKey, Keyring } from '../src/secrets/keyring.js';
import { rotateSecrets } from '../src/secrets/rotation.js';
import { rootFieldOf, startTestApi, type TestApi } from './helpers/api.js';
import { openTestDatabase, useTestDatabase } from './helpers/database.js';
import { configs, createIntegration, secrets } from './helpers/fixtures.js';

const database = useTestDatabase();

const PASSWORD = `config { ... on PostgresConfig { auth { ... on PasswordAuth { password { isSet updatedAt fingerprint } } } } }`;
const READ = `query($id: ID!) { integration(id: $id) { etag version ${PASSWORD} revisions(first: 1) { edges { node { snapshot } } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!, $dryRun: Boolean) {
  updateIntegration(id: $id, input: $input, dryRun: $dryRun) { __typename ... on UpdateIntegrationPayload { integration { etag version ${PASSWORD} } } } }`;

interface Secret {
  isSet: boolean;
  updatedAt: string | null;
  fingerprint: string | null;
}
interface Read {
  etag: string;
  version: number;
  config: { auth: { password: Secret } };
  revisions: { edges: { node: { snapshot: { config: { auth: { passwordAuth: { password: Secret } } } } } }[] };
}

const withPassword = (password: string) => ({ postgres: { ...configs.postgres.postgres, auth: { passwordAuth: { username: 'loader', password } } } });
/** A database of its own: rotation walks every integration, and the file's shared one holds other keys' secrets. */
async function ownDatabase() {
  const handle = await openTestDatabase();
  onTestFinished(() => handle.close());
  return handle;
}

const read = (api: TestApi, id: string, key?: string) => rootFieldOf<Read>(api, READ, { id }, key);
const fingerprint = async (api: TestApi, id: string, key?: string) => (await read(api, id, key)).config.auth.password.fingerprint;
const update = (api: TestApi, id: string, input: object, key?: string, dryRun?: boolean) =>
  rootFieldOf<{ __typename: string; integration: { etag: string; version: number; config: { auth: { password: Secret } } } }>(
    api,
    UPDATE,
    { id, input, dryRun },
    key,
  );

describe('SecretValue.fingerprint', () => {
  it('is kept by a rewrite of the same value (which is still a new etag and version) and changes with the value', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: withPassword('first-VALUE') });
    const before = await read(api, id);
    const first = before.config.auth.password.fingerprint;
    expect(first).toMatch(/^sfp_[A-Za-z0-9_-]{22}$/);

    const rewritten = await update(api, id, { config: withPassword('first-VALUE') });
    expect(rewritten.integration.version).toBe(2);
    expect(rewritten.integration.etag).not.toBe(before.etag);
    expect(rewritten.integration.config.auth.password.fingerprint).toBe(first);

    const changed = await update(api, id, { config: withPassword('second-VALUE') });
    expect(changed.integration.config.auth.password.fingerprint).not.toBe(first);
    // Back to the first value: a new fingerprint again (it is not a function of the value).
    const back = await update(api, id, { config: withPassword('first-VALUE') });
    expect(back.integration.config.auth.password.fingerprint).not.toBe(first);
    expect(back.integration.config.auth.password.fingerprint).not.toBe(changed.integration.config.auth.password.fingerprint);

    // Left out: kept, value and fingerprint.
    const other = await update(api, id, { title: 'renamed' });
    expect(other.integration.config.auth.password.fingerprint).toBe(back.integration.config.auth.password.fingerprint);
  });

  it('cannot be compared across integrations: the same value has unrelated fingerprints', async () => {
    const api = await startTestApi(database());
    const a = await createIntegration(api, { config: withPassword('shared-VALUE') });
    const b = await createIntegration(api, { config: withPassword('shared-VALUE') });
    expect(await fingerprint(api, a.id)).not.toBe(await fingerprint(api, b.id));
  });

  it('is in the revision snapshots, and nothing behind it (match tag, key id, ciphertext) is in any answer', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: withPassword('snap-VALUE') });
    const now = await read(api, id);
    expect(now.revisions.edges[0].node.snapshot.config.auth.passwordAuth.password.fingerprint).toBe(now.config.auth.password.fingerprint);
    const text = JSON.stringify(now);
    for (const inner of ['"mh"', '"mk"', '"ct"', '"iv"', '"kid"', 'snap-VALUE']) expect(text).not.toContain(inner);
    const { rows } = await sql<{
      secrets: Record<string, { mh: string; fp: string }>;
    }>`select secrets from integrations where id = ${decodeIntegrationId(id)}`.execute(api.database.db);
    const stored = Object.values(rows[0].secrets)[0];
    expect(stored.fp).toBe(now.config.auth.password.fingerprint);
    expect(text).not.toContain(stored.mh);
  });

  it('is null on a dry run for the value it would write, whether or not it is the stored one (no oracle)', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: withPassword('dry-VALUE') });
    for (const value of ['dry-VALUE', 'a guess']) {
      const dry = await update(api, id, { config: withPassword(value) }, undefined, true);
      expect(dry.integration.config.auth.password).toMatchObject({ isSet: true, fingerprint: null });
    }
    const kept = await update(api, id, { title: 'x' }, undefined, true);
    expect(kept.integration.config.auth.password.fingerprint).toBe(await fingerprint(api, id));
  });

  it('survives key rotation, and a rewrite of the same value after it (old key gone) still keeps it', async () => {
    const oldKey = generateKey();
    const db = await ownDatabase();
    const api = await startTestApi(db, { keyring: new Keyring(oldKey) });
    const { id } = await createIntegration(api, { config: withPassword('rotate-VALUE') });
    const before = await fingerprint(api, id);
    const newKey = generateKey();
    await rotateSecrets(api.database.db, new Keyring(newKey, [oldKey]));
    const rotated = await startTestApi(db, { keyring: new Keyring(newKey) });
    expect(await fingerprint(rotated, id, api.writeKey)).toBe(before);
    const rewritten = await update(rotated, id, { config: withPassword('rotate-VALUE') }, api.writeKey);
    expect(rewritten.integration.config.auth.password.fingerprint).toBe(before);
    const changed = await update(rotated, id, { config: withPassword('rotated-other-VALUE') }, api.writeKey);
    expect(changed.integration.config.auth.password.fingerprint).not.toBe(before);
  });

  it('is null for a secret written before fingerprints existed, until a rotation gives it one (and the value still works)', async () => {
    const key = generateKey();
    const api = await startTestApi(await ownDatabase(), { keyring: new Keyring(key) });
    const { id } = await createIntegration(api, { config: withPassword('legacy-VALUE') });
    await sql`update integrations set secrets = (select jsonb_object_agg(k, v - 'fp' - 'mk' - 'mh') from jsonb_each(secrets) as e(k, v)) where id = ${decodeIntegrationId(
      id,
    )}`.execute(api.database.db);
    expect(await fingerprint(api, id)).toBeNull();
    expect((await rotateSecrets(api.database.db, new Keyring(key))).secrets).toBe(1);
    const given = await fingerprint(api, id);
    expect(given).toMatch(/^sfp_/);
    expect((await update(api, id, { config: withPassword('legacy-VALUE') })).integration.config.auth.password.fingerprint).toBe(given);
  });

  it('never holds a secret value in any stored column but the ciphertext', async () => {
    const api = await startTestApi(database());
    await createIntegration(api, { config: configs.httpApi });
    const { rows } = await sql<{ text: string }>`select secrets::text as text from integrations`.execute(api.database.db);
    for (const { text } of rows) for (const value of Object.values(secrets)) expect(text).not.toContain(value);
  });
});
