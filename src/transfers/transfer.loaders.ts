// Per-request DataLoaders: the newest transfer of many integrations, and pages of transfers of
// many integrations, each one statement per batch, scoped to the caller's tenant.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Page } from '../core/paging.js';
import type { Database, TransferRow } from '../db/database.js';
import { type Transfer, type TransferListPosition, toTransfer } from './transfer.model.js';
import { findLastSuccessEnds, findLastTransfers, type ListedTransferRow, listTransfersForIntegrations } from './transfer.repository.js';

export interface TransferPageKey {
  integrationId: string;
  /** How many transfers to read: one more than the page (core/paging.ts). */
  limit: number;
  after?: TransferListPosition;
  status?: string;
}

const transferPageKey = (key: TransferPageKey) =>
  `${key.integrationId}:${key.limit}:${key.status ?? ''}:${key.after ? `${key.after.endedAt}/${key.after.id}` : ''}`;

export function createTransferLoaders(db: Kysely<Database>, tenantId: string, observeBatch: (loader: string, size: number) => void = () => {}) {
  const lastTransfer = new DataLoader<string, Transfer | null>(async (integrationIds) => {
    observeBatch('lastTransfer', integrationIds.length);
    const rows = await findLastTransfers(db, tenantId, integrationIds);
    const byIntegration = new Map(rows.map((row) => [row.integration_id, toTransfer(row)]));
    return integrationIds.map((id) => byIntegration.get(id) ?? null);
  });

  // Every key of a batch, whatever its cursor, filter and size, is one query of the same statement.
  const transferPage = new DataLoader<TransferPageKey, Page<Transfer>, string>(
    async (keys) => {
      observeBatch('transferPage', keys.length);
      const rows = await listTransfersForIntegrations(db, tenantId, keys);
      const pages: Page<Transfer>[] = keys.map(() => ({ nodes: [], totalCount: 0 }));
      for (const row of rows) {
        const page = pages[row.query_index];
        if (!page) continue;
        page.totalCount = row.total_count;
        if (row.id !== null) page.nodes.push(toTransfer(asTransferRow(row)));
      }
      return pages;
    },
    { cacheKeyFn: transferPageKey },
  );

  const lastSuccessEndedAt = new DataLoader<string, Date | null>(async (integrationIds) => {
    observeBatch('lastSuccessEndedAt', integrationIds.length);
    const rows = await findLastSuccessEnds(db, tenantId, integrationIds);
    const byIntegration = new Map(rows.map((row) => [row.integration_id, new Date(row.ended_at)]));
    return integrationIds.map((id) => byIntegration.get(id) ?? null);
  });

  return { lastTransfer, transferPage, lastSuccessEndedAt };
}

/** A listed row that carries a transfer (its id is set): every column of it is then the row's. */
function asTransferRow(row: ListedTransferRow): TransferRow {
  const { query_index: _index, total_count: _count, ...columns } = row;
  return columns as TransferRow;
}
