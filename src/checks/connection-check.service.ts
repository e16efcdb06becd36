// testIntegration: a real, time-bounded connection check with the integration's stored
// (decrypted) credentials, recorded as its status. Nothing here holds a transaction while the
// remote system is being asked; the outcome is written afterwards in one statement. The message
// is composed by the checks from our own words (check.ts), so nothing is scrubbed here: a scrub by
// equality with the secrets would itself tell whether a config value equals one.
import { mergeStoredSecrets } from '../connectors/kit.js';
import type { Connector } from '../connectors/registry.js';
import type { Actor } from '../core/actor.js';
import type { ServiceDeps } from '../core/deps.js';
import { ConnectorMismatchError, NotFoundError } from '../core/errors.js';
import type { Plain } from '../core/plain.js';
import { decryptSecrets } from '../core/secrets.js';
import { assertUsable, type IntegrationRecord, toRecord } from '../integrations/integration.model.js';
import { findIntegrationById } from '../integrations/integration.repository.js';
import { type ConfigInput, configMember, resolveConfig } from '../integrations/integration.service.js';
import type { Logger } from '../observability.js';
import { recordCheckStatus } from '../status/status.repository.js';
import {
  type CheckContext,
  type CheckOutcome,
  type ConnectionCheck,
  codeSuffix,
  failed,
  knownErrorCode,
  networkFailureMessage,
  timedOutMessage,
  UNEXPECTED_CHECK_MESSAGE,
} from './check.js';
import { deniedMessage, type EgressDenyList, resolveDestination } from './egress.js';
import { connectionCheckFor, NO_LIVE_CHECK } from './registry.js';

export interface ConnectionCheckOptions {
  /** The whole check must end within this many milliseconds (CONNECTION_CHECK_TIMEOUT_MS). */
  timeoutMs: number;
  /** Addresses the check must not connect to (CONNECTION_CHECK_DENY). */
  denyList: EgressDenyList;
  /** Where a check that failed unexpectedly is logged (its error class and code only). */
  logger?: Logger;
}

/** Grace after the deadline for a check to close its connection before we stop waiting for it. */
const GRACE_MS = 250;

/**
 * Resolves the destination once and runs the check against the addresses that passed the deny
 * list. Done here rather than in each check, so no check can connect to an unchecked address.
 */
async function runPinned(
  check: ConnectionCheck,
  config: Record<string, unknown>,
  denyList: EgressDenyList,
  context: Omit<CheckContext, 'addresses'>,
): Promise<CheckOutcome> {
  const skip = check.skipReason?.(config) ?? null;
  if (skip) return { state: 'UNKNOWN', message: skip };
  const { host, target } = check.destination(config);
  let resolved: Awaited<ReturnType<typeof resolveDestination>>;
  try {
    resolved = await resolveDestination(host, denyList);
  } catch (error) {
    return failed(
      networkFailureMessage(error, target) ?? `the host of ${target} could not be resolved${codeSuffix(knownErrorCode(error))}: check the hostname`,
    );
  }
  if ('denied' in resolved) return failed(deniedMessage(host, resolved.denied));
  return check.run(config, { ...context, addresses: resolved.addresses });
}

/** Runs a check with a deadline it is told about (its signal) and one it cannot overrun. */
async function runBounded(check: ConnectionCheck, config: Record<string, unknown>, options: ConnectionCheckOptions): Promise<CheckOutcome> {
  const { timeoutMs } = options;
  const controller = new AbortController();
  const abortTimer = setTimeout(() => controller.abort(), timeoutMs);
  let hardTimer: NodeJS.Timeout | undefined;
  const overrun = new Promise<CheckOutcome>((resolve) => {
    hardTimer = setTimeout(() => resolve({ state: 'ERROR', message: timedOutMessage(timeoutMs) }), timeoutMs + GRACE_MS);
  });
  const work = runPinned(check, config, options.denyList, { timeoutMs, signal: controller.signal }).catch((error: unknown): CheckOutcome => {
    // The class and code only: the error's message or stack may quote the config, secrets included.
    const code = (error as { code?: unknown } | undefined)?.code;
    options.logger?.error(
      {
        err: {
          name: (error as Error | undefined)?.constructor?.name ?? typeof error,
          code: typeof code === 'string' || typeof code === 'number' ? String(code).slice(0, 64) : undefined,
        },
      },
      'connection check failed unexpectedly',
    );
    return { state: 'ERROR', message: UNEXPECTED_CHECK_MESSAGE };
  });
  try {
    return await Promise.race([work, overrun]);
  } finally {
    clearTimeout(abortTimer);
    clearTimeout(hardTimer);
  }
}

/**
 * The live check of a connector's config: UNKNOWN where the connector has none or the config is of
 * a kind it cannot check. The secrets are decrypted only when a check actually runs.
 */
async function checkConfig(connector: Connector, plain: Plain, secrets: () => Record<string, string>, options: ConnectionCheckOptions): Promise<CheckOutcome> {
  const check = connectionCheckFor(connector);
  const unsupported = check?.unsupportedReason?.(plain) ?? null;
  if (!check) return { state: 'UNKNOWN', message: NO_LIVE_CHECK };
  if (unsupported) return { state: 'UNKNOWN', message: unsupported.message };
  const { config } = mergeStoredSecrets(connector.shape, plain, secrets());
  return runBounded(check, config, options);
}

/** What a check of a proposed config found; nothing of it is stored. */
export interface ProposedCheckResult {
  state: CheckOutcome['state'];
  message: string | null;
  checkedAt: Date;
}

/**
 * Checks a proposed config without storing anything: a new one as given, or an existing
 * integration's merged with its stored secrets under the destination rule (resolveConfig): a stored
 * secret is only kept, and so only sent, where the proposal leaves its destination as it was
 * written for; elsewhere it must be given in the proposal.
 */
export async function testProposedConfig(
  deps: ServiceDeps,
  actor: Actor,
  proposal: { config: ConfigInput; integrationId?: string | null; integrationGiven: boolean },
  options: ConnectionCheckOptions,
): Promise<ProposedCheckResult> {
  const { connector, value } = configMember(proposal.config);
  let stored: { plain: Plain; secrets: Record<string, string> } | null = null;
  if (proposal.integrationGiven) {
    if (!proposal.integrationId) throw new NotFoundError();
    const row = await findIntegrationById(deps.db, actor, proposal.integrationId);
    if (!row) throw new NotFoundError();
    const current = toRecord(row);
    assertUsable(current, 'integrationId');
    if (current.connector.type !== connector.type) throw new ConnectorMismatchError(current.connector.type, connector.type);
    stored = { plain: current.config, secrets: decryptSecrets(deps.keyring, row) };
  }
  const { plain, secrets } = resolveConfig(connector, value, stored);
  const outcome = await checkConfig(connector, plain, () => secrets, options);
  return { state: outcome.state, message: outcome.message, checkedAt: new Date() };
}

export async function testIntegration(deps: ServiceDeps, actor: Actor, id: string | null, options: ConnectionCheckOptions): Promise<IntegrationRecord> {
  if (!id) throw new NotFoundError();
  const row = await findIntegrationById(deps.db, actor, id);
  if (!row) throw new NotFoundError();
  const current = toRecord(row);
  assertUsable(current, 'id');
  // A disabled integration is not used, so it is not tested: its status stays DISABLED.
  if (current.disabled) return current;

  // The stored secrets go with the config they were written with: an update that changed where
  // they go could not keep them (integration.service.ts), so this row's secrets are this row's.
  const outcome = await checkConfig(current.connector, current.config, () => decryptSecrets(deps.keyring, row), options);

  const recorded = await recordCheckStatus(deps.db, {
    tenantId: actor.tenantId,
    id,
    checkedEtag: row.etag,
    state: outcome.state,
    message: outcome.message,
    checkedAt: new Date(),
    // "Cannot check" must not hide what a transfer or an earlier check observed.
    onlyOverUnknown: outcome.state === 'UNKNOWN',
  });
  if (recorded) return toRecord(recorded);
  // Changed, disabled or deleted while we checked: the outcome is of a config that is gone.
  const latest = await findIntegrationById(deps.db, actor, id);
  if (!latest) throw new NotFoundError();
  return toRecord(latest);
}
