// Seed-shaped payloads our inputs could not take as they are (issue 20): Prequel's example
// destinations translated to our names. Each field the example leaves out but no connection can do
// without is asked for by a ValidationError that says what is missing and why (not a GraphQL
// "not provided"); with it, the same payload is created. Over HTTP on both databases.
import { describe, expect, it } from 'vitest';
import { rootFieldOf, startTestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';

const database = useTestDatabase();

const CREATE = `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) {
  __typename ... on ValidationError { fieldErrors { path code message } } ... on CreateIntegrationPayload { integration { version } } } }`;

interface Answer {
  __typename: string;
  fieldErrors?: { path: string[]; code: string; message: string }[];
}

const seeds: { name: string; config: Record<string, unknown>; missing: { path: string; why: RegExp; value: unknown }[] }[] = [
  {
    // Prequel: "iceberg": { "catalog_iceberg_rest": { "oauth_bearer_token_auth": …, "storage_options": …, "namespace", "warehouse" } }
    name: 'Iceberg REST catalog without uri',
    config: {
      iceberg: {
        catalog: {
          catalogIcebergRest: {
            namespace: 'exports',
            warehouse: 'analytics',
            auth: { oauthBearerTokenAuth: { password: 'seed-bearer-VALUE' } },
            storageOptions: {
              bucketS3: {
                bucketName: 'acme-lake',
                bucketRegion: 'us-east-1',
                folder: 'iceberg',
                bucketAuth: { awsIamRole: { awsIamRoleArn: 'arn:aws:iam::123456789012:role/service-role/role-name' } },
              },
            },
          },
        },
        retentionWindowDays: 7,
      },
    },
    missing: [
      {
        path: 'config.iceberg.catalog.catalogIcebergRest.uri',
        why: /no REST catalog can be reached without its base URL/,
        value: 'https://catalog.example.com/api',
      },
    ],
  },
  {
    // Prequel: "delta_lake": { "bucket_abs": { "storage_account_name", "bucket_auth_method", "azure_storage_account_access_key" } }
    name: 'Delta Lake ABS bucket without a container name',
    config: {
      deltaLake: {
        bucket: {
          bucketAbs: { storageAccountName: 'acmelake', bucketAuth: { azureStorageAccountAccessKey: { storageAccountAccessKey: 'seed-abs-VALUE' } } },
        },
        retentionWindowDays: 7,
        columnMappingMode: 'NONE',
      },
    },
    missing: [{ path: 'config.deltaLake.bucket.bucketAbs.containerName', why: /where the tables go.*send containerName/, value: 'delta' }],
  },
  {
    // Prequel: "bucket_s3_compatible": { "disable_ssl", "bucket_auth_method": "access_keys", "access_keys" }
    name: 'Delta Lake S3-compatible bucket without endpoint or bucket name',
    config: {
      deltaLake: {
        bucket: { bucketS3Compatible: { disableSsl: true, bucketAuth: { accessKeys: { accessId: 'minio', secretKey: 'seed-minio-VALUE' } } } },
      },
    },
    missing: [
      { path: 'config.deltaLake.bucket.bucketS3Compatible.endpoint', why: /send endpoint/, value: 'minio.internal.example.com' },
      { path: 'config.deltaLake.bucket.bucketS3Compatible.bucketName', why: /send bucketName/, value: 'delta' },
    ],
  },
  {
    // Prequel: "sftp": { "auth_method": "public_key_auth", "public_key_auth": { "public_key" } }
    name: 'SFTP with only a public key',
    config: {
      sftp: {
        username: 'prequel',
        host: 'sftp.example.com',
        port: 22,
        folder: '/upload',
        auth: { publicKeyAuth: { publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKey gateway@example.com' } },
      },
    },
    missing: [
      {
        path: 'config.sftp.auth.publicKeyAuth.privateKey',
        why: /public_key alone cannot sign in: send privateKey/,
        value: '-----BEGIN OPENSSH PRIVATE KEY-----\nseed-key-VALUE\n-----END OPENSSH PRIVATE KEY-----\n',
      },
    ],
  },
];

function setAt(target: Record<string, unknown>, path: string[], value: unknown) {
  let parent = target;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[path[path.length - 1]] = value;
}

describe("the seeds' example destinations", () => {
  for (const seed of seeds) {
    it(`${seed.name}: a ValidationError says what is missing and why; with it the payload is created`, async () => {
      const api = await startTestApi(database());
      const refused = await rootFieldOf<Answer>(api, CREATE, { input: { title: seed.name, config: seed.config } });
      expect(refused.__typename).toBe('ValidationError');
      expect(refused.fieldErrors!.map((e) => e.path.join('.')).sort()).toEqual(seed.missing.map((m) => m.path).sort());
      for (const missing of seed.missing) {
        const error = refused.fieldErrors!.find((e) => e.path.join('.') === missing.path)!;
        expect(error.code).toBe('required');
        expect(error.message).toMatch(/^is required: /);
        expect(error.message).toMatch(missing.why);
      }
      const completed = structuredClone(seed.config);
      for (const missing of seed.missing) setAt(completed, missing.path.split('.').slice(1), missing.value);
      expect(await rootFieldOf<Answer>(api, CREATE, { input: { title: seed.name, config: completed } })).toMatchObject({
        __typename: 'CreateIntegrationPayload',
        integration: { version: 1 },
      });
    });
  }
});
