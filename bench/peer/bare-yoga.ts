// What the stack alone reaches: graphql-yoga with Yoga's defaults, no plugin of the gateway's, no
// key, on plain node:http as the peer is. `{ __typename }` (the floor row) touches no database. With
// DATABASE_URL it also serves `bareIntegrations`, the list row's page as the peer answers it (config
// as opaque JSON, the 3 newest revisions, totalCount, pageInfo) from the same tables in two
// statements (the page with its count, then the revisions of the page by one `= any($1)`
// DataLoader batch) on pg and graphql-jit (`@envelop/graphql-jit`, as the gateway compiles its
// queries), and `bareUpdate`, the update row's write through the peer's own SQL function (one
// prepared statement, as the peer sends it). At /keyed/graphql it answers `{ __typename }` after the
// gateway's key check (below). So the gateway's distance to the peer splits into the stack's own and the gateway's
// (bench/README.md). Run by bench/run.ts: tsx bench/peer/bare-yoga.ts <port>.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { useGraphQlJit } from '@envelop/graphql-jit';
import DataLoader from 'dataloader';
import { createGraphQLError, createSchema, createYoga } from 'graphql-yoga';
import pg from 'pg';

const port = Number(process.argv[2]);
const databaseUrl = process.env.DATABASE_URL;
const pool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.BENCH_POOL_SIZE ?? 10) }) : null;

interface Row {
  id: string;
  title: string;
  connector: string;
  etag: string;
  version: number;
  status_state: string;
  status_message: string | null;
  status_checked_at: Date | null;
  config: unknown;
  created_at: Date;
  total: number;
}
interface Revision {
  integration_id: string;
  version: number;
  action: string;
  etag: string;
  created_at: Date;
  changed_paths: unknown;
  total: number;
}

const typeDefs = /* GraphQL */ `
  scalar JSON
  type Query {
    ok: Boolean
    bareIntegrations(tenant: ID!, first: Int = 20): BareConnection
  }
  type Mutation {
    bareUpdate(id: ID!, etag: String, title: String!): BareUpdateResult
  }
  type BareUpdateResult { updated: Boolean! etag: String! version: Int! }
  type BareConnection { totalCount: Int! pageInfo: BarePageInfo! edges: [BareEdge!]! }
  type BarePageInfo { hasNextPage: Boolean! endCursor: String }
  type BareEdge { cursor: String! node: BareIntegration! }
  type BareStatus { state: String! message: String checkedAt: String }
  type BareIntegration {
    id: ID!
    title: String!
    connector: String!
    etag: String!
    version: Int!
    status: BareStatus!
    config: JSON
    revisions(first: Int = 20): BareRevisionConnection!
  }
  type BareRevisionConnection { totalCount: Int! edges: [BareRevisionEdge!]! }
  type BareRevisionEdge { node: BareRevision! }
  type BareRevision { version: Int! action: String! etag: String! createdAt: String! changedPaths: JSON }
`;

const revisionsOf = (db: pg.Pool, first: number) =>
  new DataLoader<string, { totalCount: number; edges: { node: Revision }[] }>(async (ids) => {
    const { rows } = await db.query<Revision>(
      `select * from (
         select integration_id, version, action, etag, created_at, changed_paths,
                count(*) over (partition by integration_id)::int as total,
                row_number() over (partition by integration_id order by version desc) as rank
         from integration_revisions where integration_id = any($1::uuid[])
       ) r where rank <= $2 order by integration_id, version desc`,
      [ids, first],
    );
    const byId = new Map<string, { totalCount: number; edges: { node: Revision }[] }>();
    for (const row of rows) {
      const page = byId.get(row.integration_id);
      if (page) page.edges.push({ node: row });
      else byId.set(row.integration_id, { totalCount: row.total, edges: [{ node: row }] });
    }
    return ids.map((id) => byId.get(id) ?? { totalCount: 0, edges: [] });
  });

const yoga = createYoga<{ revisions?: Map<number, ReturnType<typeof revisionsOf>> }>({
  schema: createSchema({
    typeDefs,
    resolvers: {
      Query: {
        ok: () => true,
        bareIntegrations: async (_root: unknown, args: { tenant: string; first: number }) => {
          if (!pool) throw new Error('bare Yoga was started without DATABASE_URL');
          const { rows } = await pool.query<Row>(
            `select id, title, connector, etag, version, status_state, status_message, status_checked_at, config, created_at,
                    (select count(*)::int from integrations where tenant_id = $1 and deleted_at is null) as total
             from integrations where tenant_id = $1 and deleted_at is null
             order by created_at desc, id desc limit $2`,
            [args.tenant, args.first + 1],
          );
          const page = rows.slice(0, args.first);
          const last = page.at(-1);
          return {
            totalCount: rows[0]?.total ?? 0,
            pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? `${last.created_at.toISOString()}|${last.id}` : null },
            edges: page.map((node) => ({ cursor: node.id, node })),
          };
        },
      },
      Mutation: {
        // The peer's own SQL function (bench/peer/schema.sql), so the row measures what Yoga adds to it.
        bareUpdate: async (_root: unknown, args: { id: string; etag: string | null; title: string }) => {
          if (!pool) throw new Error('bare Yoga was started without DATABASE_URL');
          const { rows } = await pool.query({
            name: 'bareUpdate',
            text: 'select (r).updated, (r).etag, (r).version from bench_peer.update_integration($1, $2, $3) r',
            values: [args.id, args.etag, args.title],
          });
          return rows[0] ?? null;
        },
      },
      BareIntegration: {
        status: (row: Row) => ({ state: row.status_state, message: row.status_message, checkedAt: row.status_checked_at?.toISOString() ?? null }),
        revisions: (row: Row, args: { first: number }, context: { revisions?: Map<number, ReturnType<typeof revisionsOf>> }) => {
          context.revisions ??= new Map();
          const loader = context.revisions.get(args.first) ?? revisionsOf(pool as pg.Pool, args.first);
          context.revisions.set(args.first, loader);
          return loader.load(row.id);
        },
      },
      BareRevision: {
        createdAt: (row: Revision) => row.created_at.toISOString(),
        changedPaths: (row: Revision) => row.changed_paths,
      },
    },
  }),
  // Compiled for the list only: the floor row keeps measuring Yoga's defaults, as in earlier rounds.
  plugins: [
    useGraphQlJit(
      {},
      {
        enableIf: ({ document }) =>
          document.definitions.some(
            (d) => d.kind === 'OperationDefinition' && d.selectionSet.selections.some((f) => f.kind === 'Field' && f.name.value === 'bareIntegrations'),
          ),
      },
    ),
  ],
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: false,
});

// The same stack with the gateway's key rule: every request's key looked up (and its use recorded)
// in PostgreSQL after it arrived, by the gateway's own statement (src/tenants/tenant.repository.ts,
// findActiveApiKeyByHash), prepared, and shared by the requests of one turn of the event loop as the
// gateway's KeyLookups share it. So the floor row shows what the stack reaches keeping that rule.
const keyStatement = `with found as (
    select api_keys.key_hash, api_keys.id, api_keys.name, api_keys.scope, api_keys.last_used_at, api_keys.team_id,
           api_keys.environment_id, tenants.id as tenant_id, tenants.name as tenant_name
    from api_keys inner join tenants on tenants.id = api_keys.tenant_id
    where api_keys.key_hash = any($1::text[]) and api_keys.revoked_at is null),
  touched as (
    update api_keys set last_used_at = now()
    where id in (select id from found where last_used_at is null or last_used_at < now() - interval '1 minute')
    returning id)
  select key_hash, id, name, scope, tenant_id, tenant_name, team_id, environment_id from found`;
let turn: { hashes: Set<string>; rows: Promise<{ key_hash: string }[]> } | undefined;
function lookUpKeys(db: pg.Pool, hash: string): Promise<{ key_hash: string }[]> {
  if (!turn) {
    const next = {
      hashes: new Set<string>(),
      rows: new Promise<{ key_hash: string }[]>((resolve, reject) =>
        setImmediate(() => {
          turn = undefined;
          db.query({ name: 'findActiveApiKeyByHash', text: keyStatement, values: [[...next.hashes]] }).then((r) => resolve(r.rows), reject);
        }),
      ),
    };
    turn = next;
  }
  turn.hashes.add(hash);
  return turn.rows;
}
const keyedYoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
  context: async ({ request }) => {
    if (!pool) throw new Error('bare Yoga was started without DATABASE_URL');
    const key = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
    const hash = createHash('sha256').update(key).digest('hex');
    const found = (await lookUpKeys(pool, hash)).find((row) => row.key_hash === hash);
    if (!found) throw createGraphQLError('unknown key', { extensions: { http: { status: 401 } } });
    return { key: found };
  },
  graphqlEndpoint: '/keyed/graphql',
  landingPage: false,
  graphiql: false,
  logging: false,
});

const server = createServer((req, res) => {
  if (req.url === '/health/live') res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  else if (req.url?.startsWith('/keyed/')) keyedYoga(req, res);
  else yoga(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => server.close(() => (pool ? pool.end().then(() => process.exit(0)) : process.exit(0))));
