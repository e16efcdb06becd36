// SQL for integrations and their revisions. Every function takes the
// Kysely handle first, so the same function runs inside a transaction; every statement is named.

import type { Compilable, Insertable, RawBuilder } from 'kysely';
import { type Kysely, sql } from 'kysely';
import type { ReadScope } from '../core/actor.js';
import type { ApprovalState, Database, IntegrationRevisionRow, IntegrationRevisionTable, IntegrationRow, NewIntegrationRow } from '../db/database.js';
import { type PreparedStatement, prepareStatement, run, runOne, runPrepared, runPreparedOne } from '../db/named-query.js';
import { type IntegrationChanges, sendWrite } from './update-batch.js';

type Db = Kysely<Database>;

export async function insertIntegration(db: Db, row: NewIntegrationRow): Promise<IntegrationRow> {
  const inserted = await runOne(db, 'insertIntegration', db.insertInto('integrations').values(row).returningAll());
  if (!inserted) throw new Error('insertIntegration returned no row');
  return inserted;
}

/**
 * The integrations a key can see that are not deleted: its tenant's, and only its environment's
 * when it has one. Every read of integrations starts here, so no read can forget the environment.
 */
const liveIntegrations = (db: Db, scope: ReadScope) => {
  const query = db.selectFrom('integrations').selectAll().where('tenant_id', '=', scope.tenantId).where('deleted_at', 'is', null);
  return scope.environmentId === null ? query : query.where('environment_id', '=', scope.environmentId);
};

/**
 * A row as reads that only show it get it: every column, but of each secret only when it was set
 * and its fingerprint. Ciphertexts, ivs and match tags stay in the database (half of a row's bytes,
 * each parsed by pg as JSON); the reads that decrypt or rewrite secrets take the whole row.
 */
export type ShownIntegrationRow = Omit<IntegrationRow, Secrets> & { secrets: IntegrationRow['secret_states'] };

/** The two columns of secrets: the encrypted ones, and their states (read as `secrets` by shown rows). */
type Secrets = 'secrets' | 'secret_states';

// Computed by PostgreSQL on every write (migration 011): aggregated here per row instead, it cost
// a list of 100 a fifth of its statement's time (bench/README.md, "Tenth round").
const shownSecrets = sql.ref<ShownIntegrationRow['secrets']>('integrations.secret_states');

const SHOWN_COLUMNS = [
  'id',
  'tenant_id',
  'connector',
  'title',
  'description',
  'labels',
  'metadata',
  'customer_id',
  'disabled',
  'config',
  'delivery',
  'status_state',
  'status_message',
  'status_checked_at',
  'etag',
  'version',
  'created_at',
  'updated_at',
  'deleted_at',
  'environment_id',
  'team_id',
  'connector_config_id',
  'approval',
  'approval_decided_at',
  'approval_decided_by',
] as const satisfies readonly Exclude<keyof IntegrationRow, Secrets>[];
// Every column but the secrets' is shown: a column a migration adds fails to compile here until listed.
export type ShownColumnsAreComplete<Missing extends never = Exclude<Exclude<keyof IntegrationRow, Secrets>, (typeof SHOWN_COLUMNS)[number]>> = Missing;

/** The integrations a key can see, as shown (ShownIntegrationRow), under the same scope as liveIntegrations. */
const shownIntegrations = (db: Db, scope: ReadScope) => {
  const query = db
    .selectFrom('integrations')
    .select(SHOWN_COLUMNS)
    .select(shownSecrets.as('secrets'))
    .where('tenant_id', '=', scope.tenantId)
    .where('deleted_at', 'is', null);
  return scope.environmentId === null ? query : query.where('environment_id', '=', scope.environmentId);
};

export function findIntegrationsByIds(db: Db, scope: ReadScope, ids: readonly string[]): Promise<ShownIntegrationRow[]> {
  return run(db, 'findIntegrationsByIds', shownIntegrations(db, scope).where('id', 'in', ids)) as Promise<ShownIntegrationRow[]>;
}

const TENANT = '\u0000tenantId';
const ENVIRONMENT = '\u0000environmentId';
const ID = '\u0000id';
let integrationByIdStatement: PreparedStatement<IntegrationRow> | undefined;
let integrationByIdInEnvironmentStatement: PreparedStatement<IntegrationRow> | undefined;

export async function findIntegrationById(db: Db, scope: ReadScope, id: string): Promise<IntegrationRow | undefined> {
  if (scope.environmentId === null) {
    integrationByIdStatement ??= prepareStatement('findIntegrationById', liveIntegrations(db, { tenantId: TENANT, environmentId: null }).where('id', '=', ID), [
      TENANT,
      ID,
    ]);
    return runPreparedOne(db, integrationByIdStatement, [scope.tenantId, id]);
  }
  integrationByIdInEnvironmentStatement ??= prepareStatement(
    'findIntegrationByIdInEnvironment',
    liveIntegrations(db, { tenantId: TENANT, environmentId: ENVIRONMENT }).where('id', '=', ID),
    [TENANT, ENVIRONMENT, ID],
  );
  return runPreparedOne(db, integrationByIdInEnvironmentStatement, [scope.tenantId, scope.environmentId, id]);
}

/**
 * The row, locked until the transaction `db` ends: the read of a last-write-wins update, which
 * then plans and writes against exactly this version while concurrent writers of the row wait.
 */
export function findIntegrationForUpdate(db: Db, scope: ReadScope, id: string): Promise<IntegrationRow | undefined> {
  return runOne(db, 'findIntegrationForUpdate', liveIntegrations(db, scope).where('id', '=', id).forUpdate());
}

/** The revision a guarded write records beside its change (version, etag and time come from the updated row). */
export interface RevisionOfUpdate {
  action: 'update' | 'delete' | 'restore' | 'approve' | 'reject';
  /** The version a restore came from. */
  restoredFrom?: number | null;
  apiKeyId: string | null;
  actor: string | null;
  /** JSON text of the changed field paths. */
  changedPaths: string;
  /** JSON text of the redacted record after the change. */
  snapshot: string;
}

/**
 * The conditional update and the revision insert as one statement (a data-modifying CTE): atomic
 * without BEGIN/COMMIT, one round trip instead of four. The UPDATE's WHERE holds the etag check and
 * the acting key's check (tenants/key-check.ts); when either fails, neither write happens and
 * nothing is returned. A change of the secrets column also keeps the new ciphertexts in the revision. The revision takes its version, etag and time from the row the UPDATE
 * returns, so it always matches the change it records. The statement (update-batch.ts) is one per
 * set of changed columns, prepared on the server (named-query.ts), and shared by the writes of
 * those columns that arrive in the same turn of the event loop (outside a transaction).
 */
export function updateIntegrationWithRevision(
  db: Db,
  args: { tenantId: string; id: string; expectedEtag: string; newEtag: string; now: Date; changes: IntegrationChanges },
  revision: RevisionOfUpdate,
): Promise<IntegrationRow | undefined> {
  const columns = (Object.keys(args.changes) as (keyof IntegrationChanges)[]).sort();
  const values = [
    args.tenantId,
    args.id,
    args.expectedEtag,
    args.newEtag,
    args.now,
    revision.action,
    revision.apiKeyId,
    revision.actor,
    revision.changedPaths,
    revision.snapshot,
    revision.restoredFrom ?? null,
    ...columns.map((column) => args.changes[column]),
  ];
  return new Promise((resolve, reject) => sendWrite(db, columns.join(','), columns, { values, newEtag: args.newEtag, resolve, reject }));
}

export async function insertRevision(db: Db, revision: Insertable<IntegrationRevisionTable>): Promise<void> {
  await run(db, 'insertRevision', db.insertInto('integration_revisions').values(revision));
}

// ---------------------------------------------------------------------------------------------
// Lists

export type OrderField = 'created_at' | 'updated_at' | 'title';

export interface IntegrationListQuery {
  scope: ReadScope;
  /** Only the integrations built on this connector config. */
  connectorConfigId?: string;
  /** Only those in this approval state (requests on ASK connector configs). */
  approval?: ApprovalState;
  connectors?: string[];
  disabled?: boolean;
  labels?: string[];
  customerId?: string;
  search?: string;
  orderField: OrderField;
  descending: boolean;
  after?: { value: string | Date; id: string };
  limit: number;
  /**
   * Also each row's first page of revisions (newest first, at most `limit`, as revisions_page)
   * and its number of revisions (revisions_total), read in the same statement: the list's nodes
   * all ask for the same page of revisions (schema/integration-list.ts), so no second statement.
   */
  revisions?: { limit: number; withSnapshot: boolean };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filtered(db: Db, q: IntegrationListQuery) {
  let query = db.selectFrom('integrations').where('tenant_id', '=', q.scope.tenantId).where('deleted_at', 'is', null);
  if (q.scope.environmentId !== null) query = query.where('environment_id', '=', q.scope.environmentId);
  if (q.connectorConfigId !== undefined) query = query.where('connector_config_id', '=', q.connectorConfigId);
  if (q.approval !== undefined) query = query.where('approval', '=', q.approval);
  // "Any of these connectors": of none, nothing (`in ()` is not SQL). Labels are "all of these": of none, any.
  if (q.connectors) query = q.connectors.length > 0 ? query.where('connector', 'in', q.connectors) : query.where(sql<boolean>`false`);
  if (q.disabled !== undefined) query = query.where('disabled', '=', q.disabled);
  if (q.labels?.length) query = query.where(sql<boolean>`labels @> ${JSON.stringify(q.labels)}::jsonb`);
  if (q.customerId !== undefined) query = query.where('customer_id', '=', q.customerId);
  if (q.search) query = query.where('title', 'ilike', `%${escapeLike(q.search)}%`);
  return query;
}

/**
 * One page in keyset order, each row with the total count of the filter: an uncorrelated subquery
 * (evaluated once), so the count ignores the cursor and the page stays one statement.
 *
 * A list without filters is built and compiled by Kysely once per shape (order, direction, cursor,
 * connector config, environment, revisions) and prepared on the server: with the revisions'
 * subqueries its statement cost PostgreSQL more to plan than to run, and building it cost the
 * gateway ~5 % of a page's CPU (bench/README.md, "Tenth round", "Eleventh round"). Its shapes are
 * few (at most 144), so both sets stay small; a filtered list's texts are many (which filters, how
 * many connectors), so those are built and planned each time.
 */
export function listIntegrations(db: Db, q: IntegrationListQuery): Promise<ListedIntegrationRow[]> {
  const unfiltered = LIST_FILTERS.every((field) => q[field] === undefined);
  if (!unfiltered) return run(db, 'listIntegrations', listQuery(db, q)) as Promise<ListedIntegrationRow[]>;
  const shape = [
    q.orderField,
    q.descending ? 'desc' : 'asc',
    q.after ? 'after' : '',
    q.connectorConfigId === undefined ? '' : 'config',
    q.scope.environmentId === null ? '' : 'environment',
    q.revisions ? (q.revisions.withSnapshot ? 'revisions+snapshot' : 'revisions') : '',
  ].join(':');
  let statement = listStatements.get(shape);
  if (!statement) {
    // The query of this shape with a marker for each value (named-query.ts): the markers are never sent.
    const marked: IntegrationListQuery = {
      scope: { tenantId: TENANT, environmentId: q.scope.environmentId === null ? null : ENVIRONMENT },
      connectorConfigId: q.connectorConfigId === undefined ? undefined : CONNECTOR_CONFIG,
      orderField: q.orderField,
      descending: q.descending,
      after: q.after ? { value: AFTER_VALUE, id: AFTER_ID } : undefined,
      limit: PAGE_LIMIT as unknown as number,
      revisions: q.revisions ? { limit: REVISIONS_LIMIT as unknown as number, withSnapshot: q.revisions.withSnapshot } : undefined,
    };
    statement = prepareStatement('listIntegrations', listQuery(db, marked), LIST_MARKERS) as PreparedStatement<ListedIntegrationRow>;
    listStatements.set(shape, statement);
  }
  return runPrepared(db, statement, [q.scope.tenantId, q.scope.environmentId, q.connectorConfigId, q.after?.value, q.after?.id, q.limit, q.revisions?.limit]);
}

/** The conditions a list is planned with on every page (their texts are many). */
const LIST_FILTERS = ['approval', 'connectors', 'disabled', 'labels', 'customerId', 'search'] as const satisfies readonly (keyof IntegrationListQuery)[];
/** What a compiled list statement is chosen by, or bound to. */
const LIST_SHAPE = [
  'scope',
  'connectorConfigId',
  'orderField',
  'descending',
  'after',
  'limit',
  'revisions',
] as const satisfies readonly (keyof IntegrationListQuery)[];
// Every field of a list query is a filter or part of a shape: one added to IntegrationListQuery fails
// to compile here until it is classified, so a compiled shape can never drop a condition unseen.
export type ListFieldsAreClassified<Missing extends never = Exclude<keyof IntegrationListQuery, (typeof LIST_FILTERS)[number] | (typeof LIST_SHAPE)[number]>> =
  Missing;

const CONNECTOR_CONFIG = '\u0000connectorConfigId';
const AFTER_VALUE = '\u0000afterValue';
const AFTER_ID = '\u0000afterId';
const PAGE_LIMIT = '\u0000pageLimit';
const REVISIONS_LIMIT = '\u0000revisionsLimit';
const LIST_MARKERS = [TENANT, ENVIRONMENT, CONNECTOR_CONFIG, AFTER_VALUE, AFTER_ID, PAGE_LIMIT, REVISIONS_LIMIT];
const listStatements = new Map<string, PreparedStatement<ListedIntegrationRow>>();

function listQuery(db: Db, q: IntegrationListQuery) {
  let query = filtered(db, q)
    .select(SHOWN_COLUMNS)
    .select(shownSecrets.as('secrets'))
    .select(filtered(db, q).select(sql<number>`count(*)::int`.as('count')).as('total_count'))
    .$if(q.revisions !== undefined, (page) => {
      const { limit, withSnapshot } = q.revisions as NonNullable<IntegrationListQuery['revisions']>;
      // Per row, the pk index read backwards for the page and counted for the total, as a
      // correlated subquery each: at most `limit` revisions read per row, not all of them. The
      // count needs no tenant condition (the row is the tenant's, and its revisions are its own
      // by the foreign key), so it can be answered from the index alone; the page keeps it.
      return page
        .select(sql<number>`(select count(*)::int from integration_revisions r where r.integration_id = integrations.id)`.as('revisions_total'))
        .select(
          // An array of the ordered rows (its order is the subquery's), as JSON: cheaper for
          // PostgreSQL than json_agg, which sorted its input again (bench/README.md, "Tenth round").
          sql<ListedRevisionTuple[]>`array_to_json(array(
            select ${revisionTuple(snapshotJson(withSnapshot))}
            from integration_revisions r where r.tenant_id = integrations.tenant_id and r.integration_id = integrations.id
            order by version desc limit ${limit}))`.as('revisions_page'),
        );
    });
  if (q.after) {
    const after = q.after;
    query = query.where((eb) => eb(eb.refTuple(q.orderField, 'id'), q.descending ? '<' : '>', eb.tuple(after.value as string, after.id)));
  }
  const direction = q.descending ? 'desc' : 'asc';
  return query.orderBy(q.orderField, direction).orderBy('id', direction).limit(q.limit);
}

/** A row of listIntegrations: shown, with the filter's total count, and its revisions when asked for. */
export type ListedIntegrationRow = ShownIntegrationRow & { total_count: number; revisions_total?: number; revisions_page?: ListedRevisionTuple[] };

export async function countIntegrations(db: Db, q: IntegrationListQuery): Promise<number> {
  const row = await runOne(db, 'countIntegrations', filtered(db, q).select(sql<number>`count(*)::int`.as('count')));
  return row?.count ?? 0;
}

/**
 * A revision as listed, as one JSON array: version, action, etag, created_at (epoch milliseconds),
 * actor, changed_paths, restored_from, and the snapshot as JSON text, parsed only if a reader asks
 * for it (null: not fetched).
 */
export type ListedRevisionTuple = [
  version: number,
  action: IntegrationRevisionRow['action'],
  etag: string,
  createdAtMs: number,
  actor: string | null,
  changedPaths: string[],
  restoredFrom: number | null,
  snapshotText: string | null,
];

/** The page of one integration's revisions: the tuples on the page, newest first, and how many it has in all. */
export interface ListedRevisionPage {
  integration_id: string;
  total_count: number;
  page: ListedRevisionTuple[];
}

/**
 * The newest revisions of many integrations in one statement: per integration at most `limit`
 * revisions older than `beforeVersion`, with the integration's total number of revisions (also
 * for a page past the end). One row per integration, its page aggregated as JSON by PostgreSQL:
 * the client parses one string per integration (native JSON.parse) instead of a dozen columns
 * per revision, which cost a list of 100 with 3 revisions more than half its CPU
 * (bench/README.md, "Ninth round").
 */
export function listRevisionsForIntegrations(
  db: Db,
  args: { tenantId: string; integrationIds: readonly string[]; beforeVersion?: number; limit: number; withSnapshot: boolean },
): Promise<ListedRevisionPage[]> {
  const index = args.withSnapshot ? 1 : 0;
  revisionStatements[index] ??= prepareStatement('listRevisionsForIntegrations', revisionsForIntegrations(db, args.withSnapshot), REVISION_MARKERS);
  const statement = revisionStatements[index];
  return runPrepared(db, statement, [args.tenantId, args.integrationIds, args.beforeVersion ?? 2_147_483_647, args.limit]);
}

const IDS = '\u0000integrationIds';
const BEFORE = '\u0000beforeVersion';
const LIMIT = '\u0000limit';
const REVISION_MARKERS = [TENANT, IDS, BEFORE, LIMIT];
// Built and compiled once, and prepared on the server (named-query.ts): the ids go as one array,
// so the text is the same for any number of them. Sent for the pages a list did not read with its
// nodes (a cursor, other arguments) and for integrations read by id.
const revisionStatements: [without?: PreparedStatement<ListedRevisionPage>, withSnapshots?: PreparedStatement<ListedRevisionPage>] = [];

/** A revision as a ListedRevisionTuple, from a row with its columns, and `snapshot` (JSON text or null). */
const revisionTuple = (snapshot: RawBuilder<string | null>) =>
  sql`json_build_array(version, action, etag, floor(extract(epoch from created_at) * 1000), actor, changed_paths, restored_from, ${snapshot})`;

/**
 * The snapshot as JSON text, only when the query reads it: a page of 100 integrations carries ~400
 * snapshots, most of a list's bytes. Text inside the JSON, so each is parsed only when read.
 */
const snapshotJson = (withSnapshot: boolean) => (withSnapshot ? sql<string | null>`snapshot::text` : sql<string | null>`null::text`);

function revisionsForIntegrations(db: Db, withSnapshot: boolean) {
  const ranked = db
    .selectFrom('integration_revisions')
    .select(['integration_id', 'version', 'action', 'etag', 'created_at', 'actor', 'changed_paths', 'restored_from'])
    .select(snapshotJson(withSnapshot).as('snapshot_text'))
    .select([
      sql<number>`count(*) over (partition by integration_id)`.as('total_count'),
      sql<boolean>`(version < ${BEFORE}::int and row_number() over (partition by integration_id, version < ${BEFORE}::int order by version desc) <= ${LIMIT}::int)`.as(
        'in_page',
      ),
    ])
    .where('tenant_id', '=', TENANT)
    .where('integration_id', '=', sql<string>`any(${IDS}::uuid[])`);
  return db
    .selectFrom(ranked.as('ranked'))
    .select('integration_id')
    .select(sql<number>`max(total_count)::int`.as('total_count'))
    .select(
      sql<
        ListedRevisionTuple[]
      >`coalesce(json_agg(${revisionTuple(sql<string | null>`snapshot_text`)} order by version desc) filter (where in_page), '[]'::json)`.as('page'),
    )
    .groupBy('integration_id') as unknown as Compilable<ListedRevisionPage>;
}

/** A revision to restore: its snapshot, and the secrets as of it (the newest revision at or before it that kept them). */
export function findRevisionToRestore(db: Db, tenantId: string, integrationId: string, version: number) {
  return runOne(
    db,
    'findRevisionToRestore',
    db
      .selectFrom('integration_revisions as r')
      .select(['r.version', 'r.action', 'r.snapshot'])
      .select((eb) =>
        eb
          .selectFrom('integration_revisions as s')
          .select('s.secrets')
          .whereRef('s.integration_id', '=', 'r.integration_id')
          .where('s.tenant_id', '=', tenantId)
          .whereRef('s.version', '<=', 'r.version')
          .where('s.secrets', 'is not', null)
          .orderBy('s.version', 'desc')
          .limit(1)
          .as('secrets'),
      )
      .where('r.tenant_id', '=', tenantId)
      .where('r.integration_id', '=', integrationId)
      .where('r.version', '=', version),
  );
}
