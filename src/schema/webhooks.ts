// Webhook endpoints (issue 21): register, change, disable, re-enable, delete, send a test event,
// and read each endpoint's deliveries with every attempt. Managed and read with write keys only:
// a receiver's URL may carry its own token. Signatures: Standard Webhooks (README, "Webhooks").

import type { Context } from '../context.js';
import { NotFoundError as NotFound } from '../core/errors.js';
import { MAX_PAGE_SIZE } from '../core/paging.js';
import type { DeliveryStatus } from '../db/database.js';
import { encodeIntegrationId } from '../integrations/ids.js';
import { DEFAULT_ATTEMPTS_PAGE, MAX_ATTEMPTS_PAGE } from '../webhooks/webhook.loaders.js';
import {
  decodeEndpointId,
  deliveryCursor,
  encodeDeliveryId,
  encodeEndpointId,
  endpointCursor,
  toDeliveryRecord,
  toEndpointRecord,
  type WebhookAttemptRecord,
  type WebhookDeliveryRecord,
  type WebhookEndpointRecord,
} from '../webhooks/webhook.model.js';
import { findDelivery, findEndpoint, listDeliveries, listEndpoints } from '../webhooks/webhook.repository.js';
import {
  createEndpoint,
  DEFAULT_MAX_ENDPOINTS_PER_TENANT,
  type EndpointInput,
  removeEndpoint,
  sendTestEvent,
  setEndpointEnabled,
  updateEndpointSettings,
} from '../webhooks/webhook.service.js';
import { messageBody } from '../webhooks/webhook.worker.js';
import { builder } from './builder.js';
import { pageConnection } from './connection.js';
import { ConnectorTypeEnum } from './connector-enums.js';
import { EtagMismatchError, LimitReachedError, NotFoundError, ValidationError } from './errors.js';
import { ChangeEventTypeEnum } from './events.js';
import { etagArg, idempotencyKeyArg, withIdempotencyKey } from './mutations/integration-payload.js';

const DeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where a delivery stands.',
  values: {
    PENDING: { description: 'Not delivered yet: being sent, or waiting for its next attempt (nextAttemptAt).' },
    SUCCEEDED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Every attempt failed (WEBHOOK_MAX_ATTEMPTS); it is not sent again.' },
  } as const,
});

const AttemptRef = builder.objectRef<WebhookAttemptRecord>('WebhookAttempt').implement({
  description: 'One attempt to deliver a message.',
  fields: (t) => ({
    attempt: t.exposeInt('attempt', { description: '1 for the first attempt, then 2, 3, …' }),
    startedAt: t.field({ type: 'DateTime', description: 'When it started.', resolve: (a) => a.startedAt }),
    durationMs: t.exposeInt('durationMs', { description: 'How long it took, connect to the end of the answer (or the failure).' }),
    statusCode: t.exposeInt('statusCode', { nullable: true, description: "The receiver's HTTP status; null when none came (timeout, refused)." }),
    error: t.exposeString('error', {
      nullable: true,
      description: "What went wrong, in the gateway's words (never the receiver's body); null on success.",
    }),
    succeeded: t.exposeBoolean('succeeded', { description: 'Whether the receiver answered 2xx.' }),
  }),
});

const DeliveryRef = builder.objectRef<WebhookDeliveryRecord>('WebhookDelivery').implement({
  description: 'One event sent (or to be sent) to one endpoint, at least once, with every attempt.',
  fields: (t) => ({
    id: t.id({ description: 'The delivery id (whdl_…).', resolve: (d) => encodeDeliveryId(d.id) }),
    eventId: t.exposeString('eventId', { description: 'The event id (evt_…), also the webhook-id header: the same on every retry.' }),
    eventType: t.field({ type: ChangeEventTypeEnum, description: 'The event type.', resolve: (d) => d.eventType }),
    status: t.field({ type: DeliveryStatusEnum, description: 'Where it stands.', resolve: (d) => d.status }),
    attemptCount: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it is tried next; null once SUCCEEDED or FAILED.',
      resolve: (d) => d.nextAttemptAt,
    }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true, description: "The last attempt's HTTP status." }),
    createdAt: t.field({ type: 'DateTime', description: 'When the event was queued for the endpoint.', resolve: (d) => d.createdAt }),
    completedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it succeeded or finally failed.', resolve: (d) => d.completedAt }),
    attempts: t.field({
      type: [AttemptRef],
      description:
        'Its latest attempts, oldest first among them (attemptCount says how many there are in all). ' +
        "Read in one statement for the page's deliveries; the query cost counts deliveries × last.",
      args: {
        last: t.arg.int({
          defaultValue: DEFAULT_ATTEMPTS_PAGE,
          description: `How many of the latest attempts, 0–${MAX_ATTEMPTS_PAGE}.`,
          validate: { min: 0, max: MAX_ATTEMPTS_PAGE },
          // The cost walker counts a larger value as this, so the validation above answers it.
          extensions: { maxPageSize: MAX_ATTEMPTS_PAGE },
        }),
      },
      resolve: (d, args, ctx) => (args.last === 0 ? [] : ctx.loaders.latestAttempts.load({ deliveryId: d.id, last: args.last ?? DEFAULT_ATTEMPTS_PAGE })),
    }),
    payload: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The body sent (the same on every attempt); null once the event is no longer kept.',
      resolve: async (d, _args, ctx) => {
        const event = await ctx.loaders.deliveryEvent.load(d.eventRowId);
        return event ? JSON.parse(messageBody(event)) : null;
      },
    }),
  }),
});

const DeliveryConnection = builder.connectionObject(
  {
    type: DeliveryRef,
    name: 'WebhookDeliveryConnection',
    description: "A page of an endpoint's deliveries, newest first.",
    fields: (t) => ({
      totalCount: t.int({ description: 'How many deliveries match in all.', resolve: (c) => (c as unknown as { totalCount: number }).totalCount }),
    }),
  },
  { name: 'WebhookDeliveryEdge', description: 'A delivery and its cursor.' },
);

export const WebhookEndpointRef = builder.objectRef<WebhookEndpointRecord>('WebhookEndpoint').implement({
  description: 'A receiver of change events: every event its filters match and its creating key could read is POSTed to it, signed.',
  fields: (t) => ({
    id: t.id({ description: 'The endpoint id (whep_…).', resolve: (e) => encodeEndpointId(e.id) }),
    url: t.exposeString('url', { description: 'Where events are POSTed.' }),
    description: t.exposeString('description', { nullable: true, description: 'What it is for.' }),
    eventTypes: t.field({ type: [ChangeEventTypeEnum], description: 'Only these event types; empty: every type.', resolve: (e) => e.eventTypes }),
    integrationId: t.id({
      nullable: true,
      description: 'Only the events of this integration; null: all.',
      resolve: (e) => (e.integrationId ? encodeIntegrationId(e.integrationId) : null),
    }),
    connectors: t.field({ type: [ConnectorTypeEnum], description: 'Only events of these connectors; empty: all.', resolve: (e) => e.connectors as never }),
    labels: t.exposeStringList('labels', { description: 'Only events of integrations with one of these labels; empty: all.' }),
    enabled: t.exposeBoolean('enabled', { description: 'Whether events are sent; false once disabled (by its owner or after failures).' }),
    disabledReason: t.exposeString('disabledReason', { nullable: true, description: 'Why it is disabled.' }),
    disabledAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was disabled.', resolve: (e) => e.disabledAt }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', {
      description: 'Failed attempts in a row; at WEBHOOK_DISABLE_AFTER_FAILURES the endpoint is disabled.',
    }),
    etag: t.exposeString('etag', { description: 'Changes with every change: send it back to guard a write.' }),
    version: t.exposeInt('version', { description: 'Counts the changes, from 1.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was registered.', resolve: (e) => e.createdAt }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (e) => e.updatedAt }),
    deliveries: t.field({
      type: DeliveryConnection,
      description: 'Its deliveries, newest first, each with its attempts.',
      args: {
        first: t.arg.int({ defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.` }),
        after: t.arg.string({ description: 'An endCursor from the previous page.' }),
        status: t.arg({ type: DeliveryStatusEnum, description: 'Only deliveries in this state.' }),
      },
      resolve: (endpoint, args, ctx) =>
        pageConnection(args, deliveryCursor, async (after, limit) => {
          const page = await listDeliveries(ctx.deps.db, endpoint.id, after, limit, (args.status as DeliveryStatus | null) ?? undefined);
          return { nodes: page.nodes.map(toDeliveryRecord), totalCount: page.totalCount };
        }) as never,
    }),
  }),
});

const EndpointConnection = builder.connectionObject(
  {
    type: WebhookEndpointRef,
    name: 'WebhookEndpointConnection',
    description: "A page of the tenant's webhook endpoints, oldest first.",
    fields: (t) => ({
      totalCount: t.int({ description: 'How many endpoints in all.', resolve: (c) => (c as unknown as { totalCount: number }).totalCount }),
    }),
  },
  { name: 'WebhookEndpointEdge', description: 'An endpoint and its cursor.' },
);

builder.queryFields((t) => ({
  webhookEndpoints: t.field({
    type: EndpointConnection,
    description: "The tenant's webhook endpoints this key manages (write keys only).",
    authScopes: { write: true },
    args: {
      first: t.arg.int({ defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.`, validate: { min: 0, max: MAX_PAGE_SIZE } }),
      after: t.arg.string({ description: 'An endCursor from the previous page.' }),
    },
    resolve: (_root, args, ctx) =>
      pageConnection(args, endpointCursor, async (after, limit) => {
        const page = await listEndpoints(ctx.deps.db, ctx.actor, after, limit);
        return { nodes: page.nodes.map(toEndpointRecord), totalCount: page.totalCount };
      }) as never,
  }),
  webhookEndpoint: t.field({
    type: WebhookEndpointRef,
    nullable: true,
    description: 'One webhook endpoint by id; null when this key does not manage one with that id (write keys only).',
    authScopes: { write: true },
    args: { id: t.arg.id({ required: true, description: 'The endpoint id (whep_…).' }) },
    resolve: async (_root, args, ctx) => {
      const id = decodeEndpointId(String(args.id));
      const row = id ? await findEndpoint(ctx.deps.db, ctx.actor, id) : undefined;
      return row ? toEndpointRecord(row) : null;
    },
  }),
}));

const endpointFields = (t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<never>, 'InputObject'>) => ({
  description: t.string({ description: 'What it is for (at most 4000 characters).' }),
  eventTypes: t.field({ type: [ChangeEventTypeEnum], description: 'Only these event types; empty or left out: every type.' }),
  integrationId: t.id({ description: 'Only the events of this integration (int_…).' }),
  connectors: t.field({ type: [ConnectorTypeEnum], description: `Only events of these connectors (at most 50).` }),
  labels: t.stringList({ description: 'Only events of integrations with at least one of these labels (at most 50).' }),
});

const CreateInput = builder.inputType('CreateWebhookEndpointInput', {
  description: 'A webhook endpoint to register.',
  fields: (t) => ({
    url: t.string({
      required: true,
      description: 'Where to POST events: https:// (http:// only with WEBHOOK_ALLOW_HTTP), no credentials, at most 2048 characters.',
    }),
    ...endpointFields(t as never),
  }),
});

const UpdateInput = builder.inputType('UpdateWebhookEndpointInput', {
  description: 'Changes to an endpoint: a field left out keeps its value; null clears the optional ones.',
  fields: (t) => ({
    url: t.string({ description: 'A new URL.' }),
    ...endpointFields(t as never),
    rotateSecret: t.boolean({ description: 'Draw a new signing secret (answered once in signingSecret); the old one stops signing at once.' }),
  }),
});

interface EndpointPayloadShape {
  endpoint: WebhookEndpointRecord;
  signingSecret?: string | null;
}

const EndpointPayload = builder.objectRef<EndpointPayloadShape>('WebhookEndpointPayload').implement({
  description: 'An endpoint after a change.',
  fields: (t) => ({
    endpoint: t.field({ type: WebhookEndpointRef, description: 'The endpoint.', resolve: (p) => p.endpoint }),
    signingSecret: t.string({
      nullable: true,
      description:
        'The signing secret (whsec_…), shown only in the answer that made it (create, or update with rotateSecret): store it now. Null otherwise, also on an idempotent replay.',
      resolve: (p) => p.signingSecret ?? null,
    }),
  }),
});

/** Kept by an idempotency key: never the signing secret. */
const endpointPayloadCodec = {
  encode: (p: EndpointPayloadShape) => ({ endpoint: p.endpoint }),
  decode: (stored: unknown) => stored as EndpointPayloadShape,
};

const policyOf = (ctx: Context) => ({
  allowHttp: ctx.webhooks?.allowHttp === true,
  denyList: ctx.connectionCheckDeny,
  maxEndpoints: ctx.webhooks?.maxEndpoints ?? DEFAULT_MAX_ENDPOINTS_PER_TENANT,
});
const endpointIdOf = (id: unknown) => decodeEndpointId(String(id)) ?? '00000000-0000-0000-0000-000000000000';

interface TestPayloadShape {
  delivery: WebhookDeliveryRecord;
}

const TestPayload = builder.objectRef<TestPayloadShape>('SendTestWebhookEventPayload').implement({
  description: 'The test event queued for the endpoint.',
  fields: (t) => ({
    delivery: t.field({
      type: DeliveryRef,
      description: 'Its delivery (PENDING until the worker sends it: read the endpoint to see the attempts).',
      resolve: (p) => p.delivery,
    }),
  }),
});

builder.mutationFields((t) => ({
  createWebhookEndpoint: t.field({
    type: EndpointPayload,
    description: 'Registers an endpoint for change events and answers its signing secret, once. Write keys only.',
    authScopes: { write: true },
    errors: {
      types: [ValidationError, NotFoundError, LimitReachedError],
      directResult: true,
      union: { name: 'CreateWebhookEndpointResult', description: 'The result of createWebhookEndpoint: the payload, or a typed error.' },
    },
    args: {
      input: t.arg({ type: CreateInput, required: true, description: 'The endpoint.' }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: (_root, args, ctx) =>
      withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'createWebhookEndpoint', args: { input: args.input }, transactional: true, ...endpointPayloadCodec },
        async (deps) => {
          const { endpoint, signingSecret } = await createEndpoint(deps, ctx.actor, args.input as EndpointInput, policyOf(ctx));
          return { endpoint, signingSecret };
        },
      ),
  }),
  updateWebhookEndpoint: t.field({
    type: EndpointPayload,
    description: 'Changes an endpoint (its URL, filters, or its signing secret with rotateSecret). Write keys only.',
    authScopes: { write: true },
    errors: {
      types: [ValidationError, NotFoundError, EtagMismatchError],
      directResult: true,
      union: { name: 'UpdateWebhookEndpointResult', description: 'The result of updateWebhookEndpoint: the payload, or a typed error.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The endpoint id (whep_…).' }),
      etag: etagArg(t) as never,
      input: t.arg({ type: UpdateInput, required: true, description: 'The changes.' }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: (_root, args, ctx) =>
      withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'updateWebhookEndpoint', args: { id: args.id, etag: args.etag, input: args.input }, transactional: true, ...endpointPayloadCodec },
        (deps) =>
          updateEndpointSettings(deps, ctx.actor, endpointIdOf(args.id), (args.etag as string | null | undefined) ?? null, args.input as never, policyOf(ctx)),
      ),
  }),
  ...Object.fromEntries(
    (['enable', 'disable'] as const).map((verb) => [
      `${verb}WebhookEndpoint`,
      t.field({
        type: EndpointPayload,
        description:
          verb === 'enable'
            ? 'Re-enables an endpoint (after failures, or disabled by its owner): its failure count starts again from 0 and pending deliveries are sent at once.'
            : 'Disables an endpoint: nothing is sent to it, and no new event is queued for it, until it is enabled again.',
        authScopes: { write: true },
        errors: {
          types: [ValidationError, NotFoundError, EtagMismatchError],
          directResult: true,
          union: { name: `${verb === 'enable' ? 'Enable' : 'Disable'}WebhookEndpointResult`, description: `The result of ${verb}WebhookEndpoint.` },
        },
        args: {
          id: t.arg.id({ required: true, description: 'The endpoint id (whep_…).' }),
          etag: etagArg(t) as never,
          idempotencyKey: idempotencyKeyArg(t) as never,
        },
        resolve: (_root, args, ctx) =>
          withIdempotencyKey(
            ctx,
            args.idempotencyKey as string | null | undefined,
            { operation: `${verb}WebhookEndpoint`, args: { id: args.id, etag: args.etag }, transactional: true, ...endpointPayloadCodec },
            async (deps) => ({
              endpoint: await setEndpointEnabled(deps, ctx.actor, endpointIdOf(args.id), (args.etag as string | null | undefined) ?? null, verb === 'enable'),
            }),
          ),
      }),
    ]),
  ),
  deleteWebhookEndpoint: t.field({
    type: EndpointPayload,
    description: 'Deletes an endpoint with its deliveries and attempts. Write keys only.',
    authScopes: { write: true },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: {
        name: 'DeleteWebhookEndpointResult',
        description: 'The result of deleteWebhookEndpoint: the payload (the endpoint as it was), or a typed error.',
      },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The endpoint id (whep_…).' }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: (_root, args, ctx) =>
      withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'deleteWebhookEndpoint', args: { id: args.id }, transactional: true, ...endpointPayloadCodec },
        async (deps) => ({ endpoint: await removeEndpoint(deps, ctx.actor, endpointIdOf(args.id)) }),
      ),
  }),
  sendTestWebhookEvent: t.field({
    type: TestPayload,
    description: 'Queues a WEBHOOK_TEST event for this endpoint alone, sent like any event while the endpoint is enabled. Write keys only.',
    authScopes: { write: true },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: { name: 'SendTestWebhookEventResult', description: 'The result of sendTestWebhookEvent: the payload, or a typed error.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The endpoint id (whep_…).' }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: (_root, args, ctx) =>
      withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        {
          operation: 'sendTestWebhookEvent',
          args: { id: args.id },
          transactional: true,
          encode: (p: TestPayloadShape) => p,
          decode: (s: unknown) => s as TestPayloadShape,
        },
        async (deps) => {
          const deliveryId = await sendTestEvent(deps, ctx.actor, endpointIdOf(args.id));
          const row = await findDelivery(deps.db, ctx.actor.tenantId, deliveryId);
          if (!row) throw new NotFound('webhook endpoint');
          return { delivery: toDeliveryRecord(row) };
        },
      ),
  }),
}));
