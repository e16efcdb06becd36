// Reads: the integrations list with filters, keyset cursors and total count.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { base64urlText, invalidCursor, isCursorText, isCursorTime, isUuid } from '../cursors.js';
import { type IntegrationRecord, toRecord } from './integration.model.js';
import { countIntegrations, type IntegrationListQuery, listIntegrations, type OrderField } from './integration.repository.js';

export interface IntegrationListArgs {
  first: number;
  after?: string | null;
  filter?: {
    connector?: string[] | null;
    disabled?: boolean | null;
    labels?: string[] | null;
    customerId?: string | null;
    search?: string | null;
  } | null;
  orderBy?: { field: OrderField; direction: 'ASC' | 'DESC' } | null;
}

export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

interface CursorValue {
  f: OrderField;
  v: string;
  id: string;
}

function encodeCursor(field: OrderField, record: IntegrationRecord): string {
  const value = field === 'title' ? record.title : (field === 'created_at' ? record.createdAt : record.updatedAt).toISOString();
  return Buffer.from(JSON.stringify({ f: field, v: value, id: record.id } satisfies CursorValue)).toString('base64url');
}

/** The longest title, so the longest text a title cursor can hold (integration.inputs.ts). */
const MAX_TITLE_LENGTH = 255;

function decodeCursor(cursor: string, field: OrderField): { value: string; id: string } {
  const text = base64urlText(cursor);
  let parsed: Partial<CursorValue> | null = null;
  try {
    parsed = text === null ? null : (JSON.parse(text) as Partial<CursorValue>);
  } catch {
    // not JSON: refused below
  }
  const value = parsed?.v;
  const validValue = field === 'title' ? isCursorText(value, MAX_TITLE_LENGTH) : isCursorTime(value);
  if (typeof parsed === 'object' && parsed !== null && parsed.f === field && validValue && isUuid(parsed.id)) {
    return { value: value as string, id: parsed.id };
  }
  throw invalidCursor('pass an endCursor from the same query with the same order, or omit it to start over');
}

export async function listIntegrationsPage(
  db: Kysely<Database>,
  tenantId: string,
  args: IntegrationListArgs,
): Promise<Page<IntegrationRecord>> {
  const field = args.orderBy?.field ?? 'created_at';
  const query: IntegrationListQuery = {
    tenantId,
    connectors: args.filter?.connector ?? undefined,
    disabled: args.filter?.disabled ?? undefined,
    labels: args.filter?.labels ?? undefined,
    customerId: args.filter?.customerId ?? undefined,
    search: args.filter?.search ?? undefined,
    orderField: field,
    descending: (args.orderBy?.direction ?? 'DESC') === 'DESC',
    after: args.after != null ? decodeCursor(args.after, field) : undefined,
    limit: args.first + 1,
  };
  const rows = await listIntegrations(db, query);
  // A page past the end has no row to carry the count: only then is it a statement of its own.
  const totalCount = rows[0]?.total_count ?? (query.after ? await countIntegrations(db, { ...query, after: undefined }) : 0);
  const page = rows.slice(0, args.first).map(toRecord);
  return {
    items: page.map((node) => ({ cursor: encodeCursor(field, node), node })),
    hasNextPage: rows.length > args.first,
    hasPreviousPage: args.after != null,
    totalCount,
  };
}
