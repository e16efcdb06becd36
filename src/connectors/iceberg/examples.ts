// iceberg's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes, roleArn, serviceAccountKey, serviceAccountRole } from '../examples-kit.js';

const icebergS3Bucket = {
  bucketName: 'acme-lake',
  bucketRegion: 'us-east-1',
  folder: 'iceberg',
  bucketAuth: { awsIamRole: { awsIamRoleArn: roleArn } },
};
const icebergBase = {
  catalog: {
    catalogIcebergRest: {
      uri: 'https://polaris.example.com/api/catalog',
      warehouse: 'analytics',
      namespace: 'exports',
      auth: { oauthClientSecretAuth: { clientId: 'polaris-client', clientSecret: 'SECRET-iceberg-client-secret' } },
      storageOptions: { bucketS3: icebergS3Bucket },
    },
  },
};

export const examples: ConnectorExamples = {
  valid: [
    icebergBase,
    {
      catalog: {
        catalogIcebergRest: {
          uri: 'https://catalog.example.com/api/catalog',
          namespace: 'exports',
          auth: { oauthBearerTokenAuth: { password: 'SECRET-iceberg-bearer-token' } },
          storageOptions: {
            bucketGcs: { bucketName: 'acme-lake', bucketAuth: { gcpServiceAccountRole: serviceAccountRole } },
          },
        },
      },
      retentionWindowDays: 14,
    },
    { catalog: { catalogGlue: { database: 'exports', storageOptions: { bucketS3: icebergS3Bucket } } } },
    {
      catalog: {
        catalogS3Tables: {
          tableBucketArn: 'arn:aws:s3tables:us-east-1:123456789012:bucket/analytics',
          database: 'exports',
          storageOptions: { bucketS3: icebergS3Bucket },
        },
      },
    },
    {
      catalog: {
        catalogGoogleLakehouse: {
          projectId: 'acme-analytics',
          catalogName: 'lakehouse',
          schema: 'exports',
          bucketName: 'acme-lake',
          auth: { gcpServiceAccountKey: serviceAccountKey('iceberg') },
        },
      },
    },
  ],
  invalid: [
    { why: 'catalog is missing', config: {} },
    { why: 'catalog gives no member', config: { catalog: {} } },
    {
      why: 'catalog gives two members',
      config: {
        catalog: {
          ...icebergBase.catalog,
          catalogGlue: { database: 'exports', storageOptions: { bucketS3: icebergS3Bucket } },
        },
      },
    },
    ...changes(icebergBase, [
      ['catalog URI is not a URL', 'catalog.catalogIcebergRest.uri', 'polaris'],
      ['catalog URI is not http(s)', 'catalog.catalogIcebergRest.uri', 'ftp://polaris.example.com/catalog'],
      ['role ARN has a 3-digit account', 'catalog.catalogIcebergRest.storageOptions.bucketS3.bucketAuth.awsIamRole.awsIamRoleArn', 'arn:aws:iam::123:role/x'],
      ['role ARN is not an IAM role', 'catalog.catalogIcebergRest.storageOptions.bucketS3.bucketAuth.awsIamRole.awsIamRoleArn', 'arn:aws:s3:::acme-lake'],
      ['bucket region is not an AWS region', 'catalog.catalogIcebergRest.storageOptions.bucketS3.bucketRegion', 'US East'],
      ['namespace is missing', 'catalog.catalogIcebergRest.namespace', undefined],
      ['retention window is a string', 'retentionWindowDays', '7'],
      ['storage options give an unknown member', 'catalog.catalogIcebergRest.storageOptions', { bucketAbs: { containerName: 'x' } }],
    ]),
    {
      why: 'S3 Tables catalog has no table bucket ARN',
      config: { catalog: { catalogS3Tables: { database: 'exports', storageOptions: { bucketS3: icebergS3Bucket } } } },
    },
    {
      why: 'S3 Tables ARN names another service',
      config: {
        catalog: {
          catalogS3Tables: {
            tableBucketArn: 'arn:aws:s3:us-east-1:123456789012:bucket/analytics',
            database: 'exports',
            storageOptions: { bucketS3: icebergS3Bucket },
          },
        },
      },
    },
    {
      why: 'Glue storage options offer no GCS bucket',
      config: {
        catalog: {
          catalogGlue: {
            database: 'exports',
            storageOptions: { bucketGcs: { bucketName: 'acme-lake', bucketAuth: { gcpServiceAccountRole: serviceAccountRole } } },
          },
        },
      },
    },
  ],
};
