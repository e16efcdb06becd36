// The connections of integrations (Query.integrations, ConnectorConfig.integrations): a page, and
// when its nodes ask for their first page of revisions, those pages read in the same statement and
// kept for the revisions resolver, so each node's `revisions` is answered without another read. A list of
// 100 with 3 revisions each was two statements, the second one reading every revision of the 100
// integrations to rank them (bench/README.md, "Tenth round").
import { parseCursorConnectionArgs } from '@pothos/core';
import {
  type FieldNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.js';
import { MAX_PAGE_SIZE } from '../core/paging.js';
import type { RevisionPage } from '../integrations/integration.loaders.js';
import { type IntegrationListArgs, integrationCursor, listIntegrationsPage } from '../integrations/integration.queries.js';
import type { IntegrationListQuery } from '../integrations/integration.repository.js';
import { type ConnectionArgs, pageConnection } from './connection.js';
import { fieldsSelectSnapshot } from './revision.js';

type RevisionsAhead = NonNullable<IntegrationListQuery['revisions']>;

/** A page of integrations as a connection; every node is primed in the by-id loader, and its revisions when read ahead. */
export async function integrationsConnection(ctx: Context, info: GraphQLResolveInfo, args: ConnectionArgs, list: IntegrationListArgs) {
  const ahead = revisionsAhead(info);
  let revisions: RevisionPage[] | undefined;
  const connection = await pageConnection(args, integrationCursor(list.orderBy?.field ?? 'created_at'), async (after, limit) => {
    const page = await listIntegrationsPage(ctx.deps.db, ctx.actor, list, after, limit, ahead);
    revisions = page.revisions;
    return page;
  });
  for (const edge of connection.edges) ctx.loaders.integrationById.prime(edge.node.id, edge.node);
  if (ahead && revisions) {
    // Where the revisions resolver looks first for a first page (schema/integration.ts). A second
    // list in the same request that asks for other revision arguments replaces them: a node whose
    // page is not found there is read by the loader, so a replaced page costs a statement, never
    // an answer.
    const read = ctx.loaders.revisionsReadWithList;
    if (read.limit !== ahead.limit || read.withSnapshot !== ahead.withSnapshot) Object.assign(read, { ...ahead, pages: new Map() });
    for (const [index, edge] of connection.edges.entries()) read.pages.set(edge.node.id, revisions[index] as RevisionPage);
  }
  return connection;
}

/**
 * The first page of revisions the nodes of an integrations connection ask for, read off the
 * document: `revisions(first: n)` without `after` under `edges { node }` (or `nodes`), through
 * fragments, with its `snapshot` or not. Of several `revisions` fields (aliases), the first one's;
 * the others are read by the loader as before. Undefined when none is asked for, or when its
 * arguments are invalid, so the field's own resolver gives the error. A wrong guess costs a
 * statement, never an answer: the loader is only primed with what it would have read.
 */
export function revisionsAhead(info: GraphQLResolveInfo): RevisionsAhead | undefined {
  const found = new Map<string, FieldNode[]>();
  const collect = (set: SelectionSetNode | undefined, path: readonly string[], seen: ReadonlySet<string>) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, path, seen);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (!seen.has(name)) collect(info.fragments[name]?.selectionSet, path, new Set(seen).add(name));
      } else if (path.length === 0) {
        if (selection.name.value !== 'revisions') continue;
        const key = selection.alias?.value ?? 'revisions';
        found.set(key, [...(found.get(key) ?? []), selection]);
      } else if (selection.name.value === path[0]) collect(selection.selectionSet, path.slice(1), seen);
    }
  };
  for (const node of info.fieldNodes) {
    collect(node.selectionSet, ['edges', 'node'], new Set());
    collect(node.selectionSet, ['nodes'], new Set());
  }
  const [fieldNodes] = found.values();
  if (!fieldNodes) return undefined;
  const field = (info.schema.getType('Integration') as GraphQLObjectType).getFields().revisions as GraphQLField<unknown, unknown>;
  let args: { first?: unknown; after?: unknown };
  try {
    args = getArgumentValues(field, fieldNodes[0] as FieldNode, info.variableValues);
  } catch {
    return undefined;
  }
  const { first, after } = args;
  if (after != null || typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) return undefined;
  const { limit } = parseCursorConnectionArgs({ args: { first, after: undefined }, maxSize: MAX_PAGE_SIZE });
  return { limit, withSnapshot: fieldsSelectSnapshot(fieldNodes, info.fragments) };
}

/** Whether @skip and @include keep a selection, as execution decides. */
function included(selection: SelectionSetNode['selections'][number], variables: GraphQLResolveInfo['variableValues']): boolean {
  if (!selection.directives?.length) return true;
  try {
    return (
      getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if !== true &&
      getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false
    );
  } catch {
    return true;
  }
}
