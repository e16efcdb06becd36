// Certificates for the TLS tests, made with openssl in a folder of the test's: a self-signed one
// for a name (trusted by nothing), or one issued by a CA made the same way.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });

/** A self-signed certificate for `name` (CN and DNS subjectAltName): `<file>.key` and `<file>.pem` in `dir`. */
export function selfSignedCertificate(dir: string, file: string, name: string): { key: string; cert: string } {
  const paths = { key: join(dir, `${file}.key`), cert: join(dir, `${file}.pem`) };
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    `/CN=${name}`,
    '-addext',
    `subjectAltName=DNS:${name}`,
    '-keyout',
    paths.key,
    '-out',
    paths.cert,
  );
  return paths;
}

export { openssl };
