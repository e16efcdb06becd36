// Re-encrypts every stored secret under the current key (`npm run cli -- secrets rotate`). The old
// key must still be configured (SECRETS_OLD_KEYS) so its ciphertexts can be read. Rotation is not
// a change of the integration: etag, version and revisions stay as they are, and so do the secrets'
// fingerprints; rotation also gives one to secrets written before fingerprints existed.
import type { Kysely } from 'kysely';
import type { Database, EncryptedSecret } from '../db/database.js';
import { type Keyring, newFingerprint, secretAad } from './keyring.js';
import { listIntegrationSecretsPage, replaceIntegrationSecrets } from './rotation.repository.js';

export async function rotateSecrets(db: Kysely<Database>, keyring: Keyring): Promise<{ integrations: number; secrets: number }> {
  let after = '00000000-0000-0000-0000-000000000000';
  let integrations = 0;
  let secrets = 0;
  for (;;) {
    const page = await listIntegrationSecretsPage(db, after, 200);
    if (page.length === 0) break;
    for (const row of page) {
      after = row.id;
      // Stale: under an old key, its match tag under an old key, or written before fingerprints.
      const current = keyring.currentKeyId;
      const stale = Object.entries(row.secrets).filter(([, secret]) => secret.kid !== current || secret.mk !== current || secret.fp === undefined);
      if (stale.length === 0) continue;
      const next: Record<string, EncryptedSecret> = { ...row.secrets };
      for (const [path, secret] of stale) {
        const aad = secretAad(row.id, path);
        const value = keyring.decrypt(secret, aad);
        const encrypted = secret.kid === current ? secret : keyring.encrypt(value, aad, new Date(secret.updatedAt));
        // The fingerprint stays (rotation does not change the value); the match tag moves to the current key.
        next[path] = { ...encrypted, fp: secret.fp ?? newFingerprint(), ...keyring.matchTag(row.id, path, value) };
      }
      // Guarded by the old ciphertexts: a concurrent update wins and this row is retried next run.
      if (await replaceIntegrationSecrets(db, row.id, row.secrets, next)) {
        integrations += 1;
        secrets += stale.length;
      }
    }
  }
  return { integrations, secrets };
}
