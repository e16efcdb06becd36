// Secrets at rest: AES-256-GCM with a key id beside each ciphertext, key rotation through the CLI,
// and the rules for where the key comes from.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { EncryptedSecret } from '../src/db/database.js';
import { generateKey, Keyring, keyringFromConfig, SecretsKeyError } from '../src/secrets/keyring.js';
import { rotateSecrets } from '../src/secrets/rotation.js';
import { endpointSecretAad } from '../src/webhooks/webhook.service.js';
import { GetIntegration, UpdateIntegration } from './documents/integrations.js';
import { startTestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration, secrets } from './helpers/fixtures.js';
import { freePort, startServerProcess } from './helpers/processes.js';

const database = useTestDatabase();

describe('the keyring', () => {
  it('encrypts with AES-256-GCM, binds a ciphertext to its integration and path, and reads old keys', () => {
    const oldKey = generateKey();
    const old = new Keyring(oldKey);
    const sealed = old.encrypt('pg-pass', 'int-1:auth.passwordAuth.password', new Date());
    expect(JSON.stringify(sealed)).not.toContain('pg-pass');
    expect(sealed.kid).toBe(old.currentKeyId);
    expect(() => old.decrypt(sealed, 'int-2:auth.passwordAuth.password')).toThrow();
    const rotated = new Keyring(generateKey(), [oldKey]);
    expect(rotated.decrypt(sealed, 'int-1:auth.passwordAuth.password')).toBe('pg-pass');
    expect(() => new Keyring(generateKey()).decrypt(sealed, 'int-1:auth.passwordAuth.password')).toThrow(SecretsKeyError);
    expect(() => new Keyring('too-short')).toThrow(/32 bytes/);
  });

  it('refuses to run on PostgreSQL without SECRETS_KEY, and makes a dev key in DATA_DIR on the embedded default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    try {
      expect(() => keyringFromConfig({ DATABASE_URL: 'postgres://x/y', DATA_DIR: dir }, () => {})).toThrow(/SECRETS_KEY is required/);
      const warnings: string[] = [];
      const first = keyringFromConfig({ DATA_DIR: dir }, (m) => warnings.push(m));
      expect(existsSync(join(dir, 'secrets.key'))).toBe(true);
      expect(warnings[0]).toMatch(/generated a development key/);
      const again = keyringFromConfig({ DATA_DIR: dir }, (m) => warnings.push(m));
      expect(again.currentKeyId).toBe(first.currentKeyId);
      expect(warnings).toHaveLength(1);
      expect(readFileSync(join(dir, 'secrets.key'), 'utf8').trim()).toHaveLength(44);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the server says why and exits when DATABASE_URL is set without SECRETS_KEY', async () => {
    const port = await freePort();
    await expect(startServerProcess({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', SECRETS_KEY: '', DATA_DIR: tmpdir() }, port)).rejects.toThrow(
      /SECRETS_KEY is required/,
    );
  });
});

describe('secrets rotate', () => {
  it('re-encrypts every secret under the new key without changing etags, and the secrets still work', async () => {
    const oldKey = generateKey();
    const api = await startTestApi(database(), { keyring: new Keyring(oldKey) });
    const athena = await createIntegration(api);
    const http = await createIntegration(api, { title: 'API', config: configs.httpApi });
    // A connector config's shared secret is rotated with the rest (under its own AAD).
    await api.request(
      'mutation { createConnectorConfig(input: { title: "C", connector: HTTP_API, settings: { baseUrl: "https://c.example.com", authorization: { bearer: { token: "config-token-value" } } } }) { __typename } }',
      {},
    );
    // A webhook endpoint's signing secret too: afterwards it decrypts under the new key alone.
    const endpoint = (
      await api.request(
        'mutation { createWebhookEndpoint(input: { url: "https://hooks.example.com/x" }) { ... on WebhookEndpointPayload { signingSecret endpoint { id } } } }',
        {},
      )
    ).body.data as { createWebhookEndpoint: { signingSecret: string; endpoint: { id: string } } };
    const rows = () =>
      sql<{
        id: string;
        secrets: Record<string, { kid: string }>;
      }>`select id, secrets from integrations union all select id, secrets from connector_configs`.execute(api.database.db);

    const newKey = generateKey();
    const result = await rotateSecrets(api.database.db, new Keyring(newKey, [oldKey]));
    expect(result).toEqual({ integrations: 2, secrets: 1 + 3 + 1 + 1, revisions: 2, configs: 1, webhooks: 1 });
    const onlyNew = new Keyring(newKey);
    const signing = (await sql<{ id: string; secret: EncryptedSecret }>`select id, secret from webhook_endpoints`.execute(api.database.db)).rows[0]!;
    expect(signing.secret.kid).toBe(onlyNew.currentKeyId);
    expect(onlyNew.decrypt(signing.secret, endpointSecretAad(signing.id))).toBe(endpoint.createWebhookEndpoint.signingSecret);
    for (const row of (await rows()).rows) {
      for (const secret of Object.values(row.secrets)) expect(secret.kid).toBe(onlyNew.currentKeyId);
    }
    expect((await rotateSecrets(api.database.db, new Keyring(newKey, [oldKey]))).secrets).toBe(0);
    expect((await api.request(GetIntegration, { id: athena.id })).body.data!.integration).toMatchObject({ etag: athena.etag, version: 1 });
    expect((await api.request(GetIntegration, { id: http.id })).body.data!.integration).toMatchObject({ etag: http.etag, version: 1 });

    // A server that knows only the new key still merges the stored secrets on update.
    const rotatedServer = await startTestApi(database(), { keyring: onlyNew });
    const updated = await rotatedServer.request(
      UpdateIntegration,
      { id: athena.id, input: { config: { athena: { ...configs.athena.athena, accessKey: { accessKeyId: 'AKIAOTHER' } } } } as never },
      { key: api.writeKey },
    );
    expect(updated.body.data?.updateIntegration).toMatchObject({
      __typename: 'UpdateIntegrationPayload',
      integration: { version: 2, config: { accessKey: { accessKeyId: 'AKIAOTHER', secretAccessKey: { isSet: true } } } },
    });
    const text = JSON.stringify((await rows()).rows);
    for (const value of Object.values(secrets)) expect(text).not.toContain(value);
  });
});
