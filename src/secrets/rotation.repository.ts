// SQL of key rotation (rotation.ts): pages of every integration's stored secrets, and their
// replacement guarded by the ciphertexts it read. Owned here, not by the integrations repository:
// rotation is not a change of the integration (no etag, version or revision).
import { type Kysely, sql } from 'kysely';
import type { Database, EncryptedSecret } from '../db/database.js';
import { run } from '../db/named-query.js';

type Db = Kysely<Database>;

export function listIntegrationSecretsPage(db: Db, afterId: string, limit: number) {
  return run(db, 'listIntegrationSecretsPage', db.selectFrom('integrations').select(['id', 'secrets']).where('id', '>', afterId).orderBy('id').limit(limit));
}

export async function replaceIntegrationSecrets(
  db: Db,
  id: string,
  expected: Record<string, EncryptedSecret>,
  next: Record<string, EncryptedSecret>,
): Promise<boolean> {
  const rows = await run(
    db,
    'replaceIntegrationSecrets',
    db
      .updateTable('integrations')
      .set({ secrets: JSON.stringify(next) })
      .where('id', '=', id)
      .where(sql<boolean>`secrets = ${JSON.stringify(expected)}::jsonb`)
      .returning('id'),
  );
  return rows.length === 1;
}

/** A page of the revisions that keep secrets, in (integration, version) order after `after`. */
export async function listRevisionSecretsPage(db: Db, after: { id: string; version: number }, limit: number) {
  const rows = await run(
    db,
    'listRevisionSecretsPage',
    db
      .selectFrom('integration_revisions')
      .select(['integration_id', 'version', 'secrets'])
      .where('secrets', 'is not', null)
      .where((eb) => eb(eb.refTuple('integration_id', 'version'), '>', eb.tuple(after.id, after.version)))
      .orderBy('integration_id')
      .orderBy('version')
      .limit(limit),
  );
  return rows as { integration_id: string; version: number; secrets: Record<string, EncryptedSecret> }[];
}

export async function replaceRevisionSecrets(
  db: Db,
  integrationId: string,
  version: number,
  expected: Record<string, EncryptedSecret>,
  next: Record<string, EncryptedSecret>,
): Promise<boolean> {
  const rows = await run(
    db,
    'replaceRevisionSecrets',
    db
      .updateTable('integration_revisions')
      .set({ secrets: JSON.stringify(next) })
      .where('integration_id', '=', integrationId)
      .where('version', '=', version)
      .where(sql<boolean>`secrets = ${JSON.stringify(expected)}::jsonb`)
      .returning('version'),
  );
  return rows.length === 1;
}

/** A page of connector configs' shared secrets (configs keep no secrets in their revisions). */
export function listConfigSecretsPage(db: Db, afterId: string, limit: number) {
  return run(
    db,
    'listConnectorConfigSecretsPage',
    db.selectFrom('connector_configs').select(['id', 'secrets']).where('id', '>', afterId).orderBy('id').limit(limit),
  );
}

export async function replaceConfigSecrets(
  db: Db,
  id: string,
  expected: Record<string, EncryptedSecret>,
  next: Record<string, EncryptedSecret>,
): Promise<boolean> {
  const rows = await run(
    db,
    'replaceConnectorConfigSecrets',
    db
      .updateTable('connector_configs')
      .set({ secrets: JSON.stringify(next) })
      .where('id', '=', id)
      .where(sql<boolean>`secrets = ${JSON.stringify(expected)}::jsonb`)
      .returning('id'),
  );
  return rows.length === 1;
}

/** A page of webhook endpoints' signing secrets. */
export function listWebhookSecretsPage(db: Db, afterId: string, limit: number) {
  return run(db, 'listWebhookSecretsPage', db.selectFrom('webhook_endpoints').select(['id', 'secret']).where('id', '>', afterId).orderBy('id').limit(limit));
}

/** Replaces a signing secret's ciphertext, unless a rotateSecret changed it meanwhile. */
export async function replaceWebhookSecret(db: Db, id: string, expected: EncryptedSecret, next: EncryptedSecret): Promise<boolean> {
  const rows = await run(
    db,
    'replaceWebhookSecret',
    db
      .updateTable('webhook_endpoints')
      .set({ secret: JSON.stringify(next) })
      .where('id', '=', id)
      .where(sql<boolean>`secret = ${JSON.stringify(expected)}::jsonb`)
      .returning('id'),
  );
  return rows.length === 1;
}
