// Re-encrypts every stored secret under the current key (`npm run cli -- secrets rotate`). The old
// key must still be configured (SECRETS_OLD_KEYS) so its ciphertexts can be read. Rotation is not
// a change of the integration: etag, version and revisions stay as they are, and so do the secrets'
// fingerprints; rotation also gives one to secrets written before fingerprints existed.
import type { Kysely } from 'kysely';
import { configSecretOwner } from '../connector-configs/layers.js';
import type { Database, EncryptedSecret } from '../db/database.js';
import { endpointSecretAad } from '../webhooks/webhook.service.js';
import { type Keyring, newFingerprint, secretAad } from './keyring.js';
import {
  listConfigSecretsPage,
  listIntegrationSecretsPage,
  listRevisionSecretsPage,
  listWebhookSecretsPage,
  replaceConfigSecrets,
  replaceIntegrationSecrets,
  replaceRevisionSecrets,
  replaceWebhookSecret,
} from './rotation.repository.js';

/**
 * One row's secrets brought to the current key: re-encrypted when under an old key, the match tag
 * recomputed under the current key where the secret has one (a restored secret has none, on
 * purpose: integration.service.ts planRestore), and a fingerprint given to secrets from before
 * fingerprints. The fingerprint itself never changes. Null when nothing needs doing.
 */
function rotated(
  keyring: Keyring,
  integrationId: string,
  secrets: Record<string, EncryptedSecret>,
): { next: Record<string, EncryptedSecret>; count: number } | null {
  const current = keyring.currentKeyId;
  const legacy = (secret: EncryptedSecret) => secret.fp === undefined;
  const stale = Object.entries(secrets).filter(([, secret]) => secret.kid !== current || (secret.mh !== undefined && secret.mk !== current) || legacy(secret));
  if (stale.length === 0) return null;
  const next: Record<string, EncryptedSecret> = { ...secrets };
  for (const [path, secret] of stale) {
    const aad = secretAad(integrationId, path);
    const value = keyring.decrypt(secret, aad);
    const encrypted = secret.kid === current ? secret : { ...secret, ...keyring.encrypt(value, aad, new Date(secret.updatedAt)) };
    const tag = secret.mh !== undefined || legacy(secret) ? keyring.matchTag(integrationId, path, value) : {};
    next[path] = { ...encrypted, fp: secret.fp ?? newFingerprint(), ...tag };
  }
  return { next, count: stale.length };
}

export async function rotateSecrets(
  db: Kysely<Database>,
  keyring: Keyring,
): Promise<{ integrations: number; secrets: number; revisions: number; configs: number; webhooks: number }> {
  let after = '00000000-0000-0000-0000-000000000000';
  let integrations = 0;
  let secrets = 0;
  for (;;) {
    const page = await listIntegrationSecretsPage(db, after, 200);
    if (page.length === 0) break;
    for (const row of page) {
      after = row.id;
      const result = rotated(keyring, row.id, row.secrets);
      if (!result) continue;
      // Guarded by the old ciphertexts: a concurrent update wins and this row is retried next run.
      if (await replaceIntegrationSecrets(db, row.id, row.secrets, result.next)) {
        integrations += 1;
        secrets += result.count;
      }
    }
  }
  // The secrets revisions keep for restores are rotated alike, so no ciphertext stays under an old key.
  let revisions = 0;
  let position = { id: '00000000-0000-0000-0000-000000000000', version: 0 };
  for (;;) {
    const page = await listRevisionSecretsPage(db, position, 200);
    if (page.length === 0) break;
    for (const row of page) {
      position = { id: row.integration_id, version: row.version };
      const result = rotated(keyring, row.integration_id, row.secrets);
      if (result && (await replaceRevisionSecrets(db, row.integration_id, row.version, row.secrets, result.next))) revisions += 1;
    }
  }
  // Connector configs' shared secrets, under their own owner (connector-configs/layers.ts).
  let configs = 0;
  after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await listConfigSecretsPage(db, after, 200);
    if (page.length === 0) break;
    for (const row of page) {
      after = row.id;
      const result = rotated(keyring, configSecretOwner(row.id), row.secrets);
      if (result && (await replaceConfigSecrets(db, row.id, row.secrets, result.next))) {
        configs += 1;
        secrets += result.count;
      }
    }
  }
  // Webhook endpoints' signing secrets.
  let webhooks = 0;
  after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await listWebhookSecretsPage(db, after, 200);
    if (page.length === 0) break;
    for (const row of page) {
      after = row.id;
      if (row.secret.kid === keyring.currentKeyId) continue;
      const aad = endpointSecretAad(row.id);
      const next = { ...row.secret, ...keyring.encrypt(keyring.decrypt(row.secret, aad), aad, new Date(row.secret.updatedAt)) };
      if (await replaceWebhookSecret(db, row.id, row.secret, next)) {
        webhooks += 1;
        secrets += 1;
      }
    }
  }
  return { integrations, secrets, revisions, configs, webhooks };
}
