// The per-key rate limits (rate-limit.ts holds the budgets): an operation is charged for its work
// before any of it runs, all or nothing.
import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context.js';
import type { Budget, RateLimiter } from '../../rate-limit.js';
import { workOf } from './query-cost.js';

const budgetNames: Record<Budget, string> = {
  readQueries: 'queries',
  writeQueries: 'queries',
  mutations: 'mutations (one point per mutation field, aliases counted)',
  connectionChecks: 'connection checks (one point per testIntegration or testIntegrationConfig field)',
};

/**
 * Charges the calling key for the work an operation asks for, before any of it runs: a query
 * `queryPoints(cost)` points of its query budget; a mutation one point per root field (aliases
 * count) and, for each testIntegration field, one point of the connection-check budget. All or
 * nothing: over any budget, HTTP 429 with Retry-After and nothing runs.
 */
export function rateLimits(limiter: RateLimiter): Plugin<Context> {
  const charge = async ({
    args,
    setResultAndStopExecution,
  }: Pick<Parameters<NonNullable<Plugin<Context>['onExecute']>>[0], 'args' | 'setResultAndStopExecution'>) => {
    const { auth } = args.contextValue;
    const work = workOf(args);
    if (!work) return;
    const isMutation = getOperationAST(args.document, args.operationName)?.operation === 'mutation';
    const decision = await limiter.consume(
      auth.keyId,
      isMutation
        ? [
            { budget: 'mutations', points: Math.max(1, work.mutationFields) },
            { budget: 'connectionChecks', points: work.connectionChecks },
          ]
        : [{ budget: auth.scope === 'write' ? 'writeQueries' : 'readQueries', points: limiter.queryPoints(work.cost) }],
    );
    if (decision.allowed) return;
    const { budget, points, perWindow, retryAfterSeconds } = decision;
    const advice =
      points > perWindow
        ? `This operation needs ${points} points, more than the ${perWindow} the key has per window: split it into smaller operations.`
        : `This operation needs ${points} points and fewer are left in this window. Retry after ${retryAfterSeconds} s${points > 1 ? ', or ask for less at once' : ''}.`;
    setResultAndStopExecution({
      errors: [
        new GraphQLError(`This API key is over its rate limit for ${budgetNames[budget]}. ${advice}`, {
          extensions: {
            code: 'RESOURCE_EXHAUSTED',
            retryAfterSeconds,
            http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
          },
        }),
      ],
    });
  };
  // A subscription is charged as a query of its cost when it starts (subscribe, not execute).
  return { onExecute: charge, onSubscribe: charge };
}
