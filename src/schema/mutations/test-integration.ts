// testIntegration: a live connection check of one integration, recorded as its status. The
// checks themselves live in src/checks/; this resolver only parses, calls and maps.
import { testIntegration } from '../../checks/connection-check.service.js';
import { decodeIntegrationId } from '../../integrations/ids.js';
import { builder } from '../builder.js';
import { NotFoundError } from '../errors.js';
import { integrationPayload } from './integration-payload.js';

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
      types: [NotFoundError],
      directResult: true,
      union: { name: 'TestIntegrationResult', description: 'The result of testIntegration: the payload, or a typed error.' },
    },
    args: { id: t.arg.id({ required: true, description: 'The integration id.' }) },
    resolve: async (_root, args, ctx) => {
      const run = () =>
        testIntegration(ctx.deps, ctx.actor, decodeIntegrationId(String(args.id)), {
          timeoutMs: ctx.connectionCheckTimeoutMs,
          denyList: ctx.connectionCheckDeny,
          logger: ctx.logger,
        });
      return { integration: await (ctx.connectionCheckSlots ? ctx.connectionCheckSlots.run(ctx.auth.tenantId, run) : run()) };
    },
  }),
);
