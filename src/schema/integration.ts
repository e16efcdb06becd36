// The Integration type with its queries (its mutations are in mutations/). Resolvers stay thin:
// parse arguments, call one service function, map the result.
import { canCheckLive } from '../checks/registry.js';
import { MAX_PAGE_SIZE } from '../core/paging.js';
import { encodeIntegrationId } from '../integrations/ids.js';
import { configView, type IntegrationRecord } from '../integrations/integration.model.js';
import { type IntegrationListArgs, integrationCursor, listIntegrationsPage } from '../integrations/integration.queries.js';
import { revisionCursor } from '../integrations/revision.model.js';
import { builder } from './builder.js';
import { pageConnection } from './connection.js';
import { ConnectorCategoryEnum, ConnectorTypeEnum } from './connector-enums.js';
import { IntegrationConfigUnion, tagConfig } from './connector-types.js';
import { DeliverySettingsRef } from './delivery.js';
import { loadIntegration, NodeInterface } from './node.js';
import { IntegrationRevisionConnection, selectsSnapshot } from './revision.js';
import { callerTenant, TenantRef } from './tenant.js';

export const StatusStateEnum = builder.enumType('IntegrationStatusState', {
  description: 'Whether an integration works, as last checked.',
  values: {
    HEALTHY: { description: 'The last check succeeded.' },
    ERROR: { description: 'The last check failed; message says why.' },
    UNKNOWN: { description: 'Not checked yet, not checked since the config changed, or no live check exists for this connector.' },
    DISABLED: { description: 'The integration is disabled and is not checked.' },
  } as const,
});

const IntegrationStatusRef = builder.objectRef<IntegrationRecord['status']>('IntegrationStatus').implement({
  description: 'The standard status of an integration.',
  fields: (t) => ({
    state: t.field({ type: StatusStateEnum, description: 'The state.', resolve: (s) => s.state }),
    message: t.exposeString('message', { nullable: true, description: 'Why, for people; never contains a secret.' }),
    checkedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was last checked, or when its config changed since (state UNKNOWN); null if never.',
      resolve: (s) => s.checkedAt,
    }),
  }),
});

interface Capabilities {
  canWrite: boolean;
  /** The key has the sync scope (a sync worker's key). */
  canReport: boolean;
  disabled: boolean;
  /** The connector has a live connection check, and this config can be checked with it. */
  hasLiveCheck: boolean;
}

const CapabilitiesRef = builder.objectRef<Capabilities>('IntegrationCapabilities').implement({
  description: 'What the calling API key may do with this integration.',
  fields: (t) => ({
    canUpdate: t.boolean({ description: 'May update it.', resolve: (c) => c.canWrite }),
    canDelete: t.boolean({ description: 'May delete it.', resolve: (c) => c.canWrite }),
    canEnable: t.boolean({ description: 'May enable it (it is disabled).', resolve: (c) => c.canWrite && c.disabled }),
    canDisable: t.boolean({ description: 'May disable it (it is enabled).', resolve: (c) => c.canWrite && !c.disabled }),
    canTest: t.boolean({
      description:
        'May run a live connection check (testIntegration): the key has the write scope, the integration is enabled, and ' +
        'its connector has a live check that this config allows (not through an SSH tunnel).',
      resolve: (c) => c.canWrite && !c.disabled && c.hasLiveCheck,
    }),
    canReportTransfer: t.boolean({
      description: 'May report a finished run of a sync worker (reportTransfer): the key has the sync scope.',
      resolve: (c) => c.canReport,
    }),
  }),
});

export const IntegrationRef = builder.objectRef<IntegrationRecord>('Integration').implement({
  description: "A tenant's configured connection to an external system.",
  interfaces: [NodeInterface],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'connector' in value && 'etag' in value,
  fields: (t) => ({
    id: t.id({ description: 'Opaque global id (prefixed int_).', resolve: (r) => encodeIntegrationId(r.id) }),
    connector: t.field({ type: ConnectorTypeEnum, description: 'The external system.', resolve: (r) => r.connector.type }),
    category: t.field({
      type: ConnectorCategoryEnum,
      description: 'The kind of system, derived from the connector.',
      resolve: (r) => r.connector.category,
    }),
    title: t.exposeString('title', { description: 'Human-friendly name, 1–255 characters.' }),
    description: t.exposeString('description', { nullable: true, description: 'Free text about the integration.' }),
    labels: t.exposeStringList('labels', { description: 'Labels for filtering, e.g. ["prod"].' }),
    metadata: t.field({ type: 'JSON', description: 'Your own key/value data; {} when empty.', resolve: (r) => r.metadata }),
    customerId: t.exposeString('customerId', { nullable: true, description: 'The end customer this connection belongs to.' }),
    disabled: t.exposeBoolean('disabled', { description: 'A disabled integration is kept but not used.' }),
    config: t.field({
      type: IntegrationConfigUnion,
      description: 'The configuration; secrets show as SecretValue, never their value.',
      resolve: (r) => tagConfig(r.connector, configView(r)) as never,
    }),
    delivery: t.field({
      type: DeliverySettingsRef,
      nullable: true,
      description: 'Delivery settings of a destination; null for connectors that deliver nothing (httpApi).',
      resolve: (r) => r.delivery,
    }),
    status: t.field({ type: IntegrationStatusRef, description: 'Whether it works, as last checked.', resolve: (r) => r.status }),
    capabilities: t.field({
      type: CapabilitiesRef,
      description: 'What the calling key may do with it.',
      resolve: (r, _args, ctx) => ({
        canWrite: ctx.auth.scope === 'write',
        canReport: ctx.auth.scope === 'sync',
        disabled: r.disabled,
        hasLiveCheck: canCheckLive(r.connector, r.config),
      }),
    }),
    etag: t.exposeString('etag', { description: 'Opaque; changes on every change and only then. Send it back to guard updates.' }),
    version: t.exposeInt('version', { description: '1 on create, +1 per change.' }),
    tenant: t.field({
      type: TenantRef,
      description: "The tenant that owns it (always the caller's).",
      resolve: (_r, _args, ctx) => callerTenant(ctx),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (r) => r.createdAt }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (r) => r.updatedAt }),
    revisions: t.field({
      type: IntegrationRevisionConnection,
      description: 'Every committed change, newest first.',
      args: {
        first: t.arg.int({ defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.`, validate: { min: 0, max: MAX_PAGE_SIZE } }),
        after: t.arg.string({ description: 'An endCursor from the previous page.' }),
      },
      resolve: (r, args, ctx, info) =>
        pageConnection(args, revisionCursor, (beforeVersion, limit) =>
          ctx.loaders.revisionPage.load({ integrationId: r.id, limit, beforeVersion, withSnapshot: selectsSnapshot(info) }),
        ) as never,
    }),
  }),
});

// A federation entity: many representations in one _entities call are one DataLoader batch,
// so one SQL statement, always scoped to the caller's tenant.
builder.asEntity(IntegrationRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, ctx) => loadIntegration(ctx, reference.id),
});

// ---------------------------------------------------------------------------------------------
// Queries

const IntegrationConnection = builder.connectionObject(
  {
    type: IntegrationRef,
    name: 'IntegrationConnection',
    description: 'A page of integrations.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many integrations match the filter in all.',
        resolve: (c) => (c as unknown as { totalCount: number }).totalCount,
      }),
    }),
  },
  { name: 'IntegrationEdge', description: 'An integration and its cursor.' },
);

const IntegrationFilter = builder.inputType('IntegrationFilter', {
  description: 'Narrows a list of integrations; every given condition must hold.',
  fields: (t) => ({
    connector: t.field({
      type: [ConnectorTypeEnum],
      description: 'Any of these connectors (at most 100); an empty list matches none.',
      validate: { maxLength: 100 },
    }),
    disabled: t.boolean({ description: 'Disabled or enabled only.' }),
    labels: t.stringList({
      description: 'Has all of these labels (at most 64, each at most 63 characters); an empty list matches every integration.',
      validate: { maxLength: 64, items: { maxLength: 63 } },
    }),
    customerId: t.string({ description: 'Belongs to this end customer (at most 255 characters).', validate: { maxLength: 255 } }),
    search: t.string({ description: 'Title contains this text (case-insensitive; at most 255 characters).', validate: { maxLength: 255 } }),
  }),
});

const OrderFieldEnum = builder.enumType('IntegrationOrderField', {
  description: 'What to sort integrations by.',
  values: {
    CREATED_AT: { value: 'created_at', description: 'Creation time.' },
    UPDATED_AT: { value: 'updated_at', description: 'Time of the last change.' },
    TITLE: { value: 'title', description: 'Title.' },
  } as const,
});

const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: { ASC: { description: 'Ascending.' }, DESC: { description: 'Descending.' } } as const,
});

const IntegrationOrder = builder.inputType('IntegrationOrder', {
  description: 'How to sort integrations; ties are broken by id. Default: CREATED_AT DESC.',
  fields: (t) => ({
    field: t.field({ type: OrderFieldEnum, required: true, description: 'The sort key.' }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'DESC', description: 'The direction; DESC by default.' }),
  }),
});

builder.queryFields((t) => ({
  integration: t.field({
    type: IntegrationRef,
    nullable: true,
    description: 'One integration by id; null when it does not exist for this tenant.',
    args: { id: t.arg.id({ required: true, description: 'The integration id.' }) },
    resolve: (_root, args, ctx) => loadIntegration(ctx, String(args.id)),
  }),
  integrations: t.field({
    type: IntegrationConnection,
    description: "The tenant's integrations, a page at a time.",
    args: {
      first: t.arg.int({ defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.`, validate: { min: 0, max: MAX_PAGE_SIZE } }),
      after: t.arg.string({ description: 'An endCursor from the previous page, with the same filter and order.' }),
      filter: t.arg({ type: IntegrationFilter, description: 'Conditions every returned integration meets.' }),
      orderBy: t.arg({ type: IntegrationOrder, description: 'Sort order; CREATED_AT DESC by default.' }),
    },
    resolve: async (_root, args, ctx) => {
      const list = args as IntegrationListArgs;
      const connection = await pageConnection(args, integrationCursor(list.orderBy?.field ?? 'created_at'), (after, limit) =>
        listIntegrationsPage(ctx.deps.db, ctx.auth.tenantId, list, after, limit),
      );
      for (const edge of connection.edges) if (edge) ctx.loaders.integrationById.prime(edge.node.id, edge.node);
      return connection as never;
    },
  }),
}));
