// testIntegration: a live connection check of one integration, recorded as its status. The
// checks themselves live in src/checks/; this resolver only parses, calls and maps.
import { testIntegration } from '../../checks/connection-check.service.js';
import type { Context } from '../../context.js';
import type { ServiceDeps } from '../../core/deps.js';
import { decodeIntegrationId } from '../../integrations/ids.js';
import { builder } from '../builder.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { idempotencyKeyArg, integrationPayload, integrationPayloadCodec, withIdempotencyKey } from './integration-payload.js';

/** A check's idempotency claim outlasts the check it guards (its timeout, and a margin to record it). */
export const checkLeaseMs = (ctx: Context) => ctx.connectionCheckTimeoutMs + 15_000;

const TestIntegrationPayload = integrationPayload(
  'TestIntegrationPayload',
  'The integration after the check: its status holds the outcome (HEALTHY, ERROR with why, UNKNOWN or DISABLED) and when it was checked.',
);

builder.mutationField('testIntegration', (t) =>
  t.field({
    type: TestIntegrationPayload,
    description:
      'Checks that the integration works: connects with its stored credentials (time-bounded) and records the outcome ' +
      'as its status. Connectors without a live check answer UNKNOWN; a disabled integration is not checked (DISABLED). ' +
      "Never changes the etag or version and writes no revision. Each call is charged to the key's connection-check " +
      'budget; over the per-tenant cap of checks in flight it answers RESOURCE_EXHAUSTED (retry after Retry-After).',
    authScopes: { write: true },
    // Each call connects out: charged to the key's connection-check budget (http/plugins/rate-limits.ts).
    extensions: { chargesConnectionCheck: true },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: { name: 'TestIntegrationResult', description: 'The result of testIntegration: the payload, or a typed error.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The integration id.' }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: async (_root, args, ctx) => {
      const run = (deps: ServiceDeps) => async () => ({
        integration: await testIntegration(deps, ctx.actor, decodeIntegrationId(String(args.id)), {
          timeoutMs: ctx.connectionCheckTimeoutMs,
          denyList: ctx.connectionCheckDeny,
          logger: ctx.logger,
        }),
      });
      return withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'testIntegration', args: { id: args.id }, transactional: false, leaseMs: checkLeaseMs(ctx), ...integrationPayloadCodec },
        (deps) => (ctx.connectionCheckSlots ? ctx.connectionCheckSlots.run(ctx.auth.tenantId, run(deps)) : run(deps)()),
      );
    },
  }),
);
