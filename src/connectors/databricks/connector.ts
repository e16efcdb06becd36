// Databricks (Prequel's destination): a SQL warehouse (host, port, HTTP path), the Unity Catalog
// catalog and schema, OAuth machine-to-machine auth, and for workspaces on the Hive metastore a
// staging bucket. The seed gives `oauth_client_secret_auth` without an `auth_method`; it is still
// a member of `auth` so further methods (e.g. personal access tokens) can join without a break.
// `hive` holds only `bucket_vendor` and its bucket, so `hive` itself is the oneOf.
import { z } from 'zod';
import { host, oauthClientSecretAuth, port, s3BucketWithAccessKeys, useSshTunnel } from '../common.js';
import { defineConnector, named, oneOf } from '../kit.js';

export const databricks = defineConnector({
  type: 'DATABRICKS',
  name: 'databricks',
  label: 'Databricks',
  category: 'WAREHOUSE',
  description: 'A Databricks SQL warehouse, writing to Unity Catalog or the Hive metastore.',
  config: z.object({
    host: host('Workspace hostname, e.g. dbc-a1b2c3d4-e5f6.cloud.databricks.com.'),
    port: port(443),
    httpPath: z
      .string()
      .max(1024)
      .regex(/^\/[A-Za-z0-9/._-]+$/, 'must be an HTTP path such as /sql/1.0/warehouses/abc123')
      .describe('HTTP path of the SQL warehouse, e.g. /sql/1.0/warehouses/abc123.'),
    catalog: z.string().min(1).max(255).optional().describe("Unity Catalog catalog; the workspace's default catalog when left out."),
    schema: z.string().min(1).max(255).describe('Schema to write into.'),
    auth: named('DatabricksAuth', oneOf('How the gateway authenticates to Databricks.', { oauthClientSecretAuth })),
    hive: named(
      'DatabricksHive',
      oneOf('Staging bucket for workspaces on the Hive metastore (not needed with Unity Catalog).', {
        bucketS3: s3BucketWithAccessKeys,
      }),
    ).optional(),
    useSshTunnel: useSshTunnel(),
  }),
});
