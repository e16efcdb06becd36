// Field shapes that several connectors share: hosts, ports, AWS regions, password auth. A host, a
// port, the SSH tunnel switch and the TLS switch always decide where (and how openly) credentials
// travel, so those factories mark their field as a destination (kit.ts) wherever they are used.
import { z } from 'zod';
import { destination, named, secret } from './kit.js';

export const host = (description = 'Hostname or IP address of the server.') =>
  destination(
    z
      .string()
      .min(1)
      .max(253)
      .regex(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:]+\]?$/, 'must be a hostname or IP address')
      .describe(description),
  );

export const port = (defaultPort: number) =>
  destination(z.int().min(1).max(65535).default(defaultPort).describe(`TCP port (1–65535); ${defaultPort} when left out.`));

export const awsRegion = (description = 'AWS region, e.g. eu-west-1.') =>
  z
    .string()
    .regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'must be an AWS region such as eu-west-1')
    .describe(description);

/** The AWS identity to trust, for connectors the service reaches with AWS credentials. */
export const awsOutputs = {
  accountId: { description: 'The AWS account id of the gateway, to trust in your IAM policies.', source: 'awsAccountId' },
  principalArn: { description: 'The IAM principal (role ARN) the gateway acts as.', source: 'awsPrincipalArn' },
} as const;

export const passwordAuth = named(
  'PasswordAuth',
  z
    .object({
      username: z.string().min(1).max(255).describe('The user to connect as.'),
      password: secret('The password of that user. Write-only.'),
    })
    .describe('Username and password authentication.'),
);

export const awsAccessKeys = named(
  'AwsAccessKeys',
  z
    .object({
      accessId: z
        .string()
        .regex(/^[A-Z0-9]{1,128}$/, 'must be an AWS access key id: A–Z and 0–9, e.g. AKIA…')
        .describe('AWS access key id, e.g. AKIA….'),
      secretKey: secret('AWS secret access key. Write-only.'),
    })
    .describe('An AWS IAM access key pair.'),
);

export const s3Bucket = named(
  'S3Bucket',
  z
    .object({
      bucketName: z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name (3–63 lowercase characters)')
        .describe('Name of the S3 bucket.'),
      bucketRegion: awsRegion('Region of the bucket, e.g. us-east-1.'),
    })
    .describe('An S3 bucket used for staging data.'),
);

// ---------------------------------------------------------------------------------------------
// Shared by the catalog of destinations (Prequel's vendors): each shape is declared once so that
// every connector using it shares one GraphQL type.

// The tunnel's far end resolves the host (a different network, a different server), and without
// TLS the credentials cross the network in the clear: both change where a secret can end up.
export const useSshTunnel = () => destination(z.boolean().default(false).describe('Connect through the SSH tunnel set up for this tenant.'));

export const disableSsl = () => destination(z.boolean().default(false).describe('Connect without TLS. Only for servers on a private network.'));

/** Whether a URL carries a user name or password (`https://user:pass@host`), which every reader of a URL field would see. */
const carriesCredentials = (value: string) => {
  if (!value.includes('@') || !URL.canParse(value)) return false;
  const { username, password } = new URL(value);
  return username !== '' || password !== '';
};

/**
 * An http(s) URL. The scheme is checked as a pattern before the URL format so that the JSON Schema
 * carries both `pattern` and `format: uri`: `z.url({ protocol })` publishes no scheme rule at all,
 * and a `.regex()` after `z.url()` replaces its format.
 */
export const httpUrl = (description: string, pattern = /^https?:\/\/\S+$/, message = 'must be an http(s) URL') =>
  z
    .string()
    .max(2048)
    .regex(pattern, message)
    .check(z.url())
    .refine(
      (value) => !carriesCredentials(value),
      'must not carry a user name or password (user:password@): URLs are not secret; put credentials in the write-only fields',
    )
    .describe(description);

export const disableManifest = () => z.boolean().default(false).describe('Do not write a manifest file beside each transfer.');

export const folder = (description = 'Folder (key prefix) inside the bucket; the root when left out.') => z.string().max(1024).optional().describe(description);

/** An Amazon Resource Name of the given service and resource, e.g. `iam` and `role/…`. */
export const awsArn = (service: string, resource: string, description: string) =>
  z
    .string()
    .max(2048)
    .regex(new RegExp(`^arn:aws[a-z-]*:${service}:[a-z0-9-]*:\\d{12}:${resource}$`), `must be an ARN (arn:aws:${service}:…)`)
    .describe(description);

export const s3BucketName = (description = 'Name of the S3 bucket.') =>
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name (3–63 lowercase characters)')
    .describe(description);

export const gcsBucketName = (description = 'Name of the Cloud Storage bucket.') =>
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/, 'must be a valid Cloud Storage bucket name (lowercase letters, digits, - _ .)')
    .describe(description);

export const gcpProjectId = (description = 'Google Cloud project id, e.g. my-project-123.') =>
  z
    .string()
    .regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'must be a Google Cloud project id (6–30 lowercase letters, digits, hyphens)')
    .describe(description);

export const azureStorageAccountName = (description = 'Name of the Azure storage account.') =>
  z
    .string()
    .regex(/^[a-z0-9]{3,24}$/, 'must be an Azure storage account name (3–24 lowercase letters and digits)')
    .describe(description);

export const azureContainerName = (description = 'Name of the blob container.') =>
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'must be an Azure container name (3–63 lowercase letters, digits, hyphens)')
    .describe(description);

/** The Google identity to grant access to, for connectors that can act as the gateway's service account. */
export const gcpOutputs = {
  serviceAccountEmail: {
    description: 'The Google service account of the gateway, to grant access to your resources.',
    source: 'gcpServiceAccountEmail',
  },
} as const;

export const awsIamRole = named(
  'AwsIamRole',
  z
    .object({
      awsIamRoleArn: awsArn('iam', 'role/[A-Za-z0-9+=,.@_/-]{1,512}', 'ARN of the IAM role the gateway assumes, e.g. arn:aws:iam::123456789012:role/loader.'),
    })
    .describe('An IAM role in your account that trusts the gateway (see outputs).'),
);

export const gcpServiceAccountRole = named(
  'GcpServiceAccountRole',
  z
    .object({
      serviceAccountEmail: z.email().max(254).describe('Email of the service account granted access, e.g. loader@my-project.iam.gserviceaccount.com.'),
    })
    .describe('Access granted to a service account by role; no key is exchanged.'),
);

// The seeds show Prequel's `service_account_key` as `<unknown>`: it is the service account's JSON
// key file. It is kept as one write-only string holding that JSON (secrets are strings, and a key
// file is read as a whole), checked to look like a JSON object.
export const gcpServiceAccountKey = named(
  'GcpServiceAccountKey',
  z
    .object({
      serviceAccountEmail: z.email().max(254).describe('Email of the service account the key belongs to.'),
      serviceAccountKey: secret('The JSON key file of the service account, as text. Write-only.').regex(
        /^\s*\{[\s\S]*\}\s*$/,
        'must be the JSON key file of a service account ({ … })',
      ),
    })
    .describe('A service account key file the gateway authenticates with.'),
);

export const gcsHmacKeys = named(
  'GcsHmacKeys',
  z
    .object({
      accessKey: z
        .string()
        .regex(/^[A-Za-z0-9]{16,128}$/, 'must be a Cloud Storage HMAC access id, e.g. GOOG1E…')
        .describe('HMAC access id, e.g. GOOG1E….'),
      secret: secret('HMAC secret. Write-only.'),
    })
    .describe('A Cloud Storage HMAC key pair (S3-compatible access).'),
);

export const oauthClientSecretAuth = named(
  'OAuthClientSecretAuth',
  z
    .object({
      clientId: z.string().min(1).max(512).describe('OAuth client id (machine-to-machine).'),
      clientSecret: secret('OAuth client secret. Write-only.'),
    })
    .describe('OAuth client credentials (client id and secret).'),
);

export const accessTokenAuth = named(
  'AccessTokenAuth',
  z.object({ accessToken: secret('The access token. Write-only.') }).describe('A long-lived access token issued by the service.'),
);

export const s3BucketWithAccessKeys = named(
  'S3BucketWithAccessKeys',
  z
    .object({
      bucketName: destination(s3BucketName()),
      bucketRegion: destination(awsRegion('Region of the bucket, e.g. us-east-1.')),
      awsAccessKeys,
    })
    .describe('An S3 bucket for staging data, with the access key pair that reaches it.'),
);

export const gcsBucketWithHmacKeys = named(
  'GcsBucketWithHmacKeys',
  z
    .object({ bucketName: destination(gcsBucketName()), gcsHmacKeys })
    .describe('A Cloud Storage bucket for staging data, with the HMAC key pair that reaches it.'),
);
