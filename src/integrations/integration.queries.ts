// Reads: the integrations list with filters, keyset cursors and total count.
import type { Kysely } from 'kysely';
import type { ReadScope } from '../core/actor.js';
import { type CursorKind, isCursorText, isCursorTime } from '../core/cursors.js';
import type { Page } from '../core/paging.js';
import type { ApprovalState, Database } from '../db/database.js';
import { decodeIntegrationId, encodeIntegrationId } from './ids.js';
import { listedRevisionPage, type RevisionPage } from './integration.loaders.js';
import { type IntegrationRecord, toRecord } from './integration.model.js';
import { countIntegrations, type IntegrationListQuery, listIntegrations, type OrderField } from './integration.repository.js';

export interface IntegrationListArgs {
  filter?: {
    connector?: string[] | null;
    disabled?: boolean | null;
    labels?: string[] | null;
    customerId?: string | null;
    search?: string | null;
    approval?: ApprovalState | null;
  } | null;
  orderBy?: { field: OrderField; direction: 'ASC' | 'DESC' } | null;
  /** Only those built on this connector config (ConnectorConfig.integrations). */
  connectorConfigId?: string;
}

/** Where a page starts: after this sort value and id (the row's uuid, decoded from the public id). */
export interface IntegrationListPosition {
  value: string;
  id: string;
}

/** The longest title, so the longest text a title cursor can hold (integration.inputs.ts). */
const MAX_TITLE_LENGTH = 255;

const cursorKinds = new Map<OrderField, CursorKind<IntegrationRecord, IntegrationListPosition>>();

/** The cursors of the list in one order: the sort value and the public id (`int_…`). */
export function integrationCursor(field: OrderField): CursorKind<IntegrationRecord, IntegrationListPosition> {
  let kind = cursorKinds.get(field);
  if (!kind) {
    kind = {
      list: 'integrations',
      order: field,
      hint: 'pass an endCursor from the same query with the same order, or omit it to start over',
      keyOf: (record) => [
        field === 'title' ? record.title : (field === 'created_at' ? record.createdAt : record.updatedAt).toISOString(),
        encodeIntegrationId(record.id),
      ],
      afterOf: ([value, publicId, ...rest]) => {
        const id = typeof publicId === 'string' ? decodeIntegrationId(publicId) : null;
        const validValue = field === 'title' ? isCursorText(value, MAX_TITLE_LENGTH) : isCursorTime(value);
        return rest.length === 0 && validValue && id !== null ? { value: value as string, id } : null;
      },
    };
    cursorKinds.set(field, kind);
  }
  return kind;
}

/** A page of integrations; with `revisions` asked for, each node's page of revisions, in the nodes' order. */
export interface IntegrationPage extends Page<IntegrationRecord> {
  revisions?: RevisionPage[];
}

export async function listIntegrationsPage(
  db: Kysely<Database>,
  scope: ReadScope,
  args: IntegrationListArgs,
  after: IntegrationListPosition | undefined,
  limit: number,
  revisions?: IntegrationListQuery['revisions'],
): Promise<IntegrationPage> {
  const query: IntegrationListQuery = {
    scope,
    connectorConfigId: args.connectorConfigId,
    connectors: args.filter?.connector ?? undefined,
    disabled: args.filter?.disabled ?? undefined,
    labels: args.filter?.labels ?? undefined,
    customerId: args.filter?.customerId ?? undefined,
    search: args.filter?.search ?? undefined,
    approval: args.filter?.approval ?? undefined,
    orderField: args.orderBy?.field ?? 'created_at',
    descending: (args.orderBy?.direction ?? 'DESC') === 'DESC',
    after,
    limit,
    revisions,
  };
  const rows = await listIntegrations(db, query);
  // A page past the end has no row to carry the count: only then is it a statement of its own.
  const totalCount = rows[0]?.total_count ?? (query.after ? await countIntegrations(db, { ...query, after: undefined }) : 0);
  const nodes = rows.map(toRecord);
  if (!revisions) return { nodes, totalCount };
  return { nodes, totalCount, revisions: rows.map((row) => listedRevisionPage(row.id, row.revisions_total ?? 0, row.revisions_page ?? [])) };
}
