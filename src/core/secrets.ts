// The one way to read an integration's stored secrets in plaintext: for the checks that connect
// with them, the scrub of transfer reports, and an update that keeps the ones it leaves out.
import type { IntegrationRow } from '../db/database.js';
import { type Keyring, secretAad } from '../secrets/keyring.js';

/** The plaintext of every stored secret of an integration, by path. */
export function decryptSecrets(keyring: Keyring, row: Pick<IntegrationRow, 'id' | 'secrets'>): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const [path, secret] of Object.entries(row.secrets)) plain[path] = keyring.decrypt(secret, secretAad(row.id, path));
  return plain;
}
