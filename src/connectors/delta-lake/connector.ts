// Delta Lake (Prequel's `delta_lake`): Delta tables written to a bucket, with table properties.
// The seed's `bucket_abs`, `bucket_gcs` and `bucket_s3_compatible` are the members of a oneOf
// (`bucket: { bucketAbs: {...} }`), and inside each a `bucket_auth_method` with its sibling object
// is a nested oneOf (`bucketAuth`); for GCS the seed's role and key siblings are its members. The
// seed's example omits where the tables go (container, bucket name, endpoint); those fields are
// added because no bucket can be reached without them.
import { z } from 'zod';
import {
  azureContainerName,
  azureStorageAccountName,
  folder,
  gcpOutputs,
  gcpServiceAccountKey,
  gcpServiceAccountRole,
  gcsBucketName,
  host,
  s3BucketName,
} from '../common.js';
import { defineConnector, destination, named, oneOf, requiredBecause, secret } from '../kit.js';

const bucketAbs = named(
  'DeltaLakeAbsBucket',
  z
    .object({
      storageAccountName: destination(azureStorageAccountName()),
      containerName: requiredBecause(
        "the seed's example leaves out where the tables go, but no bucket can be reached without it: send containerName (the Blob container the tables are written to)",
        destination(azureContainerName()),
      ),
      folder: folder('Folder (blob name prefix) inside the container; the root when left out.'),
      bucketAuth: named(
        'DeltaLakeAbsBucketAuth',
        oneOf('How the gateway authenticates to the storage account.', {
          azureStorageAccountAccessKey: named(
            'AzureStorageAccountAccessKey',
            z.object({ storageAccountAccessKey: secret('An access key of the storage account. Write-only.') }).describe('A storage account access key.'),
          ),
        }),
      ),
    })
    .describe('An Azure Blob Storage container.'),
);

const bucketGcs = named(
  'DeltaLakeGcsBucket',
  z
    .object({
      bucketName: requiredBecause(
        "the seed's example leaves out where the tables go, but no bucket can be reached without it: send bucketName (the Cloud Storage bucket the tables are written to)",
        destination(gcsBucketName()),
      ),
      folder: folder(),
      bucketAuth: named('DeltaLakeGcsBucketAuth', oneOf('How the gateway authenticates to Cloud Storage.', { gcpServiceAccountRole, gcpServiceAccountKey })),
    })
    .describe('A Google Cloud Storage bucket.'),
);

const bucketS3Compatible = named(
  'DeltaLakeS3CompatibleBucket',
  z
    .object({
      endpoint: requiredBecause(
        "the seed's example leaves out where the tables go, but no bucket can be reached without it: send endpoint (the hostname of the S3-compatible service)",
        host('Hostname of the S3-compatible service, e.g. s3.eu-central-1.wasabisys.com.'),
      ),
      port: destination(z.int().min(1).max(65535).optional().describe('TCP port (1–65535); 443, or 80 with disableSsl, when left out.')),
      bucketName: requiredBecause(
        "the seed's example leaves out where the tables go, but no bucket can be reached without it: send bucketName (the bucket the tables are written to)",
        destination(s3BucketName('Name of the bucket.')),
      ),
      // Conservative: some services pick the endpoint by region.
      bucketRegion: destination(z.string().min(1).max(64).optional().describe('Region of the bucket, if the service has regions.')),
      folder: folder(),
      disableSsl: destination(z.boolean().default(false).describe('Connect over plain HTTP. Only for services on a private network.')),
      bucketAuth: named(
        'DeltaLakeS3CompatibleBucketAuth',
        oneOf('How the gateway authenticates to the service.', {
          accessKeys: named(
            'S3CompatibleAccessKeys',
            z
              .object({
                // Not an AWS key: MinIO, R2, Wasabi and others issue ids in their own formats.
                accessId: z.string().min(1).max(128).describe('Access key id.'),
                secretKey: secret('Secret access key. Write-only.'),
              })
              .describe('An access key pair of the S3-compatible service.'),
          ),
        }),
      ),
    })
    .describe('A bucket on an S3-compatible service (MinIO, Cloudflare R2, Wasabi, …).'),
);

export const deltaLake = defineConnector({
  type: 'DELTA_LAKE',
  name: 'deltaLake',
  label: 'Delta Lake',
  category: 'LAKEHOUSE',
  description: 'Delta Lake tables in Azure Blob Storage, Google Cloud Storage or an S3-compatible bucket.',
  outputs: gcpOutputs,
  config: z.object({
    bucket: named('DeltaLakeBucket', oneOf('Where the Delta tables are written.', { bucketAbs, bucketGcs, bucketS3Compatible })),
    retentionWindowDays: z
      .int()
      .min(1)
      .max(3650)
      .default(7)
      .describe('Days of table history kept for time travel before VACUUM removes it (1–3650); 7 when left out.'),
    columnMappingMode: named('DeltaLakeColumnMappingMode', z.enum(['none', 'name', 'id']))
      .default('none')
      .describe('Delta column mapping mode (delta.columnMapping.mode); "none" when left out.'),
    deletionVectorsDisabled: z.boolean().default(false).describe('Write tables without deletion vectors.'),
    changeDataFeedDisabled: z.boolean().default(false).describe('Write tables without the change data feed.'),
  }),
});
