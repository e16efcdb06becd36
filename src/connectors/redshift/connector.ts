// Amazon Redshift (not in the seeds; modelled on Redshift's own connection settings): the cluster
// or workgroup endpoint, database and schema, password auth as a nested oneOf, and an optional S3
// bucket with its access keys to stage COPY loads.
import { z } from 'zod';
import { disableSsl, host, passwordAuth, port, s3BucketWithAccessKeys, useSshTunnel } from '../common.js';
import { defineConnector, named, oneOf } from '../kit.js';

export const redshift = defineConnector({
  type: 'REDSHIFT',
  name: 'redshift',
  label: 'Amazon Redshift',
  category: 'WAREHOUSE',
  description: 'An Amazon Redshift cluster or Serverless workgroup.',
  config: z.object({
    host: host('Endpoint of the cluster or workgroup, e.g. examplecluster.abc123xyz789.us-west-1.redshift.amazonaws.com.'),
    port: port(5439),
    database: z.string().min(1).max(127).describe('Database name.'),
    schema: z.string().min(1).max(127).default('public').describe('Schema to write into; "public" when left out.'),
    auth: named('RedshiftAuth', oneOf('How the gateway authenticates to Redshift.', { passwordAuth })),
    bucketS3: s3BucketWithAccessKeys.optional().describe('S3 bucket to stage COPY loads; rows are inserted directly when left out.'),
    useSshTunnel: useSshTunnel(),
    disableSsl: disableSsl(),
  }),
});
