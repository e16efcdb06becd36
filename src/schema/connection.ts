// Turns a service Page into the Relay connection shape Pothos resolves.
import type { Page } from '../integrations/integration.queries.js';

export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.items,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.items[0]?.cursor ?? null,
      endCursor: page.items[page.items.length - 1]?.cursor ?? null,
    },
  };
}

export const MAX_PAGE_SIZE = 100;
