// gcs's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes, serviceAccountRole } from '../examples-kit.js';

const gcsBase = { bucketName: 'acme-exports', folder: 'prequel', auth: { gcpServiceAccountRole: serviceAccountRole } };

export const examples: ConnectorExamples = {
  valid: [
    gcsBase,
    {
      bucketName: 'acme-exports',
      auth: { gcsHmacKeys: { accessKey: 'GOOG1EEXAMPLEACCESSID', secret: 'SECRET-gcs-hmac-secret' } },
      disableManifest: true,
    },
  ],
  invalid: changes(gcsBase, [
    ['auth gives both role and HMAC keys', 'auth.gcsHmacKeys', { accessKey: 'GOOG1EEXAMPLEACCESSID', secret: 'SECRET-gcs-two' }],
    ['auth is missing', 'auth', undefined],
    ['bucket name has a space', 'bucketName', 'acme exports'],
    ['service account email is not an email', 'auth.gcpServiceAccountRole.serviceAccountEmail', 'loader@localhost'],
    ['HMAC access id is too short', 'auth', { gcsHmacKeys: { accessKey: 'GOOG', secret: 'SECRET-gcs-short' } }],
    ['folder is a number', 'folder', 42],
  ]),
};
