// What the services need from the process, created once by createServer and passed down: the
// database, the keyring, and the row cache of the guarded writes.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { IntegrationRowCache } from '../integrations/row-cache.js';
import type { Keyring } from '../secrets/keyring.js';

export interface ServiceDeps {
  db: Kysely<Database>;
  keyring: Keyring;
  /** Rows this process wrote, for updates that name their etag; none when left out. */
  rows?: IntegrationRowCache;
}
