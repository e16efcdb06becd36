// The list of migrations, in order. A static list (not a folder scan) so it works the same under
// tsx, vitest and a bundler.
import type { Migration } from 'kysely';
import * as m001 from './001_initial.js';
import * as m002 from './002_delivery_and_transfers.js';
import * as m003 from './003_sync_scope.js';
import * as m004 from './004_idempotency_results.js';
import * as m005 from './005_idempotency_every_mutation.js';
import * as m006 from './006_revision_secrets.js';
import * as m007 from './007_transfer_details.js';
import * as m008 from './008_teams_environments_configs.js';
import * as m009 from './009_change_events.js';
import * as m010 from './010_webhooks_follow_their_key.js';
import * as m011 from './011_secret_states.js';

export const migrations: Record<string, Migration> = {
  '001_initial': m001,
  '002_delivery_and_transfers': m002,
  '003_sync_scope': m003,
  '004_idempotency_results': m004,
  '005_idempotency_every_mutation': m005,
  '006_revision_secrets': m006,
  '007_transfer_details': m007,
  '008_teams_environments_configs': m008,
  '009_change_events': m009,
  '010_webhooks_follow_their_key': m010,
  '011_secret_states': m011,
};
