// The operation's name in the request's scope, for the request log line (http/node-server.ts).
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context.js';
import { scopeOf } from '../../observability.js';

/** Notes the operation name for the request log line. */
export const operationNames: Plugin<Context> = {
  onExecute({ args }) {
    const scope = scopeOf(args.contextValue);
    if (scope) scope.operationName = getOperationAST(args.document, args.operationName)?.name?.value ?? args.operationName ?? undefined;
  },
};
