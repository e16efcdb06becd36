// What every connector's examples.ts is made of: valid configs (the first is the one the HTTP tests
// create) and invalid ones, each saying why it is invalid, written as the connector's zod schema
// takes them (enum values lowercase; test/connectors.test.ts turns them into GraphQL input), and the
// shapes several connectors share. Every secret value contains "SECRET-" so a leak is easy to find
// (the global teardown scans the server logs for that marker too). Only tests and docs import these.

export type Config = Record<string, unknown>;

export interface InvalidExample {
  why: string;
  config: unknown;
}

export interface ConnectorExamples {
  valid: Config[];
  invalid: InvalidExample[];
}

/** A copy of `base` with the value at a dotted path replaced; `undefined` removes the key. */
export function withChange(base: Config, path: string, value: unknown): Config {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let parent: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof parent[key] !== 'object' || parent[key] === null) parent[key] = {};
    parent = parent[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Invalid examples built from one valid config: `[why, path, value]` each. */
export function changes(base: Config, list: [why: string, path: string, value: unknown][]): InvalidExample[] {
  return list.map(([why, path, value]) => ({ why, config: withChange(base, path, value) }));
}

export const password = (connector: string) => ({ passwordAuth: { username: 'loader', password: `SECRET-${connector}-password` } });

export const awsKeys = (connector: string) => ({ accessId: 'AKIAEXAMPLE123', secretKey: `SECRET-${connector}-aws-secret-key` });

export const serviceAccountKey = (connector: string) => ({
  serviceAccountEmail: 'loader@acme-analytics.iam.gserviceaccount.com',
  serviceAccountKey: JSON.stringify({ type: 'service_account', project_id: 'acme-analytics', private_key: `SECRET-${connector}-sa-key` }),
});

export const serviceAccountRole = { serviceAccountEmail: 'loader@acme-analytics.iam.gserviceaccount.com' };

export const roleArn = 'arn:aws:iam::123456789012:role/service-role/iceberg-writer';

/** The invalid examples every connector with host, port and password auth shares. */
export function hostPortPasswordInvalid(base: Config): InvalidExample[] {
  return changes(base, [
    ['port 0 is out of range', 'port', 0],
    ['port 65536 is out of range', 'port', 65536],
    ['port is a string', 'port', '5432'],
    ['port is not an integer', 'port', 54.5],
    ['host has spaces and symbols', 'host', 'db example!com'],
    ['host is missing', 'host', undefined],
    ['auth is missing', 'auth', undefined],
    ['auth gives no member', 'auth', {}],
    ['auth gives two members', 'auth', { ...(base.auth as Config), tokenAuth: { token: 'SECRET-two-members' } }],
    ['password is empty', 'auth.passwordAuth.password', ''],
    ['password is a number', 'auth.passwordAuth.password', 1234],
    ['username is missing', 'auth.passwordAuth.username', undefined],
    ['disableSsl is a string', 'disableSsl', 'true'],
  ]);
}

export function mysqlLike(name: string): ConnectorExamples {
  const base = {
    host: 'mysql.example.com',
    port: 3306,
    connectionDatabase: 'app',
    writeDatabase: 'exports',
    auth: password(name),
  };
  return {
    valid: [base, { host: '10.0.0.12', writeDatabase: 'exports', auth: password(name), useSshTunnel: true, disableSsl: true }],
    invalid: [
      ...hostPortPasswordInvalid(base),
      ...changes(base, [
        ['writeDatabase is missing', 'writeDatabase', undefined],
        ['writeDatabase is longer than 64 characters', 'writeDatabase', 'x'.repeat(65)],
        ['disableSsl is a number', 'disableSsl', 1],
      ]),
    ],
  };
}

export function postgresLike(name: string): ConnectorExamples {
  const base = { host: 'db.example.com', port: 5432, database: 'app', schema: 'public', auth: password(name) };
  return {
    valid: [base, { host: 'db.internal', database: 'app', auth: password(name), connectionTimeoutInSeconds: 30, useSshTunnel: true }],
    invalid: [
      ...hostPortPasswordInvalid(base),
      ...changes(base, [
        ['database is missing', 'database', undefined],
        ['schema is empty', 'schema', ''],
        ['connection timeout 0 is out of range', 'connectionTimeoutInSeconds', 0],
        ['connection timeout 301 is out of range', 'connectionTimeoutInSeconds', 301],
      ]),
    ],
  };
}
