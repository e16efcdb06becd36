// Per-request DataLoader: the newest transfer of many integrations in one statement.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database, TransferRow } from '../db/database.js';
import { findLastTransfers } from './transfer.repository.js';

export function createTransferLoaders(db: Kysely<Database>, tenantId: string, observeBatch: (loader: string, size: number) => void = () => {}) {
  const lastTransfer = new DataLoader<string, TransferRow | null>(async (integrationIds) => {
    observeBatch('lastTransfer', integrationIds.length);
    const rows = await findLastTransfers(db, tenantId, integrationIds);
    const byIntegration = new Map(rows.map((row) => [row.integration_id, row]));
    return integrationIds.map((id) => byIntegration.get(id) ?? null);
  });
  return { lastTransfer };
}
