// A page as the services and loaders read it, before it becomes a connection (schema/connection.ts).

/**
 * Up to `limit` nodes in the list's order, after the cursor's position (`limit` is one more than
 * the page: a node past it says there is a next page), and how many nodes the whole list has,
 * whatever the cursor (also past the end).
 */
export interface Page<T> {
  nodes: T[];
  totalCount: number;
}

/** The largest page a list answers (its `first` is 0–100). */
export const MAX_PAGE_SIZE = 100;
