// deltaLake's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes, serviceAccountKey, serviceAccountRole } from '../examples-kit.js';

const deltaLakeBase = {
  bucket: {
    bucketAbs: {
      storageAccountName: 'acmelake',
      containerName: 'delta',
      bucketAuth: { azureStorageAccountAccessKey: { storageAccountAccessKey: 'SECRET-delta-abs-access-key' } },
    },
  },
  retentionWindowDays: 30,
  columnMappingMode: 'name',
};

export const examples: ConnectorExamples = {
  valid: [
    deltaLakeBase,
    {
      bucket: {
        bucketGcs: { bucketName: 'acme-lake', folder: 'delta', bucketAuth: { gcpServiceAccountKey: serviceAccountKey('delta-lake') } },
      },
    },
    { bucket: { bucketGcs: { bucketName: 'acme-lake', bucketAuth: { gcpServiceAccountRole: serviceAccountRole } } } },
    {
      bucket: {
        bucketS3Compatible: {
          endpoint: 'minio.internal.example.com',
          port: 9000,
          bucketName: 'delta',
          disableSsl: true,
          bucketAuth: { accessKeys: { accessId: 'minio-loader', secretKey: 'SECRET-delta-minio-secret' } },
        },
      },
      deletionVectorsDisabled: true,
      changeDataFeedDisabled: true,
      columnMappingMode: 'id',
    },
  ],
  invalid: changes(deltaLakeBase, [
    ['bucket is missing', 'bucket', undefined],
    ['bucket gives two members', 'bucket.bucketGcs', { bucketName: 'acme-lake', bucketAuth: { gcpServiceAccountRole: serviceAccountRole } }],
    ['column mapping mode is not one of none, name, id', 'columnMappingMode', 'auto'],
    ['column mapping mode is given in GraphQL case', 'columnMappingMode', 'NAME'],
    ['retention window 0 is out of range', 'retentionWindowDays', 0],
    ['retention window is not an integer', 'retentionWindowDays', 1.5],
    ['storage account access key is empty', 'bucket.bucketAbs.bucketAuth.azureStorageAccountAccessKey.storageAccountAccessKey', ''],
    ['bucket auth is missing', 'bucket.bucketAbs.bucketAuth', undefined],
  ]).concat([
    {
      why: 'GCS bucket auth gives both role and key',
      config: {
        bucket: {
          bucketGcs: {
            bucketName: 'acme-lake',
            bucketAuth: { gcpServiceAccountRole: serviceAccountRole, gcpServiceAccountKey: serviceAccountKey('delta-lake') },
          },
        },
      },
    },
    {
      why: 'S3-compatible port is out of range',
      config: {
        bucket: {
          bucketS3Compatible: {
            endpoint: 'minio.internal.example.com',
            port: 70000,
            bucketName: 'delta',
            bucketAuth: { accessKeys: { accessId: 'minio', secretKey: 'SECRET-delta-minio-x' } },
          },
        },
      },
    },
    {
      why: 'service account email is not an email',
      config: { bucket: { bucketGcs: { bucketName: 'acme-lake', bucketAuth: { gcpServiceAccountRole: { serviceAccountEmail: 'loader@' } } } } },
    },
  ]),
};
