// ConnectorConfig: a tenant's definition of a connector (OpenInt's connector config, Truto's and
// Looker's integration), with its queries and mutations, the requests of ASK configs, and the
// fields that tie an Integration to its config, environment and team. Resolvers stay thin.
import { connectorConfigInputSchema, updateConnectorConfigInputSchema } from '../connector-configs/connector-config.inputs.js';
import { listConfigs } from '../connector-configs/connector-config.repository.js';
import {
  type ConnectorConfigRecord,
  configSettingsView,
  createConnectorConfig,
  decideIntegrationRequest,
  deleteConnectorConfig,
  toConfigRecord,
  updateConnectorConfig,
} from '../connector-configs/connector-config.service.js';
import { isCursorTime, isUuid } from '../core/cursors.js';
import { ConnectorConfigEtagMismatchError } from '../core/errors.js';
import { decodePublicId, encodePublicId } from '../core/ids.js';
import { MAX_PAGE_SIZE } from '../core/paging.js';
import { decodeIntegrationId } from '../integrations/ids.js';
import type { IntegrationRecord } from '../integrations/integration.model.js';
import { builder } from './builder.js';
import { pageConnection } from './connection.js';
import { ConnectorTypeEnum } from './connector-enums.js';
import { ErrorInterface, EtagMismatchError, NotFoundError, PermissionDeniedError, ValidationError } from './errors.js';
import { ApprovalStateEnum, IntegrationRef } from './integration.js';
import { integrationsConnection } from './integration-list.js';
import {
  dryRunArg,
  etagArg,
  expectedVersionArg,
  idempotencyKeyArg,
  integrationPayload,
  integrationPayloadCodec,
  withIdempotencyKey,
} from './mutations/integration-payload.js';
import { NodeInterface } from './node.js';
import { EnvironmentRef, TeamRef } from './organisation.js';

const PREFIX = 'ccfg_';
export const encodeConfigId = (uuid: string) => encodePublicId(PREFIX, uuid);
export const decodeConfigId = (id: unknown) => decodePublicId(PREFIX, id);

export const SharingPolicyEnum = builder.enumType('SharingPolicy', {
  description: "Who besides the owning team may build integrations on a connector config (Truto's sharing).",
  values: {
    ALLOW: { description: "Every team of the tenant: another team's creation is used at once." },
    ASK: { description: "Every team may ask: another team's creation waits for the owning team's approval (approveIntegrationRequest)." },
    DENY: { description: 'Only the owning team (and keys of the tenant): other teams do not see the config at all.' },
  } as const,
});

const ApprovalRef = builder.objectRef<NonNullable<IntegrationRecord['approval']>>('IntegrationApproval').implement({
  description: 'The approval of an integration built on an ASK connector config by another team.',
  fields: (t) => ({
    state: t.field({ type: ApprovalStateEnum, description: 'Pending, approved or rejected.', resolve: (a) => a.state }),
    decidedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the owning team decided; null while pending.', resolve: (a) => a.decidedAt }),
    decidedBy: t.exposeString('decidedBy', { nullable: true, description: 'The name of the API key that decided; null while pending.' }),
  }),
});

const ParamRef = builder.objectRef<ConnectorConfigRecord['params'][number] & { sensitive: boolean }>('ConnectorConfigParam').implement({
  description: "A per-customer param (Looker's per_user param): a field each integration gives, or takes from an attribute of its customer.",
  fields: (t) => ({
    path: t.exposeString('path', { description: "The field's dotted path in the connector's config, e.g. database or passwordAuth.password." }),
    fromAttribute: t.exposeString('fromAttribute', {
      nullable: true,
      description: "Taken from this attribute of the integration's customer (setCustomerAttributes); null: each integration gives it.",
    }),
    sensitive: t.exposeBoolean('sensitive', { description: 'A secret field: write-only like every secret, never from an attribute.' }),
  }),
});

const RevisionRef = builder
  .objectRef<{ version: number; action: string; etag: string; createdAt: Date; actor: string | null; changedPaths: string[]; snapshot: unknown }>(
    'ConnectorConfigRevision',
  )
  .implement({
    description: 'One committed change of a connector config.',
    fields: (t) => ({
      version: t.exposeInt('version', { description: 'The version it made.' }),
      action: t.exposeString('action', { description: 'create, update or delete.' }),
      etag: t.exposeString('etag', { description: 'The etag it made.' }),
      createdAt: t.field({ type: 'DateTime', description: 'When.', resolve: (r) => r.createdAt }),
      actor: t.exposeString('actor', { nullable: true, description: 'The name of the API key that made it.' }),
      changedPaths: t.exposeStringList('changedPaths', { description: 'The field paths it changed.' }),
      snapshot: t.field({ type: 'JSON', description: 'The config after it, secrets as { isSet, updatedAt, fingerprint }.', resolve: (r) => r.snapshot }),
    }),
  });

const ConfigIntegrationConnection = builder.connectionObject(
  {
    type: IntegrationRef,
    name: 'ConnectorConfigIntegrationConnection',
    description: 'A page of the integrations built on a connector config.',
    fields: (t) => ({
      totalCount: t.int({ description: 'How many in all.', resolve: (c) => (c as unknown as { totalCount: number }).totalCount }),
    }),
  },
  { name: 'ConnectorConfigIntegrationEdge', description: 'An integration built on the config, and its cursor.' },
);

export const ConnectorConfigRef = builder.objectRef<ConnectorConfigRecord>('ConnectorConfig').implement({
  description:
    "A tenant's definition of a connector, set up once by a team (OpenInt's connector config, Truto's and Looker's integration): shared " +
    'settings and shared secrets (write-only), per-customer params, sharing and the environments it is installed in. Integrations built ' +
    'on it take its settings and secrets, and change when it changes.',
  interfaces: [NodeInterface],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'sharing' in value && 'params' in value,
  fields: (t) => ({
    id: t.id({ description: 'Opaque global id (prefixed ccfg_).', resolve: (c) => encodeConfigId(c.id) }),
    connector: t.field({ type: ConnectorTypeEnum, description: 'The external system.', resolve: (c) => c.connector.type }),
    title: t.exposeString('title', { description: 'Human-friendly name.' }),
    description: t.exposeString('description', { nullable: true, description: 'Free text.' }),
    category: t.exposeString('category', { nullable: true, description: "A free label of your own (Truto's category), e.g. crm." }),
    beta: t.exposeBoolean('beta', { description: "Marked beta (Truto's is_beta): a hint to users, nothing more." }),
    sharing: t.field({ type: SharingPolicyEnum, description: 'Who besides the owning team may build on it.', resolve: (c) => c.sharing }),
    ownerTeam: t.field({
      type: TeamRef,
      nullable: true,
      description: "The owning team; null: the tenant's own (managed by keys without a team).",
      resolve: (c, _args, ctx) => (c.ownerTeamId ? ctx.loaders.teamById.load(c.ownerTeamId) : null),
    }),
    environments: t.field({
      type: [EnvironmentRef],
      description: 'The environments it is installed in: integrations are built on it only there.',
      resolve: async (c, _args, ctx) => (await Promise.all(c.environmentIds.map((id) => ctx.loaders.environmentById.load(id)))).filter((e) => e !== null),
    }),
    settings: t.field({
      type: 'JSON',
      description:
        "The shared settings, a part of the connector's config (its IntegrationConfigInput member's fields); each shared secret shows as { isSet, updatedAt, fingerprint }, never its value.",
      resolve: (c) => configSettingsView(c),
    }),
    params: t.field({
      type: [ParamRef],
      description: 'The per-customer params: the only fields an integration built on it gives.',
      resolve: (c) => c.params.map((p) => ({ ...p, sensitive: c.connector.secretPaths.some((s) => s === p.path || s.startsWith(`${p.path}.`)) })),
    }),
    etag: t.exposeString('etag', { description: 'Opaque; changes on every change. Send it back to guard changes.' }),
    version: t.exposeInt('version', { description: '1 on create, +1 per change.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (c) => c.createdAt }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (c) => c.updatedAt }),
    revisions: t.field({
      type: [RevisionRef],
      description: 'Its newest committed changes, newest first.',
      args: { last: t.arg.int({ defaultValue: 20, description: 'How many, 0–100.', validate: { min: 0, max: 100 } }) },
      resolve: (c, args, ctx) => ctx.loaders.configRevisions.load(`${c.id}:${args.last ?? 20}`),
    }),
    integrations: t.field({
      type: ConfigIntegrationConnection,
      description: 'The integrations built on it that the calling key can see (its environment), newest first; pending requests included.',
      args: {
        first: t.arg.int({ defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.` }),
        after: t.arg.string({ description: 'An endCursor from the previous page.' }),
      },
      resolve: async (c, args, ctx, info) => (await integrationsConnection(ctx, info, args, { connectorConfigId: c.id })) as never,
    }),
  }),
});

// A federation entity: other subgraphs can extend ConnectorConfig; references resolve as the key sees them.
builder.asEntity(ConnectorConfigRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, ctx) => {
    const id = decodeConfigId(reference.id);
    return id ? ctx.loaders.connectorConfigById.load(id) : null;
  },
});

builder.objectType(ConnectorConfigEtagMismatchError, {
  name: 'ConnectorConfigEtagMismatchError',
  description: 'The etag or version sent is not the current one of the connector config (code ABORTED): someone changed it. Nothing was changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConnectorConfigEtagMismatchError,
  fields: (t) => ({
    currentEtag: t.exposeString('currentEtag', { description: 'The current etag, to retry with.' }),
    currentVersion: t.exposeInt('currentVersion', { description: 'The current version.' }),
    current: t.field({
      type: ConnectorConfigRef,
      description: 'The config as it is now (secrets redacted).',
      resolve: (e) => e.current as ConnectorConfigRecord,
    }),
  }),
});

// The Integration's ties to the definition layer.
builder.objectFields(IntegrationRef, (t) => ({
  connectorConfig: t.field({
    type: ConnectorConfigRef,
    nullable: true,
    description:
      "The connector config it is built on (OpenInt's connectorConfigId); null when standalone, or when the key may not see the config (another team's DENY config).",
    resolve: (r, _args, ctx) => (r.connectorConfigId ? ctx.loaders.connectorConfigById.load(r.connectorConfigId) : null),
  }),
  environment: t.field({
    type: EnvironmentRef,
    nullable: true,
    description: 'The environment it lives in; null: none.',
    resolve: (r, _args, ctx) => (r.environmentId ? ctx.loaders.environmentById.load(r.environmentId) : null),
  }),
  team: t.field({
    type: TeamRef,
    nullable: true,
    description: "The team whose key created it; null: a key of the tenant's own.",
    resolve: (r, _args, ctx) => (r.teamId ? ctx.loaders.teamById.load(r.teamId) : null),
  }),
  approval: t.field({
    type: ApprovalRef,
    nullable: true,
    description: "The owning team's decision when another team built it on an ASK config; null when none was needed.",
    resolve: (r) => r.approval,
  }),
}));

// ---------------------------------------------------------------------------------------------
// Queries

const configCursor = {
  list: 'connectorConfigs',
  hint: 'pass an endCursor of connectorConfigs, or omit it to start over',
  keyOf: (c: ConnectorConfigRecord) => [c.createdAt.toISOString(), encodeConfigId(c.id)],
  afterOf: ([createdAt, publicId, ...rest]: readonly unknown[]) => {
    const id = decodeConfigId(publicId);
    return rest.length === 0 && isCursorTime(createdAt) && id !== null && isUuid(id) ? { createdAt: createdAt as string, id } : null;
  },
};

const ConfigConnection = builder.connectionObject(
  {
    type: ConnectorConfigRef,
    name: 'ConnectorConfigConnection',
    description: 'A page of connector configs.',
    fields: (t) => ({
      totalCount: t.int({ description: 'How many the key can see in all.', resolve: (c) => (c as unknown as { totalCount: number }).totalCount }),
    }),
  },
  { name: 'ConnectorConfigEdge', description: 'A connector config and its cursor.' },
);

builder.queryFields((t) => ({
  connectorConfig: t.field({
    type: ConnectorConfigRef,
    nullable: true,
    description: "One connector config by id; null when it does not exist or the key may not see it (another team's DENY config, another environment).",
    args: { id: t.arg.id({ required: true, description: 'The config id (ccfg_…).' }) },
    resolve: (_root, args, ctx) => {
      const id = decodeConfigId(String(args.id));
      return id ? ctx.loaders.connectorConfigById.load(id) : null;
    },
  }),
  connectorConfigs: t.field({
    type: ConfigConnection,
    description:
      "The connector configs the key can see, newest first: its tenant's, of its environment (when it has one), and of other teams only those they share (ALLOW, ASK).",
    args: {
      first: t.arg.int({ defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.`, validate: { min: 0, max: MAX_PAGE_SIZE } }),
      after: t.arg.string({ description: 'An endCursor from the previous page.' }),
      connector: t.arg({ type: [ConnectorTypeEnum], description: 'Any of these connectors (at most 100).', validate: { maxLength: 100 } }),
    },
    resolve: (_root, args, ctx) =>
      pageConnection(args, configCursor, async (after, limit) => {
        const rows = await listConfigs(ctx.deps.db, { viewer: ctx.actor, connectors: args.connector ?? undefined, after, limit });
        return { nodes: rows.map(toConfigRecord), totalCount: rows[0]?.total_count ?? 0 };
      }) as never,
  }),
}));

// ---------------------------------------------------------------------------------------------
// Mutations

const ParamInput = builder.inputType('ConnectorConfigParamInput', {
  description: 'A per-customer param.',
  fields: (t) => ({
    path: t.string({ required: true, description: "A field's dotted path in the connector's config, e.g. database or passwordAuth.password." }),
    fromAttribute: t.string({ description: "Take it from this attribute of the integration's customer (a text field only, never a secret)." }),
  }),
});

const CreateConfigInput = builder.inputType('CreateConnectorConfigInput', {
  description: 'A new connector config. The connector is the member given in config.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Human-friendly name, 1–255 characters.' }),
    description: t.string({ description: 'Free text, at most 4000 characters.' }),
    category: t.string({ description: 'A free label of 1–63 characters, e.g. crm.' }),
    beta: t.boolean({ description: 'Mark it beta; false by default.' }),
    sharing: t.field({ type: SharingPolicyEnum, description: 'Who besides the owning team may build on it; DENY by default.' }),
    ownerTeam: t.id({ description: "The owning team (team_…), for a key of the tenant's own; a team's key owns what it makes." }),
    environments: t.stringList({ description: 'The names of the environments to install it in (at most 50).' }),
    connector: t.field({ type: ConnectorTypeEnum, required: true, description: 'The external system.' }),
    settings: t.field({
      type: 'JSON',
      required: true,
      description:
        "The shared settings and secrets, shaped as the connector's IntegrationConfigInput member (e.g. { host, port, auth: { passwordAuth: { username, password } } } for postgres): every required field but the params'. Secrets are write-only.",
    }),
    params: t.field({ type: [ParamInput], description: 'The per-customer params (at most 50).' }),
  }),
});

const UpdateConfigInput = builder.inputType('UpdateConnectorConfigInput', {
  description: 'Changes to a connector config: omitted fields keep their value. A new config replaces the settings; shared secrets left out are kept.',
  fields: (t) => ({
    title: t.string({ description: 'A new title.' }),
    description: t.string({ description: 'A new description, or null to clear it.' }),
    category: t.string({ description: 'A new category, or null to clear it.' }),
    beta: t.boolean({ description: 'Beta or not.' }),
    sharing: t.field({ type: SharingPolicyEnum, description: 'A new sharing policy (applies to new integrations; existing ones stay).' }),
    environments: t.stringList({ description: 'The whole new list of environment names.' }),
    settings: t.field({
      type: 'JSON',
      description: 'New shared settings, replacing the old (shared secrets left out are kept where their destination stays; "" clears one).',
    }),
    params: t.field({ type: [ParamInput], description: 'The whole new list of params.' }),
  }),
});

interface ConfigPayloadShape {
  connectorConfig: ConnectorConfigRecord;
  changedPaths?: string[];
  integrationsChanged?: number;
  dryRun?: boolean;
}

const ConfigPayload = builder.objectRef<ConfigPayloadShape>('ConnectorConfigPayload').implement({
  description: 'The connector config as the mutation left it (on a dry run: as it would).',
  fields: (t) => ({
    connectorConfig: t.field({ type: ConnectorConfigRef, description: 'The config.', resolve: (p) => p.connectorConfig }),
    changedPaths: t.stringList({ description: 'The field paths changed (would change); empty when nothing changed.', resolve: (p) => p.changedPaths ?? [] }),
    integrationsChanged: t.int({
      description: 'How many integrations built on it the change changed (would change), each with a revision of its own.',
      resolve: (p) => p.integrationsChanged ?? 0,
    }),
    dryRun: t.boolean({ description: 'True when nothing was written.', resolve: (p) => p.dryRun === true }),
  }),
});

/** A config payload as an idempotency key keeps it: the record with secret states only (no ciphertext exists on it). */
const configPayloadCodec = {
  encode: (p: ConfigPayloadShape) => ({ ...p, connectorConfig: { ...p.connectorConfig, connector: p.connectorConfig.connector.type } }),
  decode: (stored: unknown): ConfigPayloadShape => {
    const s = stored as ConfigPayloadShape & { connectorConfig: Omit<ConnectorConfigRecord, 'connector'> & { connector: string } };
    const c = s.connectorConfig;
    return {
      ...s,
      connectorConfig: toConfigRecord({
        id: c.id,
        tenant_id: c.tenantId,
        connector: c.connector,
        title: c.title,
        description: c.description,
        category: c.category,
        beta: c.beta,
        sharing: c.sharing,
        owner_team_id: c.ownerTeamId,
        environment_ids: c.environmentIds,
        config: c.config,
        secrets: Object.fromEntries(
          Object.entries(c.secretStates).map(([path, st]) => [path, { updatedAt: st.updatedAt, fp: st.fingerprint ?? undefined } as never]),
        ),
        params: c.params,
        etag: c.etag,
        version: c.version,
        created_at: new Date(c.createdAt),
        updated_at: new Date(c.updatedAt),
        deleted_at: c.deleted ? new Date(c.updatedAt) : null,
      }),
    };
  },
};

const guardOf = (args: { etag?: unknown; expectedVersion?: unknown }) => ({
  etag: args.etag as string | null | undefined,
  expectedVersion: args.expectedVersion as number | null | undefined,
});

builder.mutationFields((t) => ({
  createConnectorConfig: t.field({
    type: ConfigPayload,
    description: "Creates a connector config, owned by the key's team (or the team given by a key of the tenant's own). Keys of every environment only.",
    authScopes: { write: true },
    errors: {
      types: [ValidationError, PermissionDeniedError],
      directResult: true,
      union: { name: 'CreateConnectorConfigResult', description: 'The result of createConnectorConfig: the payload, or a typed error.' },
    },
    args: {
      input: t.arg({ type: CreateConfigInput, required: true, description: 'The config.', validate: { schema: connectorConfigInputSchema as never } }),
      idempotencyKey: idempotencyKeyArg(t) as never,
      dryRun: dryRunArg(t) as never,
    },
    resolve: async (_root, args, ctx) => {
      const input = args.input as never as Parameters<typeof createConnectorConfig>[2] & { ownerTeam?: string | null };
      const ownerTeamId = input.ownerTeam == null ? null : (decodePublicId('team_', input.ownerTeam) ?? '00000000-0000-0000-0000-000000000000');
      const run = async (deps: typeof ctx.deps, dryRun: boolean) => ({
        connectorConfig: await createConnectorConfig(deps, ctx.actor, { ...input, ownerTeamId }, { dryRun }),
        dryRun,
      });
      if (args.dryRun) return run(ctx.deps, true);
      return withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'createConnectorConfig', args: { input: args.input }, transactional: true, ...configPayloadCodec },
        (deps) => run(deps, false),
      );
    },
  }),
  updateConnectorConfig: t.field({
    type: ConfigPayload,
    description:
      'Changes a connector config and, in the same transaction, every integration built on it (each with a revision). Only the owning team or a key of the tenant; keys of every environment only.',
    authScopes: { write: true },
    errors: {
      types: [ValidationError, NotFoundError, PermissionDeniedError, ConnectorConfigEtagMismatchError],
      directResult: true,
      union: { name: 'UpdateConnectorConfigResult', description: 'The result of updateConnectorConfig: the payload, or a typed error.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The config id (ccfg_…).' }),
      input: t.arg({ type: UpdateConfigInput, required: true, description: 'The changes.', validate: { schema: updateConnectorConfigInputSchema as never } }),
      etag: etagArg(t) as never,
      expectedVersion: expectedVersionArg(t) as never,
      idempotencyKey: idempotencyKeyArg(t) as never,
      dryRun: dryRunArg(t) as never,
    },
    resolve: async (_root, args, ctx) => {
      const guard = guardOf(args);
      const run = async (deps: typeof ctx.deps, dryRun: boolean) => ({
        ...(await updateConnectorConfig(deps, ctx.actor, decodeConfigId(String(args.id)), args.input as never, guard, { dryRun })),
        dryRun,
      });
      if (args.dryRun) return run(ctx.deps, true);
      return withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'updateConnectorConfig', args: { id: args.id, input: args.input, ...guard }, transactional: true, ...configPayloadCodec },
        (deps) => run(deps, false),
      );
    },
  }),
  deleteConnectorConfig: t.field({
    type: ConfigPayload,
    description: 'Deletes a connector config no integration is built on any more (its revisions are kept).',
    authScopes: { write: true },
    errors: {
      types: [ValidationError, NotFoundError, PermissionDeniedError, ConnectorConfigEtagMismatchError],
      directResult: true,
      union: { name: 'DeleteConnectorConfigResult', description: 'The result of deleteConnectorConfig: the payload, or a typed error.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The config id (ccfg_…).' }),
      etag: etagArg(t) as never,
      expectedVersion: expectedVersionArg(t) as never,
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: (_root, args, ctx) => {
      const guard = guardOf(args);
      return withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'deleteConnectorConfig', args: { id: args.id, ...guard }, transactional: true, ...configPayloadCodec },
        async (deps) => ({ connectorConfig: await deleteConnectorConfig(deps, ctx.actor, decodeConfigId(String(args.id)), guard) }),
      );
    },
  }),
}));

const decisionPayload = (name: string, description: string) => integrationPayload(name, description);

for (const [field, decision, payloadName] of [
  ['approveIntegrationRequest', 'approve', 'ApproveIntegrationRequestPayload'],
  ['rejectIntegrationRequest', 'reject', 'RejectIntegrationRequestPayload'],
] as const) {
  const Payload = decisionPayload(payloadName, `The integration after the owning team's decision (${decision}).`);
  builder.mutationField(field, (t) =>
    t.field({
      type: Payload,
      description:
        decision === 'approve'
          ? 'Approves an integration another team built on your ASK connector config: it is used from now on. The owning team or a key of the tenant only.'
          : 'Rejects an integration another team built on your ASK connector config: it is never used. The owning team or a key of the tenant only.',
      authScopes: { write: true },
      errors: {
        types: [ValidationError, NotFoundError, PermissionDeniedError, EtagMismatchError],
        directResult: true,
        union: { name: `${field[0].toUpperCase()}${field.slice(1)}Result`, description: `The result of ${field}: the payload, or a typed error.` },
      },
      args: {
        id: t.arg.id({ required: true, description: 'The integration id (int_…).' }),
        etag: etagArg(t) as never,
        expectedVersion: expectedVersionArg(t) as never,
        idempotencyKey: idempotencyKeyArg(t) as never,
      },
      resolve: (_root, args, ctx) => {
        const guard = guardOf(args);
        return withIdempotencyKey(
          ctx,
          args.idempotencyKey as string | null | undefined,
          { operation: field, args: { id: args.id, ...guard }, transactional: true, ...integrationPayloadCodec },
          async (deps) => ({ integration: await decideIntegrationRequest(deps, ctx.actor, decodeIntegrationId(String(args.id)), decision, guard) }),
        );
      },
    }),
  );
}
