// Amazon Athena: SYNQ's fields are the base (access key, region, workgroup, scope, feature flags);
// Prequel's destination adds the connection and write databases and a staging bucket.
import { z } from 'zod';
import { awsOutputs, awsRegion, s3Bucket } from '../common.js';
import { defineConnector, destination, named, secret } from '../kit.js';

const scopeRule = named(
  'AthenaScopeRule',
  z
    .object({
      database: z.string().min(1).max(255).describe('Database (catalog database) the rule matches.'),
      schema: z.string().min(1).max(255).optional().describe('Schema the rule matches; all when left out.'),
      table: z.string().min(1).max(255).optional().describe('Table the rule matches; all when left out.'),
    })
    .describe('One include or exclude rule: a database, optionally narrowed to a schema and table.'),
);

export const athena = defineConnector({
  type: 'ATHENA',
  name: 'athena',
  label: 'Amazon Athena',
  category: 'WAREHOUSE',
  description: 'Amazon Athena, queried with an IAM access key through a workgroup.',
  outputs: awsOutputs,
  config: z.object({
    accessKey: z
      .object({
        accessKeyId: z
          .string()
          .regex(/^[A-Z0-9]{1,128}$/, 'must be an AWS access key id: A–Z and 0–9, e.g. AKIA…')
          .describe('AWS access key id, e.g. AKIA….'),
        secretAccessKey: secret('AWS secret access key. Write-only.'),
      })
      .describe('The IAM access key the gateway uses to reach Athena.'),
    // Selects the endpoint host (athena.<region>.amazonaws.com) requests signed with the key go to.
    region: destination(awsRegion()),
    workgroup: z.string().min(1).max(128).default('primary').describe('Athena workgroup; "primary" when left out.'),
    useShowCreateTable: z.boolean().default(false).describe('Read table DDL with SHOW CREATE TABLE.'),
    useShowCreateView: z.boolean().default(false).describe('Read view DDL with SHOW CREATE VIEW.'),
    fetchQueryLogs: z.boolean().default(false).describe('Fetch the query history of the workgroup.'),
    useIcebergMetricsScan: z.boolean().default(false).describe('Scan Iceberg metadata tables for metrics.'),
    scope: z
      .object({
        include: z.array(scopeRule).max(1000).default([]).describe('Rules for what to include; everything when empty.'),
        exclude: z.array(scopeRule).max(1000).default([]).describe('Rules for what to leave out.'),
      })
      .default({ include: [], exclude: [] })
      .describe('Which databases, schemas and tables the integration covers.'),
    connectionDatabase: z.string().min(1).max(255).optional().describe('Database to connect to (Prequel).'),
    writeDatabase: z.string().min(1).max(255).optional().describe('Database to write into (Prequel).'),
    bucketS3: s3Bucket.optional().describe('S3 bucket for query results and staging (Prequel).'),
  }),
});
