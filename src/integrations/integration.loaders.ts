// Per-request DataLoaders: integrations by id and revision pages by integration, each a single
// statement per batch, scoped to the caller's tenant.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database, IntegrationRevisionRow } from '../db/database.js';
import { type IntegrationRecord, toRecord } from './integration.model.js';
import { findIntegrationsByIds, listRevisionsForIntegrations } from './integration.repository.js';
import type { Page } from './integration.queries.js';

export interface RevisionPageKey {
  integrationId: string;
  first: number;
  beforeVersion?: number;
}

export type RevisionPage = Page<IntegrationRevisionRow>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function createIntegrationLoaders(
  db: Kysely<Database>,
  tenantId: string,
  observeBatch: (loader: string, size: number) => void = () => {},
) {
  const integrationById = new DataLoader<string, IntegrationRecord | null>(async (ids) => {
    observeBatch('integrationById', ids.length);
    const valid = ids.filter((id) => UUID.test(id));
    const rows = valid.length > 0 ? await findIntegrationsByIds(db, tenantId, valid) : [];
    const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  // Keys with the same page arguments share one statement; different arguments, one statement each.
  const revisionPage = new DataLoader<RevisionPageKey, RevisionPage, string>(
    async (keys) => {
      observeBatch('revisionPage', keys.length);
      const groups = new Map<string, RevisionPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}:${key.beforeVersion ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, RevisionPage>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { first, beforeVersion } = group[0];
          const rows = await listRevisionsForIntegrations(db, {
            tenantId,
            integrationIds: [...new Set(group.map((k) => k.integrationId))],
            beforeVersion,
            limit: first + 1,
          });
          for (const key of group) {
            const all = rows.filter((row) => row.integration_id === key.integrationId);
            const mine = all.filter((row) => row.in_page);
            pages.set(revisionKey(key), {
              items: mine.slice(0, first).map((node) => ({ cursor: String(node.version), node })),
              hasNextPage: mine.length > first,
              hasPreviousPage: beforeVersion !== undefined,
              totalCount: all[0]?.total_count ?? 0,
            });
          }
        }),
      );
      return keys.map((key) => pages.get(revisionKey(key)) as RevisionPage);
    },
    { cacheKeyFn: revisionKey },
  );

  return { integrationById, revisionPage };
}

function revisionKey(key: RevisionPageKey): string {
  return `${key.integrationId}:${key.first}:${key.beforeVersion ?? ''}`;
}

export type IntegrationLoaders = ReturnType<typeof createIntegrationLoaders>;
