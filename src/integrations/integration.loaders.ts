// Per-request DataLoaders: integrations by id and revision pages by integration, each a single
// statement per batch, scoped to the caller's tenant.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { ReadScope } from '../core/actor.js';
import type { Page } from '../core/paging.js';
import type { Database } from '../db/database.js';
import { type IntegrationRecord, toRecord } from './integration.model.js';
import { findIntegrationsByIds, type ListedRevisionTuple, listRevisionsForIntegrations } from './integration.repository.js';
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
          const byIntegration = new Map<string, RevisionPage>();
          for (const row of rows) byIntegration.set(row.integration_id, listedRevisionPage(row.integration_id, row.total_count, row.page));
          for (const key of group) pages.set(revisionKey(key), byIntegration.get(key.integrationId) ?? { nodes: [], totalCount: 0 });
        }),
      );
      return keys.map((key) => pages.get(revisionKey(key)) as RevisionPage);
    },
    { cacheKeyFn: revisionKey },
  );

  /**
   * The first pages of revisions a list read with its nodes (schema/integration-list.ts), by
   * integration, with the page arguments they answer: the revisions resolver takes its page from
   * here without a promise, and asks revisionPage for any other.
   */
  const revisionsReadWithList: { limit: number; withSnapshot: boolean; pages: Map<string, RevisionPage> } = {
    limit: -1,
    withSnapshot: false,
    pages: new Map(),
  };

  return { integrationById, revisionPage, revisionsReadWithList };
}

/** A page of an integration's revisions as listed (ListedRevisionTuple), to answer a revisionPage key. */
export function listedRevisionPage(integrationId: string, totalCount: number, tuples: readonly ListedRevisionTuple[]): RevisionPage {
  return { nodes: tuples.map((tuple) => new ListedRevision(integrationId, tuple)), totalCount };
}

/**
 * A revision of a listed page; its snapshot is parsed on first read. A page fetched without
 * snapshots (the query did not select them) has none to read: reading one is a bug, not a null.
 * A class, so the getter lives on the prototype: a per-object defineProperty cost a list of 100
 * integrations with 3 revisions 3 % of its CPU (bench/README.md, "Ninth round").
 */
class ListedRevision implements IntegrationRevision {
  readonly version: number;
  readonly action: IntegrationRevision['action'];
  readonly etag: string;
  readonly createdAt: Date;
  readonly actor: string | null;
  readonly changedPaths: string[];
  readonly restoredFrom: number | null;
  #text: string | null;
  #snapshot: IntegrationRevision['snapshot'] | undefined;

  constructor(
    readonly integrationId: string,
    [version, action, etag, createdAtMs, actor, changedPaths, restoredFrom, snapshotText]: ListedRevisionTuple,
  ) {
    this.version = version;
    this.action = action;
    this.etag = etag;
    this.createdAt = new Date(createdAtMs);
    this.actor = actor;
    this.changedPaths = changedPaths;
    this.restoredFrom = restoredFrom;
    this.#text = snapshotText;
  }

  get snapshot(): IntegrationRevision['snapshot'] {
    if (this.#text === null) throw new Error('revision snapshot read from a page fetched without snapshots');
    this.#snapshot ??= JSON.parse(this.#text) as IntegrationRevision['snapshot'];
    return this.#snapshot;
  }
}

function revisionKey(key: RevisionPageKey): string {
  return `${key.integrationId}:${key.limit}:${key.beforeVersion ?? ''}:${key.withSnapshot}`;
}

export type IntegrationLoaders = ReturnType<typeof createIntegrationLoaders>;
