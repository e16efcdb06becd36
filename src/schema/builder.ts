// The one SchemaBuilder, with every plugin configured once, and the Context type it serves.
import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ZodPlugin from '@pothos/plugin-zod';
import { GraphQLError } from 'graphql';
import { issuesFromZod } from '../connectors/kit.js';
import type { Context } from '../context.js';
import { ValidationError } from '../core/errors.js';

declare module 'graphql' {
  // Field extensions our HTTP plugins read from the schema (src/http/plugins/), set with a field's `extensions` option.
  interface GraphQLFieldExtensions<_TSource, _TContext, _TArgs> {
    /**
     * On a mutation field whose write statement also proves the calling key live (guardedWrite in
     * integration.service.ts, which confirms actor.keyCheck): an operation of only such fields skips
     * the separate key check before execution (verify-key-before-answering.ts). Mark only a write
     * that does so; any other field runs the key check first.
     */
    writeChecksKey?: boolean;
    /**
     * On a mutation field that connects to an external system (testIntegration): each one in an
     * operation is charged a point of the key's connection-check budget (query-cost.ts, rate-limits.ts).
     */
    chargesConnectionCheck?: boolean;
  }
}

/** What a key may not do and which key to use instead. */
function permissionDeniedMessage(field: string, scope: string): string {
  if (field === 'reportTransfer') {
    return `This API key has the ${scope} scope; reportTransfer needs a key with the sync scope (for sync workers): create one with \`npm run cli -- apikey create --scope sync\`.`;
  }
  return `This API key has the ${scope} scope and cannot change anything. Use a key with the write scope.`;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { write: boolean; sync: boolean };
  Scalars: {
    JSON: { Input: unknown; Output: unknown };
    DateTime: { Input: Date; Output: Date | string };
  };
  DefaultFieldNullability: false;
}>({
  // Order matters: scope-auth checks first, then the errors plugin wraps zod's validation so a
  // failed validation becomes a typed ValidationError member.
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ZodPlugin, RelayPlugin, DirectivesPlugin, FederationPlugin],
  scopeAuth: {
    // read < write; sync is beside them: it reads, and reports transfers, which only sync keys may
    // (a report's texts are scrubbed of the integration's secrets, and that scrub is observable:
    // only keys of the workers that hold the secrets anyway may see it).
    authScopes: (context) => ({ write: context.auth.scope === 'write', sync: context.auth.scope === 'sync' }),
    unauthorizedError: (_parent, context, info) =>
      new GraphQLError(permissionDeniedMessage(info.fieldName, context.auth.scope), {
        extensions: { code: 'PERMISSION_DENIED', http: { status: 403 } },
      }),
  },
  errors: { defaultTypes: [] },
  zod: {
    // Paths are made relative to the `input` argument: ["title"], ["config", "athena", "region"].
    validationError: (error, args) =>
      new ValidationError(issuesFromZod(error, args).map((issue) => ({ ...issue, path: issue.path[0] === 'input' ? issue.path.slice(1) : issue.path }))),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    nodeTypeOptions: { description: 'An object with a globally unique, opaque id.' },
    idFieldOptions: { description: 'The globally unique, opaque id.' },
    pageInfoTypeOptions: { description: 'Where a page sits in a connection, and the cursors to move on from it.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page (an after cursor was given).' },
    startCursorFieldOptions: { description: 'The cursor of the first item of the page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last item; pass it as after to get the next page.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'How to get the next page.' },
    cursorFieldOptions: { description: 'An opaque cursor pointing at this item.' },
    nodeFieldOptions: { description: 'The item.' },
  },
});

builder.queryType({ description: 'Reads: integrations of the calling tenant and the connector catalog.' });
builder.mutationType({
  description: 'Writes: create, update, delete and test integrations need a key with the write scope; reportTransfer needs the sync scope.',
});
