// SFTP (Prequel's destination): a server, a user and a folder, and the auth method as a nested
// oneOf. The seed's `public_key_auth` carries only `public_key`; signing in also needs the
// matching private key, so that is the method's secret and the public key is kept for display.
import { z } from 'zod';
import { host, port } from '../common.js';
import { defineConnector, named, oneOf, requiredBecause, secret } from '../kit.js';

const publicKeyAuth = named(
  'SftpPublicKeyAuth',
  z
    .object({
      privateKey: requiredBecause(
        "signing in with a key pair needs its private key, and the seed's public_key alone cannot sign in: send privateKey (publicKey is kept for reference only)",
        secret('The private key (OpenSSH or PEM) the gateway signs in with. Write-only.').regex(
          /^-----BEGIN [A-Z ]*PRIVATE KEY-----/,
          'must be a PEM or OpenSSH private key (-----BEGIN … PRIVATE KEY-----)',
        ),
      ),
      passphrase: secret('Passphrase of an encrypted private key. Write-only.').optional(),
      publicKey: z
        .string()
        .max(16384)
        .regex(/^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?$/, 'must be an OpenSSH public key (ssh-ed25519 AAAA…)')
        .optional()
        .describe('The matching public key, as in authorized_keys, for reference.'),
    })
    .describe('Public key authentication.'),
);

export const sftp = defineConnector({
  type: 'SFTP',
  name: 'sftp',
  label: 'SFTP',
  category: 'FILE_TRANSFER',
  description: 'An SFTP server that receives files.',
  config: z.object({
    host: host(),
    port: port(22),
    username: z.string().min(1).max(255).describe('The user to sign in as.'),
    folder: z.string().max(1024).optional().describe("Folder on the server to write into; the user's home when left out."),
    auth: named('SftpAuth', oneOf('How the gateway authenticates to the server.', { publicKeyAuth })),
  }),
});
