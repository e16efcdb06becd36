// A key remembered rather than checked (tenants/key-check.ts) is proven live before anything is
// answered: by the key check statement, or by the write of a mutation field marked to check it.
import { type GraphQLSchema, getOperationAST, Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context.js';
import { isDatabaseUnavailable } from '../../db/unavailable.js';
import { UNKNOWN_KEY_MESSAGE } from '../../tenants/key-check.js';
import { unauthenticated } from './errors.js';

/**
 * Root mutation fields whose statement proves the key live where it changes a row (guardedWrite):
 * the ones marked `extensions: { writeChecksKey: true }` (src/schema/mutations/; the field extension
 * is declared in src/schema/builder.ts), and __typename, which runs nothing.
 */
export function fieldsWhoseWriteChecksTheKey(schema: GraphQLSchema): ReadonlySet<string> {
  const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
  return new Set([...fields.filter((field) => field.extensions.writeChecksKey === true).map((field) => field.name), '__typename']);
}

/**
 * A result with no data whose errors include the database's unavailability: it answers UNAVAILABLE
 * and shows nothing, so asking the same database about the key would only double the wait.
 */
function onlyUnavailable(result: unknown): boolean {
  const { data, errors } = result as { data?: Record<string, unknown> | null; errors?: readonly { originalError?: unknown }[] };
  return errors?.some((e) => isDatabaseUnavailable(e.originalError)) === true && (data == null || Object.values(data).every((value) => value === null));
}

/**
 * Decides, for a request whose key was remembered rather than checked (tenants/key-check.ts), that
 * the key is live before anything is answered: before execution with the key check statement, or,
 * for operations of marked mutation fields only, through their own write, then with the key check
 * after execution if no write said so. A revoked key gets UNAUTHENTICATED (HTTP 401) and nothing else.
 */
export function verifyKeyBeforeAnswering(schema: GraphQLSchema): Plugin<Context> {
  // Read from the schema once, not per request.
  const checkedByTheirWrites = fieldsWhoseWriteChecksTheKey(schema);
  const keyCheckedByItsWrites = (operation: OperationDefinitionNode | null | undefined): boolean =>
    operation?.operation === 'mutation' && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && checkedByTheirWrites.has(s.name.value));
  return {
    // A subscription: the key is proven live before the stream opens (the stream re-checks it).
    onSubscribe({ args, setResultAndStopExecution }) {
      const { keyCheck } = args.contextValue;
      if (!keyCheck.pending) return;
      return Promise.resolve(keyCheck.live()).then((live) => {
        if (!live) setResultAndStopExecution({ errors: [unauthenticated(UNKNOWN_KEY_MESSAGE)] });
      });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const { keyCheck } = args.contextValue;
      if (!keyCheck.pending) return;
      if (!keyCheckedByItsWrites(getOperationAST(args.document, args.operationName))) {
        return Promise.resolve(keyCheck.live()).then((live) => {
          if (!live) setResultAndStopExecution({ errors: [unauthenticated(UNKNOWN_KEY_MESSAGE)] });
        });
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!keyCheck.pending || onlyUnavailable(result)) return;
          return Promise.resolve(keyCheck.live()).then((live) => {
            if (!live) setResult({ errors: [unauthenticated(UNKNOWN_KEY_MESSAGE)] });
          });
        },
      };
    },
  };
}
