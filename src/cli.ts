// `npm run cli -- <command>`: API keys, migrations and secret rotation. Each command opens the
// configured database and runs the migrations first, so it works on a database no server touched.
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { DataDirLockedError, openDatabase } from './db/connect.js';
import { migrateDown, migrateToLatest } from './db/migrate.js';
import { keyringFromConfig } from './secrets/keyring.js';
import { rotateSecrets } from './secrets/rotation.js';
import { createApiKey, type Scope, scopes } from './tenants/api-key.service.js';
import { ENVIRONMENT_NAME, TEAM_NAME } from './tenants/organisation.inputs.js';
import { listApiKeys, revokeApiKey } from './tenants/tenant.repository.js';

const usage = `Usage: npm run cli -- <command>
  apikey create --tenant NAME --scope read|write|sync [--name NAME] [--team NAME] [--environment NAME]
                                                                create a key (and the tenant, team and environment if new);
                                                                prints the key last; sync: for sync workers (read, and
                                                                reportTransfer); --team: a key of that team (else the
                                                                tenant's own, over every team); --environment: a key of that
                                                                environment only (else of every environment)
  apikey list [--tenant NAME]                                   list keys (never the keys themselves)
  apikey revoke --id KEY_ID                                     revoke a key at once
  migrate [up|down]                                             run migrations to the latest, or one step down
  secrets rotate                                                re-encrypt every secret under SECRETS_KEY (old key in SECRETS_OLD_KEYS)`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      scope: { type: 'string' },
      name: { type: 'string' },
      id: { type: 'string' },
      team: { type: 'string' },
      environment: { type: 'string' },
    },
  });
  const [group, action] = positionals;
  const known = ['apikey create', 'apikey list', 'apikey revoke', 'secrets rotate', 'migrate undefined', 'migrate up', 'migrate down'];
  if (!known.includes(`${group} ${action}`)) throw new UsageError(group ? `unknown command: ${positionals.join(' ')}` : 'no command given');

  const config = loadConfig();
  const database = await openDatabase(
    config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL, poolSize: 2 } : { kind: 'pglite', dataDir: config.DATA_DIR },
  );
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    if (group === 'migrate') {
      const results = action === 'down' ? await migrateDown(database.db) : await migrateToLatest(database.db);
      out(results.length ? results.join('\n') : 'Nothing to migrate: the database is up to date.');
      return;
    }
    await migrateToLatest(database.db);
    if (group === 'apikey' && action === 'create') {
      if (!values.tenant) throw new UsageError('--tenant is required');
      const scope = values.scope as Scope;
      if (!scopes.includes(scope)) throw new UsageError('--scope must be read, write or sync');
      if (values.team !== undefined && !TEAM_NAME.test(values.team)) throw new UsageError('--team must be 1–100 characters, no control characters');
      if (values.environment !== undefined && !ENVIRONMENT_NAME.test(values.environment)) {
        throw new UsageError('--environment must be 1–63 characters of a-z 0-9 - _ . starting with a letter or digit');
      }
      const created = await createApiKey(database.db, { tenant: values.tenant, scope, name: values.name, team: values.team, environment: values.environment });
      const bound = [values.team && `team ${values.team}`, values.environment && `environment ${values.environment}`].filter(Boolean).join(', ');
      out(`Created ${values.scope} key "${created.name}" (id ${created.id}) for tenant ${values.tenant}${bound ? ` (${bound})` : ''}. It is shown only once:`);
      out(created.key);
    } else if (group === 'apikey' && action === 'list') {
      for (const key of await listApiKeys(database.db, values.tenant)) {
        const state = key.revoked_at ? `revoked ${key.revoked_at.toISOString()}` : 'active';
        const used = key.last_used_at ? key.last_used_at.toISOString() : 'never';
        const bound = `team ${key.team ?? '(all)'}  environment ${key.environment ?? '(all)'}`;
        out(
          `${key.id}  ${key.tenant}  ${key.scope.padEnd(5)}  ${key.key_prefix}…  "${key.name}"  ${bound}  created ${key.created_at.toISOString()}  last used ${used}  ${state}`,
        );
      }
    } else if (group === 'apikey' && action === 'revoke') {
      if (!values.id) throw new UsageError('--id is required (see apikey list)');
      if (!(await revokeApiKey(database.db, values.id))) throw new Error(`No active key with id ${values.id}.`);
      out(`Revoked key ${values.id}.`);
    } else if (group === 'secrets' && action === 'rotate') {
      const keyring = keyringFromConfig(config, (message) => process.stderr.write(`${message}\n`));
      const result = await rotateSecrets(database.db, keyring);
      out(
        `Re-encrypted ${result.secrets} secrets of ${result.integrations} integrations, the secrets of ${result.revisions} revisions of ${result.configs} connector configs and of ${result.webhooks} webhook endpoints, under key ${keyring.currentKeyId}.`,
      );
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${usage}\n`);
  else if (error instanceof DataDirLockedError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Error: ${error.message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
