// s3's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes } from '../examples-kit.js';

const s3Base = {
  bucketName: 'my-bucket',
  bucketRegion: 'us-east-1',
  folder: 'exports',
  awsAccessKeys: { accessId: 'AKIAS3EXAMPLE', secretKey: 'SECRET-s3-secret-key' },
};

export const examples: ConnectorExamples = {
  valid: [s3Base, { ...s3Base, folder: undefined, disableManifest: true, useSshTunnel: true }],
  invalid: changes(s3Base, [
    ['bucket name has uppercase and underscore', 'bucketName', 'My_Bucket'],
    ['region is not an AWS region', 'bucketRegion', 'useast1'],
    ['access keys are missing', 'awsAccessKeys', undefined],
    ['secret key is empty', 'awsAccessKeys.secretKey', ''],
    ['folder is a number', 'folder', 7],
  ]),
};
