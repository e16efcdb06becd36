// The one paging helper: every connection (integrations, revisions, transfers, webhooks) decodes
// its `after` with its list's cursor kind (core/cursors.ts), reads a page through its service or
// loader, and is shaped here the way plugin-relay's resolveCursorConnection shapes it (page size
// and its checks from parseCursorConnectionArgs, hasNextPage from the extra node). Unlike it, a
// cursor is encoded only when read: a page of 100 integrations with 3 revisions each has 400
// edges, and a client that reads no cursor (the benchmark's list, most lists) paid for 400.
import { parseCursorConnectionArgs } from '@pothos/core';
import { type CursorKind, decodeCursor, encodeCursor } from '../core/cursors.js';
import { assertPageSize, MAX_PAGE_SIZE, type Page } from '../core/paging.js';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

/** An edge whose cursor is encoded when a resolver reads it (once). */
class Edge<Node> {
  #cursor: string | undefined;
  constructor(
    readonly node: Node,
    readonly kind: CursorKind<Node, unknown>,
  ) {}
  get cursor(): string {
    this.#cursor ??= encodeCursor(this.kind, this.node);
    return this.#cursor;
  }
}

/** A page's pageInfo; its cursors are the first and last edges' (null on an empty page). */
class PageInfo<Node> {
  constructor(
    readonly edges: readonly Edge<Node>[],
    readonly hasPreviousPage: boolean,
    readonly hasNextPage: boolean,
  ) {}
  // An empty page has no cursors (resolveCursorConnection would repeat `after`): a client that
  // follows endCursor must not ask for the same page again.
  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/** A connection as pageConnection answers it. */
export interface Connection<Node> {
  edges: Edge<Node>[];
  totalCount: number;
  pageInfo: PageInfo<Node>;
}

/**
 * A connection of `kind`'s list. `read` gets the position after the cursor (none for the first
 * page) and how many nodes to read (one more than the page: the extra one says hasNextPage); its
 * total count is answered as `totalCount`. A page `read` has at hand already (a list's nodes'
 * revisions, read with the list) makes the connection at once, without a promise: a page of 100
 * integrations resolves 100 of them.
 */
export function pageConnection<Node, After>(
  args: ConnectionArgs,
  kind: CursorKind<Node, After>,
  read: (after: After | undefined, limit: number) => Page<Node> | Promise<Page<Node>>,
): Connection<Node> | Promise<Connection<Node>> {
  // Every connection's page size is checked here, before anything is read (fields resolved once
  // per parent declare no `validate` for it: bench/README.md, "Ninth round").
  assertPageSize('first', args.first);
  const { limit, expectedSize, hasPreviousPage, hasNextPage } = parseCursorConnectionArgs({
    args: { first: args.first ?? 20, after: args.after ?? undefined },
    maxSize: MAX_PAGE_SIZE,
  });
  // Decoded before anything is read: a cursor that is not one of this list reads nothing.
  const after = args.after == null ? undefined : decodeCursor(kind, args.after);
  const connectionOf = (page: Page<Node>): Connection<Node> => {
    const edges = page.nodes.slice(0, expectedSize).map((node) => new Edge(node, kind as CursorKind<Node, unknown>));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: new PageInfo(edges, hasPreviousPage(page.nodes.length), hasNextPage(page.nodes.length)),
    };
  };
  const page = read(after, limit);
  return page instanceof Promise ? page.then(connectionOf) : connectionOf(page);
}
