// testIntegrationConfig: a live connection check of a proposed config, for a new integration or an
// existing one, that stores nothing. The checks live in src/checks/.
import { type ProposedCheckResult, testProposedConfig } from '../../checks/connection-check.service.js';
import { decodeIntegrationId } from '../../integrations/ids.js';
import type { ConfigInput } from '../../integrations/integration.service.js';
import { builder } from '../builder.js';
import { IntegrationConfigInput } from '../connector-types.js';
import { ConnectorMismatchError, NotFoundError, ValidationError } from '../errors.js';
import { StatusStateEnum } from '../integration.js';
import { idempotencyKeyArg, withIdempotencyKey } from './integration-payload.js';
import { checkLeaseMs } from './test-integration.js';

const ConnectionCheckResultRef = builder.objectRef<ProposedCheckResult>('ConnectionCheckResult').implement({
  description: 'What a connection check of a proposed config found. It is not stored anywhere: no status, etag or revision changes.',
  fields: (t) => ({
    state: t.field({
      type: StatusStateEnum,
      description: 'HEALTHY (connected), ERROR (message says why) or UNKNOWN (no live check for this connector or config).',
      resolve: (r) => r.state,
    }),
    message: t.exposeString('message', { nullable: true, description: 'Why, for people; never contains a secret.' }),
    checkedAt: t.field({ type: 'DateTime', description: 'When the check ended.', resolve: (r) => r.checkedAt }),
  }),
});

const TestIntegrationConfigPayload = builder.objectRef<{ result: ProposedCheckResult }>('TestIntegrationConfigPayload').implement({
  description: 'The outcome of checking a proposed config.',
  fields: (t) => ({
    result: t.field({ type: ConnectionCheckResultRef, description: 'What the check found.', resolve: (p) => p.result }),
  }),
});

builder.mutationField('testIntegrationConfig', (t) =>
  t.field({
    type: TestIntegrationConfigPayload,
    description:
      'Checks a proposed config before it is saved: connects (time-bounded, under the same egress rules as ' +
      'testIntegration) and answers the outcome, storing nothing. With integrationId, the proposal is merged with that ' +
      "integration's stored secrets as updateIntegration would merge it: a stored secret is used only where the proposal " +
      'keeps the destination it was written for; where a destination changes, the proposal must carry the secret ' +
      '(else a ValidationError at its path). Charged to the connection-check budget like testIntegration.',
    authScopes: { write: true },
    extensions: { chargesConnectionCheck: true },
    errors: {
      types: [ValidationError, NotFoundError, ConnectorMismatchError],
      directResult: true,
      union: { name: 'TestIntegrationConfigResult', description: 'The result of testIntegrationConfig: the payload, or a typed error.' },
    },
    args: {
      config: t.arg({ type: IntegrationConfigInput, required: true, description: 'The proposed config; exactly one connector member.' }),
      integrationId: t.arg.id({
        description: "An existing integration whose stored secrets fill the secrets the proposal leaves out; it must be the same connector's.",
      }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: async (_root, args, ctx) => {
      const run = () =>
        testProposedConfig(
          ctx.deps,
          ctx.actor,
          {
            config: args.config as ConfigInput,
            integrationGiven: args.integrationId != null,
            integrationId: args.integrationId == null ? null : decodeIntegrationId(String(args.integrationId)),
          },
          { timeoutMs: ctx.connectionCheckTimeoutMs, denyList: ctx.connectionCheckDeny, logger: ctx.logger },
        );
      return withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        {
          operation: 'testIntegrationConfig',
          args: { config: args.config, integrationId: args.integrationId },
          transactional: false,
          leaseMs: checkLeaseMs(ctx),
          encode: (p: { result: ProposedCheckResult }) => p,
          decode: (stored) => {
            const { result } = stored as { result: ProposedCheckResult };
            return { result: { ...result, checkedAt: new Date(result.checkedAt) } };
          },
        },
        async () => ({ result: await (ctx.connectionCheckSlots ? ctx.connectionCheckSlots.run(ctx.auth.tenantId, run) : run()) }),
      );
    },
  }),
);
