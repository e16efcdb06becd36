// Who is acting on a request: every service takes one, whatever domain it belongs to.
import type { KeyCheck } from '../tenants/key-check.js';

/** Who is acting: the tenant, and the API key recorded on revisions (its name, never the key). */
export interface Actor {
  tenantId: string;
  apiKeyId: string | null;
  apiKeyName: string | null;
  /** The team the key acts for; null: the tenant's own key, over every team. */
  teamId: string | null;
  /** The one environment the key sees and works in; null: every environment. */
  environmentId: string | null;
  /**
   * Present when the key may still be unconfirmed: a guarded write then proves it live in its own
   * statement, and asks when it changed nothing (tenants/key-check.ts).
   */
  keyCheck?: KeyCheck;
}

/**
 * What a key can see of integrations: its tenant's, and of those only its environment's when the
 * key is bound to one. Every read of integrations takes one (integration.repository.ts).
 */
export type ReadScope = Pick<Actor, 'tenantId' | 'environmentId'>;

/** Whether a row lies within the scope (for rows that did not come through a scoped read). */
export const inScope = (scope: ReadScope, row: { tenant_id: string; environment_id?: string | null }) =>
  row.tenant_id === scope.tenantId && (scope.environmentId === null || row.environment_id === scope.environmentId);
