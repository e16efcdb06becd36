// Reads: the integrations list with filters, keyset cursors and total count.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { ValidationError } from './errors.js';
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

function decodeCursor(cursor: string, field: OrderField): { value: string; id: string } {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorValue;
    if (parsed.f === field && typeof parsed.v === 'string' && /^[0-9a-f-]{36}$/.test(parsed.id)) {
      return { value: parsed.v, id: parsed.id };
    }
  } catch {
    // fall through to the error below
  }
  throw new ValidationError([
    {
      path: ['after'],
      code: 'invalid_cursor',
      message: 'is not a cursor of this list and order; pass an endCursor from the same query, or omit it to start over',
    },
  ]);
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
    after: args.after ? decodeCursor(args.after, field) : undefined,
    limit: args.first + 1,
  };
  const rows = await listIntegrations(db, query);
  // A page past the end has no row to carry the count: only then is it a statement of its own.
  const totalCount = rows[0]?.total_count ?? (query.after ? await countIntegrations(db, { ...query, after: undefined }) : 0);
  const page = rows.slice(0, args.first).map(toRecord);
  return {
    items: page.map((node) => ({ cursor: encodeCursor(field, node), node })),
    hasNextPage: rows.length > args.first,
    hasPreviousPage: Boolean(args.after),
    totalCount,
  };
}
