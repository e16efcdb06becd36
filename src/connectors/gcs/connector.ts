// Google Cloud Storage (Prequel's `gcs` destination): a bucket, an optional folder, and how the
// gateway gets in as a nested oneOf: a role granted to a service account, or an HMAC key pair
// (the seed lists both side by side; one is used).
import { z } from 'zod';
import { disableManifest, folder, gcpOutputs, gcpServiceAccountRole, gcsBucketName, gcsHmacKeys } from '../common.js';
import { defineConnector, destination, named, oneOf } from '../kit.js';

export const gcs = defineConnector({
  type: 'GCS',
  name: 'gcs',
  label: 'Google Cloud Storage',
  category: 'OBJECT_STORAGE',
  description: 'A Google Cloud Storage bucket that receives files.',
  outputs: gcpOutputs,
  config: z.object({
    bucketName: destination(gcsBucketName()),
    folder: folder(),
    auth: named('GcsAuth', oneOf('How the gateway authenticates to Cloud Storage.', { gcpServiceAccountRole, gcsHmacKeys })),
    disableManifest: disableManifest(),
  }),
});
