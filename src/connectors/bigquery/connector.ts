// Google BigQuery (not in the seeds; modelled on BigQuery's own connection settings): a project,
// a dataset and its location, how the gateway authenticates (a service account key, or a role
// granted to the gateway's service account), and an optional Cloud Storage bucket for staging
// load jobs.
import { z } from 'zod';
import { folder, gcpOutputs, gcpProjectId, gcpServiceAccountKey, gcpServiceAccountRole, gcsBucketName } from '../common.js';
import { defineConnector, destination, named, oneOf } from '../kit.js';

export const bigquery = defineConnector({
  type: 'BIGQUERY',
  name: 'bigquery',
  label: 'Google BigQuery',
  category: 'WAREHOUSE',
  description: 'A BigQuery dataset in a Google Cloud project.',
  outputs: gcpOutputs,
  config: z.object({
    projectId: destination(gcpProjectId('Project that holds the dataset and runs the jobs, e.g. my-project-123.')),
    dataset: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,1024}$/, 'must be a dataset id (letters, digits, underscores)')
      .describe('Dataset to write into.'),
    location: z
      .string()
      .regex(/^([A-Za-z]{2}|[a-z]+-[a-z]+\d+)$/, 'must be a BigQuery location such as US, EU or europe-west1')
      .default('US')
      .describe('Location of the dataset: a multi-region (US, EU) or a region (europe-west1); US when left out.'),
    auth: named('BigqueryAuth', oneOf('How the gateway authenticates to Google Cloud.', { gcpServiceAccountKey, gcpServiceAccountRole })),
    bucketGcs: named(
      'GcsStagingBucket',
      z
        .object({ bucketName: gcsBucketName(), folder: folder() })
        .describe('A Cloud Storage bucket, reached with the same credentials, to stage files for load jobs.'),
    )
      .optional()
      .describe('Bucket for staging load jobs; rows are streamed when left out.'),
  }),
});
