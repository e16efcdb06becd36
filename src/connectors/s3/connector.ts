// Amazon S3 (Prequel's destination): a bucket, an optional folder and an access key pair.
import { z } from 'zod';
import { awsAccessKeys, awsOutputs, awsRegion } from '../common.js';
import { defineConnector, destination } from '../kit.js';

export const s3 = defineConnector({
  type: 'S3',
  name: 's3',
  label: 'Amazon S3',
  category: 'OBJECT_STORAGE',
  description: 'An Amazon S3 bucket that receives files.',
  outputs: awsOutputs,
  config: z.object({
    bucketName: destination(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name (3–63 lowercase characters)')
        .describe('Name of the bucket.'),
    ),
    bucketRegion: destination(awsRegion('Region of the bucket, e.g. us-east-1.')),
    folder: z.string().max(1024).optional().describe('Folder (key prefix) inside the bucket; the root when left out.'),
    disableManifest: z.boolean().default(false).describe('Do not write a manifest file beside each transfer.'),
    awsAccessKeys,
    useSshTunnel: destination(z.boolean().default(false).describe('Reach S3 through the SSH tunnel set up for this tenant.')),
  }),
});
