// What the stack alone answers `{ __typename }` at: graphql-yoga with Yoga's defaults and a
// one-field schema, no plugin of the gateway's, no key, no database, on plain node:http as the
// peer is. The floor row measures it beside the gateway and the peer (bench/README.md), so the
// gateway's distance to the peer splits into Yoga's own and the gateway's.
// Run by bench/run.ts: tsx bench/peer/bare-yoga.ts <port>.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const port = Number(process.argv[2]);
const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: false,
});
const server = createServer((req, res) => {
  if (req.url === '/health/live') res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  else yoga(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => server.close(() => process.exit(0)));
