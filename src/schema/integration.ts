// The Integration type with its queries (its mutations are in mutations/). Resolvers stay thin:
// parse arguments, call one service function, map the result.
import { MAX_PAGE_SIZE } from '../core/paging.js';
import { type Capability, type CapabilityReason, capabilityReasons } from '../integrations/capabilities.js';
import { encodeIntegrationId } from '../integrations/ids.js';
import { configView, type IntegrationRecord } from '../integrations/integration.model.js';
import type { IntegrationListArgs } from '../integrations/integration.queries.js';
import { revisionCursor } from '../integrations/revision.model.js';
import { builder } from './builder.js';
import { pageConnection } from './connection.js';
import { ConnectorCategoryEnum, ConnectorTypeEnum } from './connector-enums.js';
import { IntegrationConfigUnion, tagConfig } from './connector-types.js';
import { DeliverySettingsRef } from './delivery.js';
import { integrationsConnection } from './integration-list.js';
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

const CapabilityEnum = builder.enumType('IntegrationCapability', {
  description: 'One thing a key may do with an integration.',
  values: {
    UPDATE: { description: 'updateIntegration.' },
    DELETE: { description: 'deleteIntegration.' },
    ENABLE: { description: 'updateIntegration with disabled: false.' },
    DISABLE: { description: 'updateIntegration with disabled: true.' },
    TEST: { description: 'testIntegration: a live connection check.' },
    REPORT_TRANSFER: { description: 'reportTransfer: a sync worker reports a run.' },
  } as const,
});

const CapabilityReasonCodeEnum = builder.enumType('CapabilityReasonCode', {
  description: 'Why a key may not do something with an integration, for programs.',
  values: {
    DELETED: { description: 'The integration is deleted (shown only by a delete and its replays).' },
    WRITE_SCOPE_REQUIRED: { description: 'The key does not have the write scope.' },
    SYNC_SCOPE_REQUIRED: { description: "The key is not a sync worker's (sync scope)." },
    APPROVAL_PENDING: { description: 'Built on an ASK connector config: the owning team has not approved it yet.' },
    APPROVAL_REJECTED: { description: 'Built on an ASK connector config: the owning team rejected it.' },
    ALREADY_ENABLED: { description: 'The integration is enabled already.' },
    ALREADY_DISABLED: { description: 'The integration is disabled already.' },
    DISABLED: { description: 'The integration is disabled, so it is not checked.' },
    NO_LIVE_CHECK: { description: "The integration's connector has no live connection check yet." },
    SSH_TUNNEL: { description: 'The integration connects through an SSH tunnel, which the live check does not open yet.' },
  } as const,
});

const CapabilityReasonRef = builder.objectRef<CapabilityReason>('CapabilityReason').implement({
  description: 'One reason why a key may not do one thing with an integration.',
  fields: (t) => ({
    capability: t.field({ type: CapabilityEnum, description: 'What the key may not do.', resolve: (r) => r.capability }),
    code: t.field({ type: CapabilityReasonCodeEnum, description: 'Why not, for programs.', resolve: (r) => r.code }),
    message: t.exposeString('message', { description: 'Why not and what to do, for people.' }),
  }),
});

const CapabilitiesRef = builder.objectRef<CapabilityReason[]>('IntegrationCapabilities').implement({
  description: 'What the calling API key may do with this integration, and why not where it may not.',
  fields: (t) => {
    const may = (capability: Capability, description: string) =>
      t.boolean({ description, resolve: (reasons) => !reasons.some((r) => r.capability === capability) });
    return {
      canUpdate: may('UPDATE', 'May update it (the key has the write scope).'),
      canDelete: may('DELETE', 'May delete it (the key has the write scope).'),
      canEnable: may('ENABLE', 'May enable it (write scope, and it is disabled).'),
      canDisable: may('DISABLE', 'May disable it (write scope, and it is enabled).'),
      canTest: may(
        'TEST',
        'May run a live connection check (testIntegration): the key has the write scope, the integration is enabled, and ' +
          'its connector has a live check that this config allows (not through an SSH tunnel).',
      ),
      canReportTransfer: may('REPORT_TRANSFER', 'May report a finished run of a sync worker (reportTransfer): the key has the sync scope.'),
      reasons: t.field({
        type: [CapabilityReasonRef],
        description:
          'For each capability above that is false, every reason why (several at once where several hold, e.g. a read key ' +
          'on a disabled integration: TEST has WRITE_SCOPE_REQUIRED and DISABLED); empty when the key may do everything. ' +
          'A capability is true exactly when it has no reason here.',
        resolve: (reasons) => reasons,
      }),
    };
  },
});

export const IntegrationRef = builder.objectRef<IntegrationRecord>('Integration').implement({
  description: "A tenant's configured connection to an external system.",
  interfaces: [NodeInterface],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'connector' in value && 'etag' in value && 'status' in value,
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
      resolve: (r, _args, ctx) => capabilityReasons(ctx.auth.scope, r),
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
        first: t.arg.int({ defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.` }),
        after: t.arg.string({ description: 'An endCursor from the previous page.' }),
      },
      resolve: (r, args, ctx, info) =>
        pageConnection(args, revisionCursor, (beforeVersion, limit) => {
          const withSnapshot = selectsSnapshot(info);
          const read = ctx.loaders.revisionsReadWithList;
          const readWithList = beforeVersion === undefined && read.limit === limit && read.withSnapshot === withSnapshot ? read.pages.get(r.id) : undefined;
          return readWithList ?? ctx.loaders.revisionPage.load({ integrationId: r.id, limit, beforeVersion, withSnapshot });
        }) as never,
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
    approval: t.field({
      type: ApprovalStateEnum,
      description: "In this approval state: PENDING lists the requests another team's key made on ASK connector configs.",
    }),
  }),
});

export const ApprovalStateEnum = builder.enumType('IntegrationApprovalState', {
  description: "The owning team's decision on an integration another team built on its ASK config.",
  values: {
    PENDING: { description: 'Waiting: the integration is not used (no checks, no transfer reports) until approved.' },
    APPROVED: { description: 'Approved: it is used like any other.' },
    REJECTED: { description: 'Rejected: it is never used; its creator may delete it.' },
  } as const,
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
    resolve: async (_root, args, ctx, info) => (await integrationsConnection(ctx, info, args, args as IntegrationListArgs)) as never,
  }),
}));
