// bigquery's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes, serviceAccountKey, serviceAccountRole } from '../examples-kit.js';

const bigqueryBase = {
  projectId: 'acme-analytics',
  dataset: 'prequel_exports',
  location: 'EU',
  auth: { gcpServiceAccountKey: serviceAccountKey('bigquery') },
  bucketGcs: { bucketName: 'acme-staging', folder: 'bigquery' },
};

export const examples: ConnectorExamples = {
  valid: [
    bigqueryBase,
    { projectId: 'acme-analytics', dataset: 'exports', auth: { gcpServiceAccountRole: serviceAccountRole } },
    { ...bigqueryBase, location: 'europe-west1', bucketGcs: undefined },
  ],
  invalid: changes(bigqueryBase, [
    ['project id has uppercase letters', 'projectId', 'Acme-Analytics'],
    ['project id is missing', 'projectId', undefined],
    ['dataset has a hyphen', 'dataset', 'prequel-exports'],
    ['location is not a BigQuery location', 'location', 'Mars 1'],
    ['service account email is not an email', 'auth.gcpServiceAccountKey.serviceAccountEmail', 'not-an-email'],
    ['service account key is not a JSON key file', 'auth.gcpServiceAccountKey.serviceAccountKey', 'SECRET-bigquery-not-json'],
    ['auth gives two members', 'auth.gcpServiceAccountRole', serviceAccountRole],
    ['staging bucket name has uppercase letters', 'bucketGcs.bucketName', 'Acme-Staging'],
  ]),
};
