// The query cost limit, with variables. graphql-armor's cost limit (server.ts) runs at validation,
// before variables are known, so it multiplies a list's cost only by a literal `first`/`last`:
// `integrations(first: $n) { … revisions(first: $m) { … } }` with n = m = 100 reads 10 000 rows and
// costs the same as a page of one. This plugin counts the same cost as armor (1 per scalar, 2 per
// object, times `first`/`last` above it, no depth factor) with the variables' values, once they are
// coerced, and refuses a document over the limit before anything runs. A document with no variable
// in a `first`/`last` is left to armor (remembered per parsed document, so the common case costs a
// WeakMap lookup).
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getOperationAST,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE } from './schema/connection.js';

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const PAGE_ARGUMENTS = new Set(['first', 'last']);

const pagesByVariable = new WeakMap<DocumentNode, boolean>();

/** Whether some `first` or `last` argument of the document takes a variable. */
function hasVariablePage(document: DocumentNode): boolean {
  let found = pagesByVariable.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.ARGUMENT]: (node) => {
        if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) found = true;
      },
    });
    pagesByVariable.set(document, found);
  }
  return found;
}

/** The cost of an operation, counted as graphql-armor counts it but with the variables' values. */
export function operationCost(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>): number {
  const fragmentCosts = new Map<string, number>();

  const multiplierOf = (field: FieldNode): number => {
    for (const argument of field.arguments ?? []) {
      if (!PAGE_ARGUMENTS.has(argument.name.value)) continue;
      const value =
        argument.value.kind === Kind.INT
          ? Number.parseInt(argument.value.value, 10)
          : argument.value.kind === Kind.VARIABLE
            ? variables[argument.value.name.value]
            : undefined;
      // A page over the largest allowed is refused by the field's own validation, which names the
      // argument; counting it as the largest lets that error, not this one, answer.
      return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 1), MAX_PAGE_SIZE) : 1;
    }
    return 1;
  };

  const selectionsCost = (set: SelectionSetNode): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema') continue;
        cost += selection.selectionSet ? (OBJECT_COST + selectionsCost(selection.selectionSet)) * multiplierOf(selection) : SCALAR_COST;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += OBJECT_COST + selectionsCost(selection.selectionSet);
      } else {
        const name = selection.name.value;
        let fragmentCost = fragmentCosts.get(name);
        if (fragmentCost === undefined) {
          const fragment = fragments.get(name);
          fragmentCosts.set(name, 0); // a cycle (refused by validation anyway) adds nothing
          fragmentCost = fragment ? OBJECT_COST + selectionsCost(fragment.selectionSet) : 0;
          fragmentCosts.set(name, fragmentCost);
        }
        cost += SCALAR_COST + fragmentCost;
      }
    }
    return cost;
  };

  return selectionsCost(operation.selectionSet);
}

/** Refuses an operation whose cost with its variables' values is over `maxCost`. */
export function limitCostWithVariables(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      if (!hasVariablePage(document)) return;
      const operation = getOperationAST(document, args.operationName);
      if (!operation) return;
      const fragments = new Map(
        document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
      );
      const cost = operationCost(operation, fragments, (args.variableValues ?? {}) as Record<string, unknown>);
      if (cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `The query costs ${cost} with its variables, over the limit of ${maxCost}: ask for smaller pages (first/last) or fewer fields, and page through the rest.`,
            { extensions: { code: 'INVALID_ARGUMENT', reason: 'QUERY_COST', http: { status: 400 } } },
          ),
        ],
      });
    },
  };
}
