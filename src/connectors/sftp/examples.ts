// sftp's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes } from '../examples-kit.js';

const sftpBase = {
  host: 'sftp.example.com',
  username: 'prequel',
  folder: '/upload',
  auth: {
    publicKeyAuth: {
      privateKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nSECRET-sftp-private-key\n-----END OPENSSH PRIVATE KEY-----\n',
      publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKey gateway@example.com',
    },
  },
};

export const examples: ConnectorExamples = {
  valid: [
    sftpBase,
    {
      host: 'files.example.com',
      port: 2222,
      username: 'exports',
      auth: {
        publicKeyAuth: {
          privateKey: '-----BEGIN RSA PRIVATE KEY-----\nSECRET-sftp-rsa-key\n-----END RSA PRIVATE KEY-----\n',
          passphrase: 'SECRET-sftp-passphrase',
        },
      },
    },
  ],
  invalid: changes(sftpBase, [
    ['private key is a public key', 'auth.publicKeyAuth.privateKey', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 SECRET-sftp-x'],
    ['public key is not an OpenSSH key', 'auth.publicKeyAuth.publicKey', 'not a key'],
    ['port 0 is out of range', 'port', 0],
    ['username is missing', 'username', undefined],
    ['auth gives no member', 'auth', {}],
    ['auth gives an unknown member', 'auth.passwordAuth', { username: 'x', password: 'SECRET-sftp-y' }],
  ]),
};
