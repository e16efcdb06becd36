// Webhook endpoints: registered, changed, disabled, re-enabled and deleted by a tenant's write keys.
// The signing secret is drawn here, answered once, and kept only encrypted (AAD names the
// endpoint), like every secret of the gateway; nothing reads it back but the delivery worker.
import { randomBytes, randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { sql } from 'kysely';
import { z } from 'zod';
import { type EgressDenyList, isDenied } from '../checks/egress.js';
import { connectors } from '../connectors/registry.js';
import type { Actor } from '../core/actor.js';
import type { ServiceDeps } from '../core/deps.js';
import { EtagMismatchError, LimitReachedError, NotFoundError, ValidationError } from '../core/errors.js';
import type { EventType } from '../db/database.js';
import { runOne } from '../db/named-query.js';
import { inTransaction } from '../db/transact.js';
import { EVENT_TYPES } from '../events/event.model.js';
import { decodeIntegrationId } from '../integrations/ids.js';
import { findIntegrationById } from '../integrations/integration.repository.js';
import { encodeEndpointId, toEndpointRecord, type WebhookEndpointRecord } from './webhook.model.js';
import { countEndpointsLocked, deleteEndpoint, findEndpoint, insertEndpoint, resumePendingDeliveries, updateEndpoint } from './webhook.repository.js';

export const endpointSecretAad = (endpointId: string) => `webhook-endpoint:${endpointId}`;

/** A new signing secret in the Standard Webhooks form: whsec_ and 32 random bytes in base64. */
export const newSigningSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export const MAX_ENDPOINT_FILTER_ITEMS = 50;

/** Endpoints a tenant may have unless WEBHOOK_MAX_ENDPOINTS_PER_TENANT says otherwise. */
export const DEFAULT_MAX_ENDPOINTS_PER_TENANT = 20;

export interface EndpointPolicy {
  /** http:// endpoints allowed (WEBHOOK_ALLOW_HTTP): for development and tests only. */
  allowHttp: boolean;
  denyList: EgressDenyList;
  /** Endpoints per tenant (WEBHOOK_MAX_ENDPOINTS_PER_TENANT): each one is a fan-out of every change. */
  maxEndpoints: number;
}

const connectorTypes = new Set(connectors.map((c) => c.type));

function urlRule(policy: EndpointPolicy) {
  return z
    .string()
    .max(2048, 'must be at most 2048 characters')
    .superRefine((text, ctx) => {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'is not an absolute URL: use https://host/path' });
        return;
      }
      if (url.protocol !== 'https:' && !(policy.allowHttp && url.protocol === 'http:'))
        ctx.addIssue({ code: 'custom', message: policy.allowHttp ? 'must be http:// or https://' : 'must be https:// (WEBHOOK_ALLOW_HTTP is off)' });
      if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'must not carry credentials: verify the webhook-signature header instead' });
      if (url.hash) ctx.addIssue({ code: 'custom', message: 'must not have a #fragment' });
      const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
      if (isIP(host) && isDenied(policy.denyList, host))
        ctx.addIssue({ code: 'custom', message: `is an address the gateway does not deliver to (CONNECTION_CHECK_DENY): use a reachable receiver` });
    });
}

const filters = {
  description: z.string().max(4000, 'must be at most 4000 characters').nullish(),
  eventTypes: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).nullish(),
  integrationId: z.string().max(64).nullish(),
  connectors: z
    .array(z.string().refine((value) => connectorTypes.has(value), 'is not a connector type'))
    .max(MAX_ENDPOINT_FILTER_ITEMS, `at most ${MAX_ENDPOINT_FILTER_ITEMS}`)
    .nullish(),
  labels: z.array(z.string().min(1).max(63)).max(MAX_ENDPOINT_FILTER_ITEMS, `at most ${MAX_ENDPOINT_FILTER_ITEMS}`).nullish(),
};

export interface EndpointInput {
  url?: string | null;
  description?: string | null;
  eventTypes?: EventType[] | null;
  integrationId?: string | null;
  connectors?: string[] | null;
  labels?: string[] | null;
}

function validate(input: EndpointInput, policy: EndpointPolicy, creating: boolean) {
  const schema = z.object({ url: creating ? urlRule(policy) : urlRule(policy).nullish(), ...filters });
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw new ValidationError(parsed.error.issues.map((issue) => ({ path: issue.path.map(String), code: 'invalid', message: issue.message })));
  let integrationId: string | null | undefined;
  if (input.integrationId !== undefined) {
    integrationId = input.integrationId === null ? null : decodeIntegrationId(input.integrationId);
    if (input.integrationId !== null && integrationId === null)
      throw new ValidationError([{ path: ['integrationId'], code: 'invalid', message: 'is not an integration id (int_…)' }]);
  }
  return { ...parsed.data, integrationId };
}

const newEtag = () => randomBytes(12).toString('base64url');

/**
 * The integration an endpoint is filtered to must be one the key can read: otherwise the same
 * NOT_FOUND as integration(id:) answers, for another tenant's id as for one that never existed.
 */
async function checkIntegrationFilter(deps: ServiceDeps, actor: Actor, integrationId: string | null | undefined): Promise<void> {
  if (integrationId == null) return;
  if (!(await findIntegrationById(deps.db, actor, integrationId))) throw new NotFoundError();
}

export async function createEndpoint(
  deps: ServiceDeps,
  actor: Actor,
  input: EndpointInput,
  policy: EndpointPolicy,
): Promise<{ endpoint: WebhookEndpointRecord; signingSecret: string }> {
  const valid = validate(input, policy, true);
  if (!valid.url) throw new ValidationError([{ path: ['url'], code: 'invalid', message: 'is required' }]);
  await checkIntegrationFilter(deps, actor, valid.integrationId);
  const id = randomUUID();
  const secret = newSigningSecret();
  const now = new Date();
  return inTransaction(deps.db, async (trx) => {
    // Counted under the tenant's row lock, so concurrent creations cannot pass the cap together.
    const count = await countEndpointsLocked(trx, actor.tenantId);
    if (count >= policy.maxEndpoints) {
      throw new LimitReachedError(
        policy.maxEndpoints,
        `This tenant has ${count} webhook endpoints, the most it may have (WEBHOOK_MAX_ENDPOINTS_PER_TENANT = ${policy.maxEndpoints}). ` +
          'Delete one it no longer needs (deleteWebhookEndpoint), or ask the operator to raise the setting.',
      );
    }
    const row = await insertEndpoint(trx, {
      id,
      tenant_id: actor.tenantId,
      environment_id: actor.environmentId,
      team_id: actor.teamId,
      url: valid.url as string,
      description: valid.description ?? null,
      event_types: JSON.stringify(valid.eventTypes ?? []),
      integration_id: valid.integrationId ?? null,
      connectors: JSON.stringify(valid.connectors ?? []),
      labels: JSON.stringify(valid.labels ?? []),
      secret: JSON.stringify(deps.keyring.encrypt(secret, endpointSecretAad(id), now)),
      enabled: true,
      disabled_reason: null,
      disabled_at: null,
      etag: newEtag(),
      version: 1,
      created_at: now,
      updated_at: now,
      api_key_id: actor.apiKeyId,
    });
    if (!row) throw new Error('insertWebhookEndpoint returned no row');
    return { endpoint: toEndpointRecord(row), signingSecret: secret };
  });
}

async function changed(deps: ServiceDeps, actor: Actor, id: string, row: Awaited<ReturnType<typeof updateEndpoint>>) {
  if (row) return toEndpointRecord(row);
  const current = await findEndpoint(deps.db, actor, id);
  if (!current) throw new NotFoundError('webhook endpoint');
  // It exists, so the etag did not match.
  throw new EtagMismatchError(current.etag, current.version, toEndpointRecord(current));
}

export async function updateEndpointSettings(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  etag: string | null,
  input: EndpointInput & { rotateSecret?: boolean | null },
  policy: EndpointPolicy,
): Promise<{ endpoint: WebhookEndpointRecord; signingSecret: string | null }> {
  const valid = validate(input, policy, false);
  await checkIntegrationFilter(deps, actor, valid.integrationId);
  const set: Record<string, unknown> = { etag: newEtag() };
  if (valid.url != null) set.url = valid.url;
  if (input.description !== undefined) set.description = valid.description ?? null;
  if (input.eventTypes !== undefined) set.event_types = JSON.stringify(valid.eventTypes ?? []);
  if (input.integrationId !== undefined) set.integration_id = valid.integrationId ?? null;
  if (input.connectors !== undefined) set.connectors = JSON.stringify(valid.connectors ?? []);
  if (input.labels !== undefined) set.labels = JSON.stringify(valid.labels ?? []);
  const signingSecret = input.rotateSecret ? newSigningSecret() : null;
  if (signingSecret) set.secret = JSON.stringify(deps.keyring.encrypt(signingSecret, endpointSecretAad(id), new Date()));
  const row = await updateEndpoint(deps.db, actor, id, etag, set);
  return { endpoint: await changed(deps, actor, id, row), signingSecret };
}

export async function setEndpointEnabled(deps: ServiceDeps, actor: Actor, id: string, etag: string | null, enabled: boolean): Promise<WebhookEndpointRecord> {
  return inTransaction(deps.db, async (trx) => {
    const row = await updateEndpoint(trx, actor, id, etag, {
      etag: newEtag(),
      enabled,
      consecutive_failures: 0,
      disabled_at: enabled ? null : new Date(),
      disabled_reason: enabled ? null : 'disabled by its owner',
      // Re-enabled, it is the enabling key's: it lives until that key is revoked (migration 010).
      ...(enabled ? { api_key_id: actor.apiKeyId } : {}),
    });
    if (row && enabled) await resumePendingDeliveries(trx, id);
    return changed({ ...deps, db: trx }, actor, id, row);
  });
}

export async function removeEndpoint(deps: ServiceDeps, actor: Actor, id: string): Promise<WebhookEndpointRecord> {
  const row = await deleteEndpoint(deps.db, actor, id);
  if (!row) throw new NotFoundError('webhook endpoint');
  return toEndpointRecord(row);
}

/** Queues a WEBHOOK_TEST event for this endpoint alone; answers the delivery's row id. */
export async function sendTestEvent(deps: ServiceDeps, actor: Actor, id: string): Promise<string> {
  const endpoint = await findEndpoint(deps.db, actor, id);
  if (!endpoint) throw new NotFoundError('webhook endpoint');
  return inTransaction(deps.db, async (trx) => {
    const event = await runOne(
      trx,
      'insertWebhookTestEvent',
      trx
        .insertInto('events')
        .values({
          tenant_id: actor.tenantId,
          type: 'WEBHOOK_TEST',
          integration_id: null,
          connector_config_id: null,
          transfer_id: null,
          connector: null,
          environment_id: endpoint.environment_id,
          environment_ids: null,
          owner_team_id: null,
          sharing: null,
          version: null,
          etag: null,
          actor: actor.apiKeyName,
          api_key_id: actor.apiKeyId,
          data: JSON.stringify({ endpointId: encodeEndpointId(endpoint.id) }),
          webhook_endpoint_id: endpoint.id,
        })
        .returning(sql<string>`id::text`.as('id')),
    );
    // The events trigger queued the delivery in this statement's transaction.
    const delivery = event
      ? await runOne(
          trx,
          'findWebhookTestDelivery',
          trx.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', endpoint.id).where('event_id', '=', event.id),
        )
      : undefined;
    if (!delivery) throw new Error('the test event queued no delivery');
    return delivery.id;
  });
}
