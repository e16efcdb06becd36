// The response-size cap (GRAPHQL_MAX_RESPONSE_BYTES): a result whose JSON would be larger answers a
// clear error instead. The cost limit (query-cost.ts) bounds how many objects a request reads, not
// how long their texts are (a revision's snapshot is as long as its config), so this is the second line.
import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * About the length of `value` as JSON (strings counted by their UTF-16 length, without escapes),
 * stopping as soon as it passes `limit`: the walk costs no more than the bytes it admits.
 */
export function jsonSizeUpTo(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const item = stack.pop();
    if (typeof item === 'string') size += item.length + 2;
    else if (item === null || item === undefined) size += 4;
    else if (typeof item === 'object') {
      if (Array.isArray(item)) {
        size += 1 + item.length;
        for (const element of item) stack.push(element);
      } else {
        size += 1;
        for (const key in item) {
          size += key.length + 4;
          stack.push((item as Record<string, unknown>)[key]);
        }
      }
    } else size += typeof item === 'number' ? 8 : 5;
  }
  return size;
}

/**
 * Replaces, once execution is done and before it is serialised, a result whose data would be over
 * `maxBytes`. A mutation's changes are made by then: its error says so.
 */
export function limitResponseSize(maxBytes: number): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const data = (result as { data?: unknown }).data;
          if (data == null || jsonSizeUpTo(data, maxBytes) <= maxBytes) return;
          const isMutation = getOperationAST(args.document, args.operationName)?.operation === 'mutation';
          const message = isMutation
            ? `The mutation ran, but its response would be larger than ${maxBytes} bytes: read the result with a query that selects less (smaller pages, fewer fields).`
            : `The response would be larger than ${maxBytes} bytes: request less (smaller pages with first, fewer ids or representations, fewer fields) and page through the rest.`;
          setResult({
            errors: [
              new GraphQLError(message, {
                // A mutation's changes are made: 200, so no client takes the answer for "nothing happened".
                extensions: { code: 'INVALID_ARGUMENT', reason: 'RESPONSE_TOO_LARGE', http: { status: isMutation ? 200 : 400 } },
              }),
            ],
          });
        },
      };
    },
  };
}
