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
