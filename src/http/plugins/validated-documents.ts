// Validation results remembered per parsed document. Yoga's own validation cache keys each lookup
// by the names of every validation rule, joined into a string on every request (~30 rules here,
// 4–5 % of the gateway's CPU on the `{ __typename }` floor: bench/README.md). This gateway's rules
// are fixed when it is built (armor's limits, the federation rule), so the parsed document, which
// Yoga's parse cache hands out as the same object for the same text, is key enough.
import type { DocumentNode, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Remembers each document's validation errors (none for a valid one); place it first. */
export function validatedDocuments(): Plugin {
  const results = new WeakMap<DocumentNode, readonly (GraphQLError | Error)[]>();
  return {
    onValidate({ params: { documentAST }, setResult }) {
      const known = results.get(documentAST);
      if (known) {
        setResult(known);
        return;
      }
      // The first after-hook: it sees what the rules said, before any plugin below reshapes it
      // (those after-hooks run again on a remembered result, as on a fresh one).
      return ({ result }) => {
        results.set(documentAST, result);
      };
    },
  };
}
