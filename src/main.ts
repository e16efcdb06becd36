// Starts the service: reads the environment, opens the database (PGlite in DATA_DIR unless
// DATABASE_URL is set), runs the migrations, creates the dev tenant on an empty database, listens.
import { loadConfig } from './config.js';
import { openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { startEventSweeper } from './events/event-retention.js';
import { exampleOperation } from './example-operation.js';
import { startKeySweeper } from './idempotency/idempotency.service.js';
import { createLogger } from './logger.js';
import { createMetricsServer } from './observability.js';
import { createRateLimiter } from './rate-limit.js';
import { keyringFromConfig } from './secrets/keyring.js';
import { createGateway, createHttpServerFor } from './server.js';
import { bootstrapDevTenant } from './tenants/api-key.service.js';
import { startWebhookWorker } from './webhooks/webhook.worker.js';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase(
    config.DATABASE_URL
      ? {
          kind: 'postgres',
          url: config.DATABASE_URL,
          poolSize: config.DATABASE_POOL_SIZE,
          connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
          statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
        }
      : { kind: 'pglite', dataDir: config.DATA_DIR },
  );
  const keyring = keyringFromConfig(config, (message) => logger.warn({}, message));
  await migrateToLatest(database.db);
  const devKey = await bootstrapDevTenant(database.db);

  const introspection = config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';
  const rateLimiter = createRateLimiter({
    windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
    readQueries: config.RATE_LIMIT_READ_QUERIES,
    writeQueries: config.RATE_LIMIT_WRITE_QUERIES,
    mutations: config.RATE_LIMIT_MUTATIONS,
    connectionChecks: config.RATE_LIMIT_CONNECTION_CHECKS,
    queryCostUnit: config.RATE_LIMIT_QUERY_COST_UNIT,
    redisUrl: config.REDIS_URL,
  });
  const gateway = createGateway({
    database,
    keyring,
    logger,
    rateLimiter,
    outputs: {
      awsAccountId: config.OUTPUT_AWS_ACCOUNT_ID ?? null,
      awsPrincipalArn: config.OUTPUT_AWS_PRINCIPAL_ARN ?? null,
      gcpServiceAccountEmail: config.OUTPUT_GCP_SERVICE_ACCOUNT_EMAIL ?? null,
    },
    connectionCheckTimeoutMs: config.CONNECTION_CHECK_TIMEOUT_MS,
    transferClockSkewSeconds: config.TRANSFER_CLOCK_SKEW_SECONDS,
    connectionCheckDeny: config.CONNECTION_CHECK_DENY,
    connectionCheckMaxConcurrentPerTenant: config.CONNECTION_CHECK_MAX_CONCURRENT_PER_TENANT,
    metrics: {
      operationNames: config.METRICS_OPERATION_NAMES,
      token: config.METRICS_TOKEN,
      // With a port of its own, the public port does not serve /metrics.
      endpoint: config.METRICS_PORT === undefined,
    },
    rowCacheSize: config.INTEGRATION_ROW_CACHE_SIZE,
    keyMemoryMs: config.API_KEY_MEMORY_MS,
    keyMemorySize: config.API_KEY_MEMORY_SIZE,
    graphiql: config.NODE_ENV !== 'production',
    introspection,
    corsOrigins: config.CORS_ORIGINS,
    federationSdl: config.FEDERATION_SDL === 'introspection' ? introspection : config.FEDERATION_SDL === 'on',
    queryLimits: {
      maxDepth: config.GRAPHQL_MAX_DEPTH,
      maxAliases: config.GRAPHQL_MAX_ALIASES,
      maxTokens: config.GRAPHQL_MAX_TOKENS,
      maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
      maxCost: config.GRAPHQL_MAX_COST,
      maxRepresentations: config.GRAPHQL_MAX_REPRESENTATIONS,
      maxResponseBytes: config.GRAPHQL_MAX_RESPONSE_BYTES,
      maxBodyBytes: config.GRAPHQL_MAX_BODY_BYTES,
    },
    graphiqlDefaults: { query: exampleOperation, headers: devKey ? { Authorization: `Bearer ${devKey}` } : undefined },
    events: { maxSubscriptionsPerTenant: config.EVENTS_MAX_SUBSCRIPTIONS_PER_TENANT, pollMs: config.EVENTS_POLL_MS },
    webhooks: { allowHttp: config.WEBHOOK_ALLOW_HTTP, maxEndpointsPerTenant: config.WEBHOOK_MAX_ENDPOINTS_PER_TENANT },
    jit: config.GRAPHQL_JIT,
  });
  const server = createHttpServerFor(gateway, { keepAliveTimeoutMs: config.HTTP_KEEP_ALIVE_TIMEOUT_MS, requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS });
  const metricsServer = config.METRICS_PORT === undefined ? undefined : createMetricsServer(gateway.metrics);
  metricsServer?.listen(config.METRICS_PORT, config.METRICS_HOST, () => {
    logger.info({ url: `http://${config.METRICS_HOST}:${config.METRICS_PORT}/metrics` }, 'metrics listening');
  });
  server.listen(config.PORT, config.HOST, () => {
    // 0.0.0.0 and :: listen on every interface: this machine reaches them as localhost.
    const host = ['0.0.0.0', '::'].includes(config.HOST) ? 'localhost' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
    const url = `http://${host}:${config.PORT}/graphql`;
    logger.info({ url, database: database.kind }, 'integrations gateway listening');
    if (devKey) {
      process.stdout.write(
        [
          '',
          'Created tenant "dev" with a write API key. It is shown only this once:',
          `  ${devKey}`,
          'Try it:',
          `  curl -s ${url} -H 'Authorization: Bearer ${devKey}' -H 'Content-Type: application/json' -d '{"query":"{ integrations { totalCount } }"}'`,
          `GraphiQL: open ${url} in a browser on this machine (only there is the key filled in).`,
          '',
        ].join('\n'),
      );
    }
  });

  // Idempotency keys live 24 hours; this removes the expired ones (any replica may, all at once).
  const stopSweeper = startKeySweeper(database.db, (error) =>
    logger.warn({ err: { name: (error as Error)?.name } }, 'sweeping expired idempotency keys failed; retrying later'),
  );

  // Change events older than EVENTS_RETENTION_HOURS go (any replica may sweep, all at once).
  const stopEventSweeper = startEventSweeper(database.db, config.EVENTS_RETENTION_HOURS, (error) =>
    logger.warn({ err: { name: (error as Error)?.name } }, 'sweeping old change events failed; retrying later'),
  );

  // This replica's share of webhook deliveries (every replica claims from the one queue).
  const webhookWorker = config.WEBHOOK_WORKER
    ? startWebhookWorker({
        database,
        keyring,
        denyList: config.CONNECTION_CHECK_DENY,
        settings: {
          pollMs: config.WEBHOOK_POLL_MS,
          timeoutMs: config.WEBHOOK_TIMEOUT_MS,
          leaseMs: config.WEBHOOK_LEASE_MS,
          maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
          retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
          disableAfter: config.WEBHOOK_DISABLE_AFTER_FAILURES,
        },
        onError: (error) => logger.warn({ err: { name: (error as Error)?.name } }, 'a webhook delivery round failed; retrying'),
      })
    : undefined;

  // Graceful shutdown: stop accepting, let in-flight requests finish (bounded), then close the pool.
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    metricsServer?.close();
    stopSweeper();
    stopEventSweeper();
    // Open subscriptions end now (an UNAVAILABLE event tells clients to resume elsewhere), so their
    // connections do not hold the shutdown until its deadline.
    void gateway.events.close();
    const workerStopped = webhookWorker?.stop().catch(() => {});
    server.close(() => {
      void Promise.resolve(workerStopped)
        .then(() => Promise.all([database.close(), rateLimiter.close()]))
        .then(() => {
          logger.info({}, 'stopped');
          process.exit(0);
        });
    });
    server.closeIdleConnections();
    // Keep-alive connections that turn idle after their last response are closed as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    sweep.unref();
    setTimeout(() => {
      logger.warn({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'requests still in flight at the shutdown deadline; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: Error) => {
  process.stderr.write(`Failed to start: ${error.message}\n`);
  process.exit(1);
});
