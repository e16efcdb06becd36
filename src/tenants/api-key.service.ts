// API keys: random 256-bit secrets shown once and stored only as a SHA-256 hash. Each key belongs
// to one tenant and has the scope `read` or `write`.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { countTenants, ensureTenant, findActiveApiKeyByHash, insertApiKey } from './tenant.repository.js';

export type Scope = 'read' | 'write';

export interface AuthenticatedKey {
  tenantId: string;
  tenantName: string;
  keyId: string;
  keyName: string;
  scope: Scope;
}

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export async function createApiKey(
  db: Kysely<Database>,
  args: { tenant: string; scope: Scope; name?: string },
): Promise<{ key: string; id: string; tenantId: string; name: string }> {
  const tenant = await ensureTenant(db, args.tenant);
  const key = `igw_${args.scope}_${randomBytes(32).toString('base64url')}`;
  const name = args.name ?? `${args.scope} key ${new Date().toISOString()}`;
  const row = await insertApiKey(db, {
    tenantId: tenant.id,
    name,
    scope: args.scope,
    keyHash: hashApiKey(key),
    keyPrefix: key.slice(0, 14),
  });
  return { key, id: row.id, tenantId: tenant.id, name };
}

export async function authenticateApiKey(db: Kysely<Database>, key: string): Promise<AuthenticatedKey | null> {
  if (!/^igw_(read|write)_[A-Za-z0-9_-]{43}$/.test(key)) return null;
  const row = await findActiveApiKeyByHash(db, hashApiKey(key));
  return row ? { ...row, scope: row.scope as Scope } : null;
}

/** On an empty database: tenant `dev` and a write key for it, returned once to be printed. */
export async function bootstrapDevTenant(db: Kysely<Database>): Promise<string | null> {
  if ((await countTenants(db)) > 0) return null;
  const { key } = await createApiKey(db, { tenant: 'dev', scope: 'write', name: 'dev key (first start)' });
  return key;
}
