// Change events (issue 21): the ChangeEvent type and the changeEvents subscription, served over
// Server-Sent Events by Yoga (the graphql-sse protocol's distinct connections mode). Each SSE
// message carries the event's id as its SSE `id`, so a client that reconnects sends it back as
// Last-Event-ID and misses nothing (http/plugins/sse-event-ids.ts).
import { GraphQLError } from 'graphql';
import type { EventType } from '../db/database.js';
import { decodeEventId, EVENT_TYPES, type PublicEvent } from '../events/event.model.js';
import { EventCursorExpiredError, openEventStream, type StreamItem } from '../events/event.stream.js';
import { SubscriptionLimitError } from '../events/event-hub.js';
import { decodeIntegrationId } from '../integrations/ids.js';
import { isApiKeyLive } from '../tenants/tenant.repository.js';
import { builder } from './builder.js';
import { ConnectorTypeEnum } from './connector-enums.js';

const typeDescriptions: Record<EventType, string> = {
  INTEGRATION_CREATED: 'An integration was created (revision 1).',
  INTEGRATION_UPDATED: 'An integration was updated: changedPaths says what changed, version and etag are the new ones.',
  INTEGRATION_DELETED: 'An integration was deleted.',
  INTEGRATION_RESTORED: 'An integration was restored to an earlier revision (data.restoredFrom).',
  INTEGRATION_APPROVED: "An integration's request to use an ASK connector config was approved.",
  INTEGRATION_REJECTED: "An integration's request to use an ASK connector config was rejected.",
  INTEGRATION_STATUS_CHANGED: 'A status was observed (a connection check or a transfer report): data.state, data.previousState, data.message, data.checkedAt.',
  TRANSFER_REPORTED: 'A transfer was reported: transferId, data.status, data.endedAt, data.isFullRefresh.',
  CONNECTOR_CONFIG_CREATED: 'A connector config was created.',
  CONNECTOR_CONFIG_UPDATED: 'A connector config (its settings, secrets, sharing, environments, …) was updated: changedPaths says what.',
  CONNECTOR_CONFIG_DELETED: 'A connector config was deleted.',
  WEBHOOK_TEST: 'A test event sent to one webhook endpoint by sendTestWebhookEvent; never sent to subscriptions.',
};

export const ChangeEventTypeEnum = builder.enumType('ChangeEventType', {
  description: 'What kind of change an event records.',
  values: Object.fromEntries(EVENT_TYPES.map((type) => [type, { description: typeDescriptions[type] }])) as Record<EventType, { description: string }>,
});

export const ChangeEventRef = builder.objectRef<PublicEvent>('ChangeEvent').implement({
  description:
    'One committed change, recorded in the transaction that made it. Never carries a secret: a secret change shows as its path in changedPaths only.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'The event id (evt_…): where it stands in the order. Pass it as `after` (or Last-Event-ID) to resume right after it.',
    }),
    type: t.field({ type: ChangeEventTypeEnum, description: 'What kind of change.', resolve: (e) => e.type }),
    occurredAt: t.field({ type: 'DateTime', description: 'When the change was made.', resolve: (e) => e.occurredAt }),
    integrationId: t.exposeID('integrationId', { nullable: true, description: 'The integration changed (int_…); null for connector config events.' }),
    connectorConfigId: t.exposeID('connectorConfigId', { nullable: true, description: 'The connector config changed (ccfg_…); null for integration events.' }),
    transferId: t.exposeID('transferId', { nullable: true, description: 'The transfer reported (tr_…); TRANSFER_REPORTED only.' }),
    connector: t.field({
      type: ConnectorTypeEnum,
      nullable: true,
      description: 'The connector of the integration or config.',
      resolve: (e) => e.connector as never,
    }),
    labels: t.exposeStringList('labels', { description: "The integration's labels after the change." }),
    version: t.exposeInt('version', { nullable: true, description: 'The version after the change.' }),
    etag: t.exposeString('etag', { nullable: true, description: 'The etag after the change: a write may send it to guard against a newer one.' }),
    changedPaths: t.exposeStringList('changedPaths', { description: 'The dotted paths that changed (as on revisions); empty for status and transfer events.' }),
    actor: t.exposeString('actor', { nullable: true, description: 'The name of the API key that made the change; null when the gateway made it.' }),
    data: t.field({ type: 'JSON', description: 'What else the type records (see ChangeEventType); never a secret.', resolve: (e) => e.data }),
  }),
});

builder.subscriptionType({
  description: 'Streams over Server-Sent Events (send Accept: text/event-stream). One subscription per SSE connection.',
});

const invalid = (message: string, code = 'INVALID_ARGUMENT') => new GraphQLError(message, { extensions: { code } });

builder.subscriptionField('changeEvents', (t) =>
  t.field({
    type: ChangeEventRef,
    description:
      "The calling key's change events, in commit order, each once: after `after` when given (or the Last-Event-ID header), else from now on. " +
      'Events are kept for EVENTS_RETENTION_HOURS (README, "Change events"); an older id answers FAILED_PRECONDITION.',
    args: {
      after: t.arg.string({
        required: false,
        description: 'The id of the last event seen: the stream starts right after it. evt_0_0: from the oldest event still kept.',
      }),
      integrationId: t.arg.id({ required: false, description: 'Only the events of this integration.' }),
      connectors: t.arg({
        type: [ConnectorTypeEnum],
        required: false,
        description: 'Only events of these connectors (at most 100).',
        validate: { maxLength: 100 },
      }),
      labels: t.arg.stringList({ required: false, description: 'Only events of integrations with at least one of these labels.', validate: { maxLength: 50 } }),
      types: t.arg({ type: [ChangeEventTypeEnum], required: false, description: 'Only events of these types.' }),
    },
    subscribe: async (_root, args, ctx) => {
      const afterText = args.after ?? ctx.lastEventId ?? null;
      const after = afterText === null ? null : decodeEventId(afterText);
      if (afterText !== null && after === null)
        throw invalid('`after` (or Last-Event-ID) is not an event id: pass the id (evt_…) of the last event you received, or leave it out to start from now.');
      let integrationId: string | null = null;
      if (args.integrationId != null) {
        integrationId = decodeIntegrationId(String(args.integrationId));
        if (!integrationId) throw invalid('integrationId is not an integration id (int_…): pass the id of one of your integrations.');
      }
      const hub = ctx.events;
      if (!hub) throw invalid('Change events are not served by this gateway.', 'FAILED_PRECONDITION');
      const keyId = ctx.auth.keyId;
      try {
        return await openEventStream({
          db: ctx.deps.db,
          hub,
          viewer: { tenantId: ctx.actor.tenantId, environmentId: ctx.actor.environmentId, teamId: ctx.actor.teamId },
          after,
          filter: {
            integrationId,
            connectors: args.connectors as string[] | null | undefined,
            labels: args.labels,
            types: args.types as EventType[] | null | undefined,
          },
          keyIsLive: () => (keyId ? isApiKeyLive(ctx.deps.db, keyId) : Promise.resolve(true)),
          keyRecheckMs: hub.options.keyRecheckMs,
        });
      } catch (error) {
        if (error instanceof EventCursorExpiredError)
          throw invalid(
            'The events after that id are no longer kept (EVENTS_RETENTION_HOURS): read the current state (integrations, revisions) and subscribe again without `after`.',
            'FAILED_PRECONDITION',
          );
        if (error instanceof SubscriptionLimitError) throw invalid(error.message, 'RESOURCE_EXHAUSTED');
        throw error;
      }
    },
    resolve: (item: StreamItem) => {
      if ('end' in item) {
        throw item.end === 'revoked'
          ? new GraphQLError('The API key was revoked: the stream ends. Subscribe again with a live key.', { extensions: { code: 'UNAUTHENTICATED' } })
          : new GraphQLError('This gateway is shutting down: subscribe again (with the last id you received) to continue on another.', {
              extensions: { code: 'UNAVAILABLE' },
            });
      }
      return item;
    },
  }),
);
