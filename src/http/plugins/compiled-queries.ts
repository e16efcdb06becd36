// Queries that come again run compiled (graphql-jit): a document is compiled on its third run
// within the last 1 000 distinct documents, so the hot ones (an app's few queries) run as code
// while one-off documents (a person in GraphiQL, a test, a client probing) never pay for a
// compilation that costs more than running them once, and nobody can make the gateway compile at
// will by sending documents it never sees again. Mutations and subscriptions stay on graphql-js:
// compiled, a mutation's input coercion over every connector's config is tens of MB of code.
// Figures: bench/README.md, "Seventh round".
import { useGraphQlJit } from '@envelop/graphql-jit';
import { type DocumentNode, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

const RUNS_BEFORE_COMPILING = 2;

export function compiledQueries(): Plugin {
  // Runs so far, by parsed document (Yoga's parse cache hands out the same object for the same text).
  const runs = new LRUCache<DocumentNode, number>({ max: 1000 });
  return useGraphQlJit(
    {},
    {
      enableIf: (args) => {
        if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return false;
        const count = (runs.get(args.document) ?? 0) + 1;
        runs.set(args.document, count);
        return count > RUNS_BEFORE_COMPILING;
      },
    },
  ) as Plugin;
}
