// ClickHouse (Prequel's destination): host, port, an optional cluster, the connection and write
// databases, password auth as a nested oneOf, and an optional staging bucket. The seed lists
// `bucket_s3` and `bucket_gcs` side by side; only one can be the staging bucket, so they are the
// members of a oneOf (`bucket: { bucketS3: {...} }`).
import { z } from 'zod';
import { disableSsl, gcsBucketWithHmacKeys, host, passwordAuth, port, s3BucketWithAccessKeys } from '../common.js';
import { defineConnector, named, oneOf } from '../kit.js';

export const clickhouse = defineConnector({
  type: 'CLICKHOUSE',
  name: 'clickhouse',
  label: 'ClickHouse',
  category: 'WAREHOUSE',
  description: 'A ClickHouse server or ClickHouse Cloud service, over the secure native protocol.',
  config: z.object({
    host: host(),
    // 9440 is ClickHouse's native protocol over TLS (ClickHouse Cloud's default too).
    port: port(9440),
    cluster: z.string().min(1).max(255).optional().describe('Cluster to create tables ON CLUSTER; a single server when left out.'),
    connectionDatabase: z.string().min(1).max(255).optional().describe('Database to connect to; the write database when left out.'),
    writeDatabase: z.string().min(1).max(255).describe('Database the gateway writes into.'),
    auth: named('ClickhouseAuth', oneOf('How the gateway authenticates to ClickHouse.', { passwordAuth })),
    bucket: named(
      'ClickhouseStagingBucket',
      oneOf('A bucket ClickHouse loads staged files from; files are inserted directly when left out.', {
        bucketS3: s3BucketWithAccessKeys,
        bucketGcs: gcsBucketWithHmacKeys,
      }),
    ).optional(),
    disableSsl: disableSsl(),
  }),
});
