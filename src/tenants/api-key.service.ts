// API keys: random 256-bit secrets shown once and stored only as a SHA-256 hash. Each key belongs
// to one tenant and has the scope `read`, `write` (read and change) or `sync` (read and report
// transfers: for sync workers, who hold the integrations' credentials anyway).
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { countTenants, ensureEnvironment, ensureTeam, ensureTenant, insertApiKey, type KeyLookups } from './tenant.repository.js';

export const scopes = ['read', 'write', 'sync'] as const;
export type Scope = (typeof scopes)[number];

export interface AuthenticatedKey {
  tenantId: string;
  tenantName: string;
  keyId: string;
  keyName: string;
  scope: Scope;
  /** The team the key acts for; null: the tenant's own key, over every team. */
  teamId: string | null;
  /** The one environment the key sees and works in; null: every environment. */
  environmentId: string | null;
}

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export async function createApiKey(
  db: Kysely<Database>,
  args: { tenant: string; scope: Scope; name?: string; team?: string; environment?: string },
): Promise<{ key: string; id: string; tenantId: string; name: string }> {
  const tenant = await ensureTenant(db, args.tenant);
  const team = args.team ? await ensureTeam(db, tenant.id, args.team) : null;
  const environment = args.environment ? await ensureEnvironment(db, tenant.id, args.environment) : null;
  const key = `igw_${args.scope}_${randomBytes(32).toString('base64url')}`;
  const name = args.name ?? `${args.scope} key ${new Date().toISOString()}`;
  const row = await insertApiKey(db, {
    tenantId: tenant.id,
    name,
    scope: args.scope,
    keyHash: hashApiKey(key),
    keyPrefix: key.slice(0, 14),
    teamId: team?.id ?? null,
    environmentId: environment?.id ?? null,
  });
  return { key, id: row.id, tenantId: tenant.id, name };
}

/** The hash an API key is stored by; null when the text cannot be a key at all. */
export function apiKeyHashOf(key: string): string | null {
  return /^igw_(read|write|sync)_[A-Za-z0-9_-]{43}$/.test(key) ? hashApiKey(key) : null;
}

/** The live key with this hash (recording its use, at most once a minute), or null. */
export async function authenticateApiKeyHash(lookups: KeyLookups, keyHash: string): Promise<AuthenticatedKey | null> {
  const row = await lookups.find(keyHash);
  if (!row) return null;
  const { keyHash: _hash, ...key } = row;
  return { ...key, scope: row.scope as Scope };
}

/** On an empty database: tenant `dev` and a write key for it, returned once to be printed. */
export async function bootstrapDevTenant(db: Kysely<Database>): Promise<string | null> {
  if ((await countTenants(db)) > 0) return null;
  const { key } = await createApiKey(db, { tenant: 'dev', scope: 'write', name: 'dev key (first start)' });
  return key;
}
