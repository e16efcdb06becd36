// Field shapes that several connectors share: hosts, ports, AWS regions, password auth.
import { z } from 'zod';
import { named, secret } from './kit.js';

export const host = (description = 'Hostname or IP address of the server.') =>
  z
    .string()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:]+\]?$/, 'must be a hostname or IP address')
    .describe(description);

export const port = (defaultPort: number) =>
  z.int().min(1).max(65535).default(defaultPort).describe(`TCP port (1–65535); ${defaultPort} when left out.`);

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
      accessId: z.string().regex(/^[A-Z0-9]{1,128}$/, 'must be an AWS access key id: A–Z and 0–9, e.g. AKIA…').describe('AWS access key id, e.g. AKIA….'),
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
