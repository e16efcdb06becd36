// Who is acting on a request: every service takes one, whatever domain it belongs to.
import type { KeyCheck } from '../tenants/key-check.js';

/** Who is acting: the tenant, and the API key recorded on revisions (its name, never the key). */
export interface Actor {
  tenantId: string;
  apiKeyId: string | null;
  apiKeyName: string | null;
  /**
   * Present when the key may still be unconfirmed: a guarded write then proves it live in its own
   * statement, and asks when it changed nothing (tenants/key-check.ts).
   */
  keyCheck?: KeyCheck;
}
