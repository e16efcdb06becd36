// Per-request DataLoaders: integrations by id and revision pages by integration, each a single
// statement per batch, scoped to the caller's tenant.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { ReadScope } from '../core/actor.js';
import type { Page } from '../core/paging.js';
import type { Database } from '../db/database.js';
import { type IntegrationRecord, toRecord } from './integration.model.js';
import { findIntegrationsByIds, type ListedRevisionRow, listRevisionsForIntegrations } from './integration.repository.js';
import type { IntegrationRevision } from './revision.model.js';

export interface RevisionPageKey {
  integrationId: string;
  /** How many revisions to read: one more than the page (core/paging.ts). */
  limit: number;
  beforeVersion?: number;
  /** Whether the revisions' snapshots are read: a page read without them does not fetch them. */
  withSnapshot: boolean;
}

export type RevisionPage = Page<IntegrationRevision>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function createIntegrationLoaders(db: Kysely<Database>, scope: ReadScope, observeBatch: (loader: string, size: number) => void = () => {}) {
  const integrationById = new DataLoader<string, IntegrationRecord | null>(async (ids) => {
    observeBatch('integrationById', ids.length);
    const valid = ids.filter((id) => UUID.test(id));
    const rows = valid.length > 0 ? await findIntegrationsByIds(db, scope, valid) : [];
    const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  // Keys with the same page arguments share one statement; different arguments, one statement each.
  const revisionPage = new DataLoader<RevisionPageKey, RevisionPage, string>(
    async (keys) => {
      observeBatch('revisionPage', keys.length);
      const groups = new Map<string, RevisionPageKey[]>();
      for (const key of keys) {
        const group = `${key.limit}:${key.beforeVersion ?? ''}:${key.withSnapshot}`;
        const members = groups.get(group);
        if (members) members.push(key);
        else groups.set(group, [key]);
      }
      const pages = new Map<string, RevisionPage>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { limit, beforeVersion, withSnapshot } = group[0];
          const rows = await listRevisionsForIntegrations(db, {
            tenantId: scope.tenantId,
            integrationIds: [...new Set(group.map((k) => k.integrationId))],
            beforeVersion,
            limit,
            withSnapshot,
          });
          // One pass groups the rows by integration (not a filter over all rows for each key).
          const byIntegration = new Map<string, ListedRevisionRow[]>();
          for (const row of rows) {
            const mine = byIntegration.get(row.integration_id);
            if (mine) mine.push(row);
            else byIntegration.set(row.integration_id, [row]);
          }
          for (const key of group) {
            const all = byIntegration.get(key.integrationId) ?? [];
            const mine = all.filter((row) => row.in_page);
            pages.set(revisionKey(key), { nodes: mine.map(revisionOf), totalCount: all[0]?.total_count ?? 0 });
          }
        }),
      );
      return keys.map((key) => pages.get(revisionKey(key)) as RevisionPage);
    },
    { cacheKeyFn: revisionKey },
  );

  return { integrationById, revisionPage };
}

/**
 * The revision of a listed row; its snapshot is parsed on first read. A page fetched without
 * snapshots (the query did not select them) has none to read: reading one is a bug, not a null.
 * A class, so the getter lives on the prototype: a per-object defineProperty cost a list of 100
 * integrations with 3 revisions 3 % of its CPU (bench/README.md, "Ninth round").
 */
class ListedRevision implements IntegrationRevision {
  readonly integrationId: string;
  readonly version: number;
  readonly action: IntegrationRevision['action'];
  readonly etag: string;
  readonly createdAt: Date;
  readonly actor: string | null;
  readonly changedPaths: string[];
  readonly restoredFrom: number | null;
  #text: string | null;
  #snapshot: IntegrationRevision['snapshot'] | undefined;

  constructor(row: ListedRevisionRow) {
    this.integrationId = row.integration_id;
    this.version = row.version;
    this.action = row.action;
    this.etag = row.etag;
    this.createdAt = row.created_at instanceof Date ? row.created_at : new Date(row.created_at);
    this.actor = row.actor;
    this.changedPaths = row.changed_paths;
    this.restoredFrom = row.restored_from;
    this.#text = row.snapshot_text;
  }

  get snapshot(): IntegrationRevision['snapshot'] {
    if (this.#text === null) throw new Error('revision snapshot read from a page fetched without snapshots');
    this.#snapshot ??= JSON.parse(this.#text) as IntegrationRevision['snapshot'];
    return this.#snapshot;
  }
}

const revisionOf = (row: ListedRevisionRow): IntegrationRevision => new ListedRevision(row);

function revisionKey(key: RevisionPageKey): string {
  return `${key.integrationId}:${key.limit}:${key.beforeVersion ?? ''}:${key.withSnapshot}`;
}

export type IntegrationLoaders = ReturnType<typeof createIntegrationLoaders>;
