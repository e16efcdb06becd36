// The peer of the benchmark: PostGraphile v5 (amber preset) over the bench_peer schema of the same
// database, on plain node:http, in its own process so its CPU and memory are its own.
// Run by bench/run.ts: tsx bench/peer/server.ts <port>, with DATABASE_URL and BENCH_POOL_SIZE.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const port = Number(process.argv[2]);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BENCH_POOL_SIZE || 10) });
pool.on('error', () => {});

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['bench_peer'] })],
  grafserv: { port, graphqlPath: '/graphql', watch: false, graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
// /health/live as the gateway has it (the bench's connections probe it first); the rest is grafserv's.
const handler = serv.createHandler();
const server = createServer((req, res) => {
  if (req.url === '/health/live') res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  else handler(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => process.stdout.write(`peer listening on ${port}\n`));
const stop = () => {
  server.close();
  void Promise.resolve(pgl.release()).finally(() => pool.end().finally(() => process.exit(0)));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
