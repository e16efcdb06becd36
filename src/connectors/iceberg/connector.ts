// Apache Iceberg (Prequel's `iceberg`): tables registered in a catalog and written to a bucket.
// The seed's four `catalog_*` objects are the members of a oneOf (`catalog: { catalogGlue: {...} }`);
// `storage_options` holds only bucket variants, so it is itself a oneOf. The buckets' own
// `bucket_auth_method` is `<unknown>` in the seed: it is the discriminator of the sibling auth
// objects, so it becomes a nested oneOf (`bucketAuth`) with the variants the seed shows (an AWS
// IAM role, a GCP service account role). The REST catalog's `uri` is not in the seed's example
// but no REST catalog can be reached without it, so it is added.
import { z } from 'zod';
import {
  awsArn,
  awsIamRole,
  awsOutputs,
  awsRegion,
  folder,
  gcpOutputs,
  gcpProjectId,
  gcpServiceAccountKey,
  gcpServiceAccountRole,
  gcsBucketName,
  httpUrl,
  oauthClientSecretAuth,
  s3BucketName,
} from '../common.js';
import { defineConnector, destination, named, oneOf, requiredBecause, secret } from '../kit.js';

const bucketS3 = named(
  'IcebergS3Bucket',
  z
    .object({
      bucketName: s3BucketName(),
      bucketRegion: awsRegion('Region of the bucket, e.g. us-east-1.'),
      folder: folder(),
      bucketAuth: named('IcebergS3BucketAuth', oneOf('How the gateway reaches the bucket.', { awsIamRole })),
    })
    .describe('An S3 bucket that holds the table files.'),
);

const bucketGcs = named(
  'IcebergGcsBucket',
  z
    .object({
      bucketName: gcsBucketName(),
      folder: folder(),
      bucketAuth: named('IcebergGcsBucketAuth', oneOf('How the gateway reaches the bucket.', { gcpServiceAccountRole })),
    })
    .describe('A Cloud Storage bucket that holds the table files.'),
);

const s3StorageOptions = named('IcebergS3StorageOptions', oneOf('Where the table files are written.', { bucketS3 }));

const namespace = z.string().min(1).max(255).describe('Namespace (database) the tables are created in.');

const catalogIcebergRest = named(
  'IcebergRestCatalog',
  z
    .object({
      uri: requiredBecause(
        "the seed's example leaves it out, but no REST catalog can be reached without its base URL: send uri, e.g. https://catalog.example.com/api/catalog",
        destination(httpUrl('Base URL of the REST catalog, e.g. https://catalog.example.com/api/catalog.')),
      ),
      warehouse: z.string().min(1).max(1024).optional().describe("Warehouse to use in the catalog; the catalog's default when left out."),
      namespace,
      auth: named(
        'IcebergRestCatalogAuth',
        oneOf('How the gateway authenticates to the catalog.', {
          oauthBearerTokenAuth: named(
            'OAuthBearerTokenAuth',
            z.object({ password: secret('The bearer token (Prequel calls it password). Write-only.') }).describe('A static OAuth bearer token.'),
          ),
          oauthClientSecretAuth,
        }),
      ),
      storageOptions: named('IcebergRestStorageOptions', oneOf('Where the table files are written.', { bucketS3, bucketGcs })),
    })
    .describe('An Iceberg REST catalog (Polaris, Unity Catalog, Nessie, Lakekeeper, …).'),
);

const catalogGlue = named(
  'IcebergGlueCatalog',
  z
    .object({
      database: z.string().min(1).max(255).describe('Glue database the tables are registered in.'),
      storageOptions: s3StorageOptions,
    })
    .describe("The AWS Glue Data Catalog of the bucket's account and region."),
);

const catalogS3Tables = named(
  'IcebergS3TablesCatalog',
  z
    .object({
      tableBucketArn: awsArn(
        's3tables',
        'bucket/[a-z0-9][a-z0-9-]{1,61}[a-z0-9]',
        'ARN of the S3 table bucket, e.g. arn:aws:s3tables:us-east-1:123456789012:bucket/analytics.',
      ),
      database: z.string().min(1).max(255).describe('Namespace in the table bucket.'),
      storageOptions: s3StorageOptions,
    })
    .describe('Amazon S3 Tables.'),
);

const catalogGoogleLakehouse = named(
  'IcebergGoogleLakehouseCatalog',
  z
    .object({
      projectId: destination(gcpProjectId()),
      catalogName: z.string().min(1).max(255).describe('Name of the BigLake catalog.'),
      schema: z.string().min(1).max(255).describe('Schema (namespace) the tables are created in.'),
      bucketName: destination(gcsBucketName('Cloud Storage bucket that holds the table files.')),
      auth: named('IcebergGoogleLakehouseAuth', oneOf('How the gateway authenticates to Google Cloud.', { gcpServiceAccountRole, gcpServiceAccountKey })),
    })
    .describe('Google BigLake (lakehouse) metastore.'),
);

export const iceberg = defineConnector({
  type: 'ICEBERG',
  name: 'iceberg',
  label: 'Apache Iceberg',
  category: 'LAKEHOUSE',
  description: 'Apache Iceberg tables in a REST, Glue, S3 Tables or Google lakehouse catalog.',
  outputs: { ...awsOutputs, ...gcpOutputs },
  config: z.object({
    catalog: named(
      'IcebergCatalog',
      oneOf('The catalog the tables are registered in.', {
        catalogIcebergRest,
        catalogGlue,
        catalogS3Tables,
        catalogGoogleLakehouse,
      }),
    ),
    retentionWindowDays: z.int().min(1).max(3650).default(7).describe('Days snapshots are kept before they expire (1–3650); 7 when left out.'),
  }),
});
