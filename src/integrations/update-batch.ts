// Every guarded write (an update, restore or soft delete and its revision) is one statement over a JSON
// array of writes, and the writes that reach the database in the same turn of the event loop and
// change the same columns share it: one round trip, one transaction and one WAL flush for all of
// them instead of one each. Under load the hot path's cost is per statement (the database's
// parse/bind/commit, the client's write and read), so this is where the updates of a burst of
// automation get cheaper; alone, a write is an array of one and waits for nothing.
//
// Nothing about an update's meaning depends on its company:
// - each row's etag and key checks are in the statement's WHERE, per row;
// - each caller gets the row its own write produced (matched by its new etag, unique per write),
//   or nothing when its checks failed;
// - two writes of the same row in one statement: the UPDATE changes the row once, so at most one
//   of them gets a row back and the other answers as if it had lost the race (EtagMismatchError);
// - one write that the database refuses (a constraint, a value it cannot store) must not fail the
//   others: a statement of several that fails is sent again one write at a time, each with its
//   own answer;
// - inside a transaction a write is that transaction's own: sent at once, on its connection.
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database, IntegrationRow, NewIntegrationRow } from '../db/database.js';
import { prepareOnServer } from '../db/named-query.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import type { StatusColumns } from '../status/status.repository.js';

type Db = Kysely<Database>;

/**
 * The PostgreSQL type of each column a guarded write can change (JSON columns arrive as text). The
 * status columns are here because a config change sets the status in the same statement; their
 * values come from the status module (status/status.repository.ts statusAfterConfigChange).
 */
export const CHANGE_COLUMN_TYPES = {
  title: 'text',
  description: 'text',
  labels: 'jsonb',
  metadata: 'jsonb',
  customer_id: 'text',
  disabled: 'boolean',
  config: 'jsonb',
  secrets: 'jsonb',
  delivery: 'jsonb',
  deleted_at: 'timestamptz',
  status_state: 'text',
  status_message: 'text',
  status_checked_at: 'timestamptz',
  approval: 'text',
  approval_decided_at: 'timestamptz',
  approval_decided_by: 'text',
} as const satisfies Record<keyof StatusColumns, string> & Partial<Record<keyof NewIntegrationRow, string>>;
export type ChangeColumn = keyof typeof CHANGE_COLUMN_TYPES;

/** The columns a guarded write changes, as it sends them (JSON columns as text). */
export type IntegrationChanges = Partial<Pick<NewIntegrationRow, ChangeColumn>>;

/** One write: its values in the order of WRITE_FIELDS then its changed columns, and its answer. */
export interface BatchedWrite {
  values: unknown[];
  newEtag: string;
  resolve: (row: IntegrationRow | undefined) => void;
  reject: (error: unknown) => void;
}

/** The fields of a write the statement reads besides the changed columns (JSON ones arrive as JSON text). */
const WRITE_FIELDS = [
  ['tenant_id', 'uuid'],
  ['id', 'uuid'],
  ['expected_etag', 'text'],
  ['new_etag', 'text'],
  ['now', 'timestamptz'],
  ['action', 'text'],
  ['api_key_id', 'uuid'],
  ['actor', 'text'],
  ['changed_paths', 'jsonb'],
  ['snapshot', 'jsonb'],
  ['restored_from', 'integer'],
] as const;

type Field = readonly [name: string, type: string];

/**
 * The statement for a set of changed columns. The writes travel as one JSON array parameter
 * (json_to_recordset): one JSON.stringify-sized piece of text, which the server parses natively,
 * instead of one array per field that the client would have to escape element by element.
 *
 * `locked` takes the rows' locks in the order of their ids before the UPDATE changes them. Two
 * statements in flight over the same rows (two turns of this process, or two replicas) would
 * otherwise lock them in the order each lists them, and opposite orders deadlock: PostgreSQL
 * aborts one after deadlock_timeout (1 s), and its writes are sent again one at a time. A single
 * write locks one row, so it cannot take part in such a cycle.
 *
 * The acting key must be live when the row changes: this is its check (tenants/key-check.ts).
 */
function batchedStatement(fields: readonly Field[], columns: readonly ChangeColumn[]): string {
  // A JSON column's change arrives as a JSON string of its text, cast here: so JSON `null` text is
  // stored as JSON null, not as SQL NULL (which a change of `null` stores).
  const sets = columns.map((column) =>
    CHANGE_COLUMN_TYPES[column] === 'jsonb' ? `${column} = cast(w.set_${column} as jsonb)` : `${column} = w.set_${column}`,
  );
  return `/* updateIntegrationsWithRevisions */ with w as (
  select * from json_to_recordset($1::json) as w(${fields.map(([name, type]) => `${name} ${type}`).join(', ')})
), locked as materialized (
  select i.id from integrations as i join w on i.tenant_id = w.tenant_id and i.id = w.id
  order by i.id
  for update of i
), updated as (
  update integrations as i
  set ${[...sets, 'etag = w.new_etag', 'version = i.version + 1', 'updated_at = w.now'].join(', ')}
  from w
  where i.id in (select id from locked)
    and i.tenant_id = w.tenant_id and i.id = w.id and i.etag = w.expected_etag and i.deleted_at is null
    and (w.api_key_id is null or exists (select 1 from api_keys where api_keys.id = w.api_key_id and api_keys.revoked_at is null))
  returning i.*
), revision as (
  insert into integration_revisions (integration_id, version, tenant_id, action, etag, created_at, api_key_id, actor, changed_paths, snapshot, secrets, restored_from)
  select u.id, u.version, u.tenant_id, w.action, u.etag, u.updated_at, w.api_key_id, w.actor, w.changed_paths, w.snapshot,
    ${columns.includes('secrets') ? 'u.secrets' : 'null'}, w.restored_from
  from updated as u join w on w.id = u.id and w.new_etag = u.etag
)
select * from updated`;
}

interface Shape {
  sql: string;
  /**
   * The same statement under another text, so it is not sent as a prepared statement: inside a
   * transaction the re-prepare after a table changed shape (0A000, connect.ts) cannot run, as the
   * error has aborted the transaction already. Only writes without an etag (the row lock's
   * transaction) take this one.
   */
  unnamedSql: string;
  /** Per field: `"name":` and whether its value is JSON text already (written as it is). */
  keys: { prefix: string; raw: boolean }[];
}

const shapes = new Map<string, Shape>();

function shapeFor(key: string, columns: readonly ChangeColumn[]): Shape {
  let shape = shapes.get(key);
  if (!shape) {
    const changed = columns.map((column) => [`set_${column}`, CHANGE_COLUMN_TYPES[column] === 'jsonb' ? 'text' : CHANGE_COLUMN_TYPES[column]] as const);
    const fields: Field[] = [...WRITE_FIELDS, ...changed];
    const sql = batchedStatement(fields, columns);
    prepareOnServer('updateIntegrationsWithRevisions', sql);
    shape = {
      sql,
      unnamedSql: `${sql} /* in a transaction: not prepared */`,
      keys: fields.map(([name, type], index) => ({ prefix: `${index === 0 ? '' : ','}"${name}":`, raw: type === 'jsonb' })),
    };
    shapes.set(key, shape);
  }
  return shape;
}

/** The writes as the JSON array json_to_recordset reads: JSON text values are inserted as they are. */
function writesAsJson(shape: Shape, writes: readonly BatchedWrite[]): string {
  let json = '[';
  writes.forEach((write, row) => {
    json += row === 0 ? '{' : ',{';
    shape.keys.forEach(({ prefix, raw }, field) => {
      const value = write.values[field];
      json += prefix + (value === null || value === undefined ? 'null' : raw ? (value as string) : JSON.stringify(value));
    });
    json += '}';
  });
  return `${json}]`;
}

interface Pending {
  key: string;
  columns: readonly ChangeColumn[];
  writes: BatchedWrite[];
}

/** The writes waiting for this turn of the event loop, per database and set of changed columns. */
const pending = new WeakMap<Db, Map<string, Pending>>();

/**
 * Sends one write (`key`: its changed columns sorted and joined). Outside a transaction it waits
 * for the statement of its database and columns that leaves once this turn of the event loop has
 * handled all the I/O it woke up for (setImmediate), so the writes of every request that arrived in
 * the turn go together.
 */
export function sendWrite(db: Db, key: string, columns: readonly ChangeColumn[], write: BatchedWrite): void {
  if (db.isTransaction) {
    void send(db, { key, columns, writes: [write] });
    return;
  }
  let byColumns = pending.get(db);
  if (!byColumns) {
    byColumns = new Map();
    pending.set(db, byColumns);
  }
  const batch = byColumns.get(key);
  if (batch) {
    batch.writes.push(write);
    return;
  }
  byColumns.set(key, { key, columns, writes: [write] });
  if (byColumns.size === 1) {
    const queued = byColumns;
    setImmediate(() => {
      pending.delete(db);
      for (const next of queued.values()) void send(db, next);
    });
  }
}

async function send(db: Db, batch: Pending): Promise<void> {
  const { writes } = batch;
  const shape = shapeFor(batch.key, batch.columns);
  let rows: IntegrationRow[];
  try {
    const text = db.isTransaction ? shape.unnamedSql : shape.sql;
    rows = (await db.executeQuery<IntegrationRow>(CompiledQuery.raw(text, [writesAsJson(shape, writes)]))).rows;
  } catch (error) {
    // A database that is not serving fails every write alike; anything else may be one write's
    // fault, and must not fail the others: each is sent alone and gets its own answer.
    if (writes.length === 1 || isDatabaseUnavailable(error)) for (const write of writes) write.reject(error);
    else for (const write of writes) void send(db, { ...batch, writes: [write] });
    return;
  }
  if (writes.length === 1) {
    writes[0]?.resolve(rows[0]);
    return;
  }
  const byEtag = new Map(rows.map((row) => [row.etag, row]));
  for (const write of writes) write.resolve(byEtag.get(write.newEtag));
}
