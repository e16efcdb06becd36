// What a key may do with an integration, and why not: one set of rules behind both the booleans of
// IntegrationCapabilities and its reasons, so the two can never disagree.
import { liveCheckBlocker } from '../checks/registry.js';
import type { IntegrationRecord } from './integration.model.js';

export type Capability = 'UPDATE' | 'DELETE' | 'ENABLE' | 'DISABLE' | 'TEST' | 'REPORT_TRANSFER';

export type CapabilityReasonCode =
  | 'DELETED'
  | 'WRITE_SCOPE_REQUIRED'
  | 'SYNC_SCOPE_REQUIRED'
  | 'ALREADY_ENABLED'
  | 'ALREADY_DISABLED'
  | 'DISABLED'
  | 'NO_LIVE_CHECK'
  | 'SSH_TUNNEL'
  | 'APPROVAL_PENDING'
  | 'APPROVAL_REJECTED';

export interface CapabilityReason {
  capability: Capability;
  code: CapabilityReasonCode;
  message: string;
}

const WRITE = 'This API key has the read scope; use a key with the write scope.';
const SYNC = "Only a sync worker's key (the sync scope) reports transfers; use one.";

/** Every reason why the key of this scope may not do each thing with the integration; none: it may. */
export function capabilityReasons(
  scope: string,
  integration: Pick<IntegrationRecord, 'disabled' | 'connector' | 'config' | 'deleted' | 'approval'>,
): CapabilityReason[] {
  const reasons: CapabilityReason[] = [];
  const add = (capability: Capability, code: CapabilityReasonCode, message: string) => reasons.push({ capability, code, message });
  // A deleted integration (a delete's answer, or its replay) can do nothing any more, whoever asks.
  if (integration.deleted) {
    for (const capability of ['UPDATE', 'DELETE', 'ENABLE', 'DISABLE', 'TEST', 'REPORT_TRANSFER'] as const) {
      add(capability, 'DELETED', 'It is deleted: nothing can be done with it any more (its revisions are kept).');
    }
    return reasons;
  }
  const writes = scope === 'write';
  const writeScopeMessage = scope === 'sync' ? "This API key is a sync worker's; use a key with the write scope." : WRITE;
  for (const capability of ['UPDATE', 'DELETE', 'ENABLE', 'DISABLE', 'TEST'] as const) {
    if (!writes) add(capability, 'WRITE_SCOPE_REQUIRED', writeScopeMessage);
  }
  if (!integration.disabled) add('ENABLE', 'ALREADY_ENABLED', 'It is enabled already.');
  if (integration.disabled) add('DISABLE', 'ALREADY_DISABLED', 'It is disabled already.');
  if (integration.disabled) add('TEST', 'DISABLED', 'It is disabled and so not checked: enable it (updateIntegration with disabled: false) first.');
  const blocker = liveCheckBlocker(integration.connector, integration.config);
  if (blocker?.code === 'NO_LIVE_CHECK') {
    add('TEST', 'NO_LIVE_CHECK', `Its connector (${integration.connector.label}) has no live check yet: its status comes from transfer reports.`);
  } else if (blocker) {
    add('TEST', blocker.code, `It connects through an SSH tunnel, which the live check does not open yet: its status comes from transfer reports.`);
  }
  if (scope !== 'sync') add('REPORT_TRANSFER', 'SYNC_SCOPE_REQUIRED', SYNC);
  const approval = integration.approval?.state;
  for (const capability of ['TEST', 'REPORT_TRANSFER'] as const) {
    if (approval === 'PENDING') {
      add(capability, 'APPROVAL_PENDING', "Its connector config's owning team has not approved it yet: it is not used until approved.");
    }
    if (approval === 'REJECTED') {
      add(
        capability,
        'APPROVAL_REJECTED',
        "Its connector config's owning team rejected it: it is never used; delete it, or ask the team again with a new one.",
      );
    }
  }
  return reasons;
}
