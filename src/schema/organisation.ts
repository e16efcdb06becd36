// Teams, environments and customers' attributes: the organisation connector configs are owned,
// installed and filled in by. Lists are whole (a tenant has at most a few hundred teams and fifty
// environments); changes are for keys of the tenant's own.

import { setCustomerAttributes } from '../connector-configs/connector-config.service.js';
import { decodePublicId, encodePublicId } from '../core/ids.js';
import type { EnvironmentRow, TeamRow } from '../db/database.js';
import { customerAttributesSchema, environmentInputSchema, teamInputSchema, teamPatchSchema } from '../tenants/organisation.inputs.js';
import { findCustomerAttributes, listEnvironments, listTeams } from '../tenants/organisation.repository.js';
import { createEnvironment, createTeam, MAX_TEAMS, updateTeam } from '../tenants/organisation.service.js';
import { builder } from './builder.js';
import { NotFoundError, PermissionDeniedError, ValidationError } from './errors.js';
import { idempotencyKeyArg, withIdempotencyKey } from './mutations/integration-payload.js';

export const encodeTeamId = (uuid: string) => encodePublicId('team_', uuid);
export const decodeTeamId = (id: string) => decodePublicId('team_', id);
export const encodeEnvironmentId = (uuid: string) => encodePublicId('env_', uuid);

export const TeamRef = builder.objectRef<TeamRow>('Team').implement({
  description: "A team of the tenant: it owns connector configs, and its API keys act for it (Truto's team).",
  fields: (t) => ({
    id: t.id({ description: 'Opaque global id (prefixed team_).', resolve: (team) => encodeTeamId(team.id) }),
    name: t.exposeString('name', { description: 'The name, unique in the tenant.' }),
    domain: t.exposeString('domain', { nullable: true, description: "The team's domain name, e.g. example.com." }),
    logoUrl: t.string({ nullable: true, description: 'An https:// URL of its logo.', resolve: (team) => team.logo_url }),
    verified: t.exposeBoolean('verified', { description: 'Whether the tenant has verified the team (its domain); set by a key of the tenant.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (team) => team.created_at }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (team) => team.updated_at }),
  }),
});

export const EnvironmentRef = builder.objectRef<EnvironmentRow>('Environment').implement({
  description:
    'An environment of the tenant (development, production, …): an API key belongs to one or to all, each integration lives in one, and a connector config is installed in some.',
  fields: (t) => ({
    id: t.id({ description: 'Opaque global id (prefixed env_).', resolve: (env) => encodeEnvironmentId(env.id) }),
    name: t.exposeString('name', { description: 'The name, unique in the tenant; inputs name environments by it.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (env) => env.created_at }),
  }),
});

interface CustomerShape {
  customerId: string;
  attributes: Record<string, string>;
  integrationsChanged?: number;
}

const CustomerRef = builder.objectRef<CustomerShape>('Customer').implement({
  description: "An end customer's attributes (Looker's user attributes): a connector config's param may take its value from one.",
  fields: (t) => ({
    customerId: t.exposeString('customerId', { description: 'The customerId integrations name.' }),
    attributes: t.field({ type: 'JSON', description: 'Attribute name → text value; {} when none is set.', resolve: (c) => c.attributes }),
  }),
});

const ViewerRef = builder.objectRef<{ teamId: string | null; environmentId: string | null }>('ApiKeyBinding').implement({
  description: 'What the calling API key is bound to.',
  fields: (t) => ({
    team: t.field({
      type: TeamRef,
      nullable: true,
      description: "The team the key acts for; null: a key of the tenant's own, over every team.",
      resolve: (v, _args, ctx) => (v.teamId ? ctx.loaders.teamById.load(v.teamId) : null),
    }),
    environment: t.field({
      type: EnvironmentRef,
      nullable: true,
      description: 'The one environment the key sees and works in; null: every environment.',
      resolve: (v, _args, ctx) => (v.environmentId ? ctx.loaders.environmentById.load(v.environmentId) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  teams: t.field({
    type: [TeamRef],
    description: `The tenant's teams, by name (at most ${MAX_TEAMS}).`,
    resolve: (_root, _args, ctx) => listTeams(ctx.deps.db, ctx.auth.tenantId, MAX_TEAMS),
  }),
  environments: t.field({
    type: [EnvironmentRef],
    description: "The tenant's environments, by name; a key of one environment sees only its own.",
    resolve: async (_root, _args, ctx) => {
      const all = await listEnvironments(ctx.deps.db, ctx.auth.tenantId);
      return ctx.actor.environmentId === null ? all : all.filter((env) => env.id === ctx.actor.environmentId);
    },
  }),
  apiKey: t.field({
    type: ViewerRef,
    description: 'The team and environment the calling API key is bound to.',
    resolve: (_root, _args, ctx) => ({ teamId: ctx.actor.teamId, environmentId: ctx.actor.environmentId }),
  }),
  customer: t.field({
    type: CustomerRef,
    description: "An end customer's attributes; an empty set for a customer never given any.",
    args: { customerId: t.arg.string({ required: true, description: 'The customerId (1–255 characters).', validate: { minLength: 1, maxLength: 255 } }) },
    resolve: async (_root, args, ctx) => ({
      customerId: args.customerId,
      attributes: await findCustomerAttributes(ctx.deps.db, ctx.auth.tenantId, args.customerId),
    }),
  }),
}));

const TeamInput = builder.inputType('CreateTeamInput', {
  description: 'A new team.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The name, 1–100 characters on one line, unique in the tenant.' }),
    domain: t.string({ description: 'Its domain name, e.g. example.com.' }),
    logoUrl: t.string({ description: 'An https:// URL of its logo, at most 2048 characters.' }),
    verified: t.boolean({ description: 'Whether the tenant has verified it; false by default.' }),
  }),
});

const TeamPatch = builder.inputType('UpdateTeamInput', {
  description: 'Changes to a team: omitted fields keep their value, null clears domain and logoUrl.',
  fields: (t) => ({
    name: t.string({ description: 'A new name.' }),
    domain: t.string({ description: 'A new domain, or null to clear it.' }),
    logoUrl: t.string({ description: 'A new logo URL, or null to clear it.' }),
    verified: t.boolean({ description: 'Verified or not.' }),
  }),
});

const TeamPayload = builder.objectRef<{ team: TeamRow }>('TeamPayload').implement({
  description: 'The team as the mutation left it.',
  fields: (t) => ({ team: t.field({ type: TeamRef, description: 'The team.', resolve: (p) => p.team }) }),
});

const teamCodec = {
  encode: (p: { team: TeamRow }) => p,
  decode: (stored: unknown) => {
    const team = (stored as { team: TeamRow }).team;
    return { team: { ...team, created_at: new Date(team.created_at), updated_at: new Date(team.updated_at) } };
  },
};

builder.mutationFields((t) => ({
  createTeam: t.field({
    type: TeamPayload,
    description: "Creates a team (a key of the tenant's own only).",
    authScopes: { write: true },
    errors: {
      types: [ValidationError, PermissionDeniedError],
      directResult: true,
      union: { name: 'CreateTeamResult', description: 'The result of createTeam: the payload, or a typed error.' },
    },
    args: {
      input: t.arg({ type: TeamInput, required: true, description: 'The team.', validate: { schema: teamInputSchema } }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: (_root, args, ctx) =>
      withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'createTeam', args: { input: args.input }, transactional: true, ...teamCodec },
        async (deps) => ({ team: await createTeam(deps, ctx.actor, args.input) }),
      ),
  }),
  updateTeam: t.field({
    type: TeamPayload,
    description: "Changes a team (a key of the tenant's own only).",
    authScopes: { write: true },
    errors: {
      types: [ValidationError, NotFoundError, PermissionDeniedError],
      directResult: true,
      union: { name: 'UpdateTeamResult', description: 'The result of updateTeam: the payload, or a typed error.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The team id (team_…).' }),
      input: t.arg({ type: TeamPatch, required: true, description: 'The changes.', validate: { schema: teamPatchSchema } }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: (_root, args, ctx) =>
      withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'updateTeam', args: { id: args.id, input: args.input }, transactional: true, ...teamCodec },
        async (deps) => ({ team: await updateTeam(deps, ctx.actor, decodeTeamId(String(args.id)), args.input) }),
      ),
  }),
  createEnvironment: t.field({
    type: builder.objectRef<{ environment: EnvironmentRow }>('CreateEnvironmentPayload').implement({
      description: 'The environment created.',
      fields: (f) => ({ environment: f.field({ type: EnvironmentRef, description: 'The environment.', resolve: (p) => p.environment }) }),
    }),
    description: "Creates an environment (a key of the tenant's own only).",
    authScopes: { write: true },
    errors: {
      types: [ValidationError, PermissionDeniedError],
      directResult: true,
      union: { name: 'CreateEnvironmentResult', description: 'The result of createEnvironment: the payload, or a typed error.' },
    },
    args: {
      name: t.arg.string({
        required: true,
        description: 'Its name: 1–63 characters of a-z 0-9 - _ . (e.g. production).',
        validate: { schema: environmentInputSchema.shape.name },
      }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: (_root, args, ctx) =>
      withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        {
          operation: 'createEnvironment',
          args: { name: args.name },
          transactional: true,
          encode: (p: { environment: EnvironmentRow }) => p,
          decode: (stored) => {
            const env = (stored as { environment: EnvironmentRow }).environment;
            return { environment: { ...env, created_at: new Date(env.created_at) } };
          },
        },
        async (deps) => ({ environment: await createEnvironment(deps, ctx.actor, args.name) }),
      ),
  }),
  setCustomerAttributes: t.field({
    type: builder.objectRef<CustomerShape>('SetCustomerAttributesPayload').implement({
      description: "The customer's attributes after the change, and how many integrations took them.",
      fields: (f) => ({
        customer: f.field({ type: CustomerRef, description: 'The customer.', resolve: (c) => c }),
        integrationsChanged: f.int({
          description: 'The integrations of this customer built on a config with a param from an attribute that changed (each with a revision).',
          resolve: (c) => c.integrationsChanged ?? 0,
        }),
      }),
    }),
    description:
      "Sets attributes of an end customer (null removes one); the customer's integrations built on a connector config with a param from a changed attribute take the new value in the same transaction.",
    authScopes: { write: true },
    errors: {
      types: [ValidationError, PermissionDeniedError],
      directResult: true,
      union: { name: 'SetCustomerAttributesResult', description: 'The result of setCustomerAttributes: the payload, or a typed error.' },
    },
    args: {
      customerId: t.arg.string({ required: true, description: 'The customerId (1–255 characters).', validate: { minLength: 1, maxLength: 255 } }),
      attributes: t.arg({
        type: 'JSON',
        required: true,
        description: 'Attribute name (a-z 0-9 _, 1–63 characters) → text (at most 1024 characters), or null to remove it; at most 64.',
        validate: { schema: customerAttributesSchema as never },
      }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: (_root, args, ctx) =>
      withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        {
          operation: 'setCustomerAttributes',
          args: { customerId: args.customerId, attributes: args.attributes },
          transactional: true,
          encode: (p: CustomerShape) => p,
          decode: (stored) => stored as CustomerShape,
        },
        (deps) => setCustomerAttributes(deps, ctx.actor, args.customerId, args.attributes as Record<string, string | null>),
      ),
  }),
}));
