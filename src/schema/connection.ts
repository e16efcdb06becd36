// The one paging helper: every connection (integrations, revisions, transfers) decodes its `after`
// with its list's cursor kind (core/cursors.ts), reads a page through its service or loader, and is
// shaped by plugin-relay's resolveCursorConnection (page size, hasNextPage from the extra node,
// hasPreviousPage, a cursor per edge).
import { resolveCursorConnection } from '@pothos/plugin-relay';
import { type CursorKind, decodeCursor, encodeCursor } from '../core/cursors.js';
import { MAX_PAGE_SIZE, type Page } from '../core/paging.js';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * A connection of `kind`'s list. `read` gets the position after the cursor (none for the first
 * page) and how many nodes to read; its total count is answered as `totalCount`.
 */
export async function pageConnection<Node, After>(
  args: ConnectionArgs,
  kind: CursorKind<Node, After>,
  read: (after: After | undefined, limit: number) => Promise<Page<Node>>,
) {
  // Decoded before anything is read: a cursor that is not one of this list reads nothing.
  const after = args.after == null ? undefined : decodeCursor(kind, args.after);
  let totalCount = 0;
  const connection = await resolveCursorConnection<Promise<Node[]>>(
    { args: { first: args.first ?? 20, after: args.after ?? undefined }, maxSize: MAX_PAGE_SIZE, toCursor: (node: Node) => encodeCursor(kind, node) },
    async ({ limit }): Promise<Node[]> => {
      const page = await read(after, limit);
      totalCount = page.totalCount;
      return page.nodes;
    },
  );
  // `read` answers a list, so the plugin answers a connection.
  if (!connection) throw new Error('resolveCursorConnection answered no connection for a list');
  const { edges, pageInfo } = connection;
  // An empty page has no cursors (resolveCursorConnection would repeat `after`): a client that
  // follows endCursor must not ask for the same page again.
  return {
    edges,
    totalCount,
    pageInfo: { ...pageInfo, startCursor: edges.length > 0 ? pageInfo.startCursor : null, endCursor: edges.length > 0 ? pageInfo.endCursor : null },
  };
}
