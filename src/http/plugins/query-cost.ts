// The work an operation asks for, counted before anything runs: its cost (every list counted with
// its size: first/last, nested ones multiplied, e.g. deliveries(first:) × attempts(last:), the ids of nodes(ids:), the representations of _entities), the caps on
// those lists, and the mutation root fields the rate limits charge. One walker, ours, in place of
// graphql-armor's cost limit, which counts only a literal first/last.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE } from '../../core/paging.js';
import { MAX_NODE_IDS } from '../../schema/node.js';

const OBJECT_COST = 2;
const SCALAR_COST = 1;
/** A page whose size is neither given nor defaulted in the schema. */
const DEFAULT_PAGE_SIZE = 20;
const PAGE_ARGUMENTS = ['first', 'last'];

/** Fields whose answer has one item per element of a list argument. */
const LIST_SIZED_BY_ARGUMENT: Record<string, { argument: string; limit: 'ids' | 'representations' }> = {
  'Query.nodes': { argument: 'ids', limit: 'ids' },
  'Query._entities': { argument: 'representations', limit: 'representations' },
};

export interface WorkLimits {
  maxCost: number;
  /** Largest number of representations one _entities field takes (GRAPHQL_MAX_REPRESENTATIONS). */
  maxRepresentations: number;
}

export interface Work {
  /** 1 per scalar, 2 per object, each list's selection times its size; nested lists multiply. */
  cost: number;
  /** Whether a size came from a variable (the cost then holds for these variable values only). */
  sizedByVariables: boolean;
  /** Root fields of a mutation, aliases counted, __typename not. */
  mutationFields: number;
  /** Connection-check fields of a mutation (testIntegration, marked chargesConnectionCheck), aliases counted. */
  connectionChecks: number;
  /** The largest list argument of each capped kind. */
  largest: { ids: number; representations: number };
}

function numberIn(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The work of an operation with these variable values (coerced, or raw: only sizes are read). */
export function operationWork(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): Work {
  const work: Work = { cost: 0, sizedByVariables: false, mutationFields: 0, connectionChecks: 0, largest: { ids: 0, representations: 0 } };
  const fragmentCosts = new Map<string, number>();

  // A variable the request left out takes the operation's default ($n: Int = 100), which
  // execution uses: counting the field's default instead would undercount by the ratio.
  const defaults = new Map(
    (operation.variableDefinitions ?? []).flatMap((d) => (d.defaultValue ? [[d.variable.name.value, valueFromASTUntyped(d.defaultValue)] as const] : [])),
  );
  const variable = (name: string): unknown => {
    work.sizedByVariables = true;
    // Own properties only: `in` would find what every object inherits ($constructor, $toString)
    // and count the field's default instead of the operation's.
    return Object.hasOwn(variables, name) ? variables[name] : defaults.get(name);
  };
  const listLength = (node: ValueNode): number => {
    if (node.kind === Kind.LIST) return node.values.length;
    if (node.kind === Kind.NULL) return 0;
    if (node.kind !== Kind.VARIABLE) return 1; // a single value where a list is expected is a list of one
    const value = variable(node.name.value);
    return Array.isArray(value) ? value.length : value == null ? 0 : 1;
  };
  const pageSize = (node: FieldNode, argument: GraphQLArgument): number => {
    const given = node.arguments?.find((a) => a.name.value === argument.name)?.value;
    const value =
      given?.kind === Kind.INT ? Number.parseInt(given.value, 10) : given?.kind === Kind.VARIABLE ? numberIn(variable(given.name.value)) : undefined;
    const size = value ?? numberIn(argument.defaultValue) ?? DEFAULT_PAGE_SIZE;
    // A page over the largest allowed is refused by the field's own validation, which names the
    // argument; counting it as the largest lets that error, not this one, answer. An argument with
    // a smaller cap of its own says so in its extensions (WebhookDelivery.attempts(last:): 50).
    return Math.min(Math.max(size, 1), numberIn(argument.extensions?.maxPageSize) ?? MAX_PAGE_SIZE);
  };
  const sizeOf = (node: FieldNode, parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): number => {
    const sized = LIST_SIZED_BY_ARGUMENT[`${parent.name}.${field.name}`];
    if (sized) {
      const given = node.arguments?.find((a) => a.name.value === sized.argument);
      const length = given ? listLength(given.value) : 0;
      work.largest[sized.limit] = Math.max(work.largest[sized.limit], length);
      return length;
    }
    const page =
      field.args.find((a) => PAGE_ARGUMENTS.includes(a.name) && node.arguments?.some((given) => given.name.value === a.name)) ??
      field.args.find((a) => PAGE_ARGUMENTS.includes(a.name));
    return page ? pageSize(node, page) : 1;
  };

  const selectionsCost = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') continue; // introspection is bounded by the schema
        if (!selection.selectionSet) {
          cost += SCALAR_COST;
          continue;
        }
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const child = field ? getNamedType(field.type) : undefined;
        const size = field && parent ? sizeOf(selection, parent, field) : 1;
        cost += (OBJECT_COST + selectionsCost(selection.selectionSet, child)) * size;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += OBJECT_COST + selectionsCost(selection.selectionSet, type ?? undefined);
      } else {
        const name = selection.name.value;
        let fragmentCost = fragmentCosts.get(name);
        if (fragmentCost === undefined) {
          const fragment = fragments.get(name);
          fragmentCosts.set(name, 0); // a cycle (refused by validation anyway) adds nothing
          fragmentCost = fragment ? OBJECT_COST + selectionsCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined) : 0;
          fragmentCosts.set(name, fragmentCost);
        }
        cost += SCALAR_COST + fragmentCost;
      }
    }
    return cost;
  };

  const root = schema.getRootType(operation.operation) ?? undefined;
  work.cost = selectionsCost(operation.selectionSet, root);
  if (operation.operation === 'mutation') countRootFields(operation.selectionSet, fragments, work, new Set(), schema.getMutationType()?.getFields() ?? {});
  return work;
}

/**
 * Counts a mutation's root fields through fragments and inline fragments (@skip/@include ignored:
 * counted), and among them the connection checks: fields marked `extensions: { chargesConnectionCheck: true }`.
 */
function countRootFields(
  set: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  work: Work,
  seen: Set<string>,
  mutationFields: Readonly<Record<string, GraphQLField<unknown, unknown>>>,
) {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') continue;
      work.mutationFields += 1;
      if (mutationFields[selection.name.value]?.extensions.chargesConnectionCheck === true) work.connectionChecks += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countRootFields(selection.selectionSet, fragments, work, seen, mutationFields);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      countRootFields(fragment.selectionSet, fragments, work, seen, mutationFields);
      seen.delete(fragment.name.value);
    }
  }
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
}

/** Work of documents whose sizes are all literal, by document and operation name: the common case is a lookup. */
const literalWork = new WeakMap<DocumentNode, Map<string | null | undefined, Work>>();
/** Work of the execution in flight, so every plugin that needs it counts it once. */
const workOfExecution = new WeakMap<object, Work | null>();

/** The work of an execution (envelop's execute args), counted once; null without an operation. */
export function workOf(args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: unknown }): Work | null {
  const known = workOfExecution.get(args);
  if (known !== undefined) return known;
  const byName = literalWork.get(args.document);
  let work: Work | null | undefined = byName?.get(args.operationName);
  if (!work) {
    const operation = getOperationAST(args.document, args.operationName);
    work = operation ? operationWork(args.schema, operation, fragmentsOf(args.document), (args.variableValues ?? {}) as Record<string, unknown>) : null;
    if (work && !work.sizedByVariables) {
      if (byName) byName.set(args.operationName, work);
      else literalWork.set(args.document, new Map([[args.operationName, work]]));
    }
  }
  workOfExecution.set(args, work);
  return work;
}

function invalid(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_ARGUMENT', reason, http: { status: 400 } } });
}

/** The first limit the work passes, as the error that answers it; null within every limit. */
export function overLimit(work: Work, limits: WorkLimits): GraphQLError | null {
  if (work.largest.ids > MAX_NODE_IDS) {
    return invalid(`nodes(ids:) takes at most ${MAX_NODE_IDS} ids and was sent ${work.largest.ids}: split them over several requests.`, 'TOO_MANY_IDS');
  }
  if (work.largest.representations > limits.maxRepresentations) {
    return invalid(
      `_entities takes at most ${limits.maxRepresentations} representations and was sent ${work.largest.representations}: split them over several requests.`,
      'TOO_MANY_REPRESENTATIONS',
    );
  }
  if (work.cost > limits.maxCost) {
    return invalid(
      `The query costs ${work.cost}${work.sizedByVariables ? ' with its variables' : ''}, over the limit of ${limits.maxCost}: ask for smaller pages ` +
        '(first/last), fewer ids in nodes(ids:), fewer representations in _entities or fewer fields, and page through the rest.',
      'QUERY_COST',
    );
  }
  return null;
}

/** Refuses, before anything runs, an operation over the cost limit or with a list argument over its cap. */
export function limitWork(limits: WorkLimits): Plugin {
  const refuse = ({ args, setResultAndStopExecution }: Pick<Parameters<NonNullable<Plugin['onExecute']>>[0], 'args' | 'setResultAndStopExecution'>) => {
    const work = workOf(args);
    const error = work && overLimit(work, limits);
    if (error) setResultAndStopExecution({ errors: [error] });
  };
  // Subscriptions run through subscribe, not execute.
  return { onExecute: refuse, onSubscribe: refuse };
}
