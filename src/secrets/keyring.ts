// AES-256-GCM encryption of secret values. Each ciphertext carries the id of the key that made it,
// so several keys can be configured at once and secrets re-encrypted under a new one (rotation).
// The additional authenticated data binds a ciphertext to its integration and path: a ciphertext
// copied to another row or field fails to decrypt.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EncryptedSecret } from '../db/database.js';

/** The additional authenticated data of a secret: it binds the ciphertext to its integration and path. */
export const secretAad = (integrationId: string, path: string) => `${integrationId}:${path}`;

export class SecretsKeyError extends Error {
  readonly name = 'SecretsKeyError';
}

interface Key {
  id: string;
  material: Buffer;
}

function parseKey(base64: string, source: string): Key {
  const material = Buffer.from(base64.trim(), 'base64');
  if (material.length !== 32) {
    throw new SecretsKeyError(
      `${source} must be 32 bytes, base64-encoded (got ${material.length} bytes). ` +
        "Make one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"",
    );
  }
  const id = createHash('sha256').update(material).digest('hex').slice(0, 12);
  return { id, material };
}

export class Keyring {
  private readonly keys = new Map<string, Key>();
  private readonly current: Key;

  constructor(currentKey: string, oldKeys: string[] = []) {
    this.current = parseKey(currentKey, 'SECRETS_KEY');
    this.keys.set(this.current.id, this.current);
    for (const old of oldKeys) {
      const key = parseKey(old, 'SECRETS_OLD_KEYS entry');
      this.keys.set(key.id, key);
    }
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  /** Per key, the HMAC key of `digest`: derived (HKDF), so no key serves both AES-GCM and HMAC. */
  private readonly digestKeys = new Map<string, Buffer>();

  private digestKey(key: Key): Buffer {
    let derived = this.digestKeys.get(key.id);
    if (!derived) {
      derived = Buffer.from(hkdfSync('sha256', key.material, Buffer.alloc(0), 'integrations-gateway request digest', 32));
      this.digestKeys.set(key.id, derived);
    }
    return derived;
  }

  /**
   * A keyed digest of text that may hold secrets (HMAC-SHA-256 under the current key), as
   * `<key id>:<hex>`: two texts can be compared by their digests, while a digest read from the
   * database cannot be used to test guesses of the secrets without the key.
   */
  digest(text: string): string {
    return `${this.current.id}:${this.hmac(this.current, text).toString('hex')}`;
  }

  /** Whether `digest` was made of `text`, by whichever configured key made it (rotation keeps old ones). */
  matchesDigest(text: string, digest: string): boolean {
    const [kid, hex] = digest.split(':');
    const key = kid === undefined ? undefined : this.keys.get(kid);
    if (!key || hex === undefined) return false;
    const expected = this.hmac(key, text);
    const given = Buffer.from(hex, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Per key, the HMAC key of secret match tags: derived apart from the digest key and the AES key. */
  private readonly matchKeys = new Map<string, Buffer>();

  private matchKey(key: Key): Buffer {
    let derived = this.matchKeys.get(key.id);
    if (!derived) {
      derived = Buffer.from(hkdfSync('sha256', key.material, Buffer.alloc(0), 'integrations-gateway secret match', 32));
      this.matchKeys.set(key.id, derived);
    }
    return derived;
  }

  private matchHmac(key: Key, integrationId: string, path: string, value: string): Buffer {
    // Lengths first: no two (integration, path, value) triples give the same bytes.
    return createHmac('sha256', this.matchKey(key)).update(`${integrationId.length}:${integrationId}${path.length}:${path}`).update(value).digest();
  }

  /**
   * The match tag of a secret value under the current key: keyed and salted by integration and
   * path, so it recognises a rewrite of the same value there and nothing else. It stays in the
   * database (never shown); without the key it tests no guess.
   */
  matchTag(integrationId: string, path: string, value: string): { mk: string; mh: string } {
    return { mk: this.current.id, mh: this.matchHmac(this.current, integrationId, path, value).toString('base64url') };
  }

  /** Whether `value` is the value `stored` holds, by its match tag (false when its key is gone or it has none). */
  holdsValue(stored: EncryptedSecret, integrationId: string, path: string, value: string): boolean {
    const key = stored.mk === undefined ? undefined : this.keys.get(stored.mk);
    if (!key || stored.mh === undefined) return false;
    const expected = this.matchHmac(key, integrationId, path, value);
    const given = Buffer.from(stored.mh, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private hmac(key: Key, text: string): Buffer {
    return createHmac('sha256', this.digestKey(key)).update(text).digest();
  }

  encrypt(plaintext: string, aad: string, updatedAt: Date): EncryptedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.material, iv);
    cipher.setAAD(Buffer.from(aad));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      kid: this.current.id,
      iv: iv.toString('base64'),
      ct: ct.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      updatedAt: updatedAt.toISOString(),
    };
  }

  decrypt(secret: EncryptedSecret, aad: string): string {
    const key = this.keys.get(secret.kid);
    if (!key) {
      throw new SecretsKeyError(
        `A secret is encrypted under key ${secret.kid}, which is not configured. ` +
          'Add that key to SECRETS_OLD_KEYS, or rotate secrets while it is still configured.',
      );
    }
    const decipher = createDecipheriv('aes-256-gcm', key.material, Buffer.from(secret.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(secret.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(secret.ct, 'base64')), decipher.final()]).toString('utf8');
  }
}

/**
 * A new fingerprint: random, so it says nothing of the value it stands for, and two integrations
 * (or paths) holding the same value have unrelated ones.
 */
export const newFingerprint = () => `sfp_${randomBytes(16).toString('base64url')}`;

export function generateKey(): string {
  return randomBytes(32).toString('base64');
}

/**
 * The keyring from configuration. With no SECRETS_KEY: on the embedded default a dev key is kept in
 * DATA_DIR (made on first start, with a warning); on PostgreSQL the service refuses to start.
 */
export function keyringFromConfig(
  config: { SECRETS_KEY?: string; SECRETS_OLD_KEYS?: string; DATABASE_URL?: string; DATA_DIR: string },
  warn: (message: string) => void,
): Keyring {
  const oldKeys = (config.SECRETS_OLD_KEYS ?? '').split(',').filter((k) => k.trim() !== '');
  if (config.SECRETS_KEY) return new Keyring(config.SECRETS_KEY, oldKeys);
  if (config.DATABASE_URL) {
    throw new SecretsKeyError(
      'SECRETS_KEY is required with DATABASE_URL: secrets are encrypted at rest with it. ' +
        "Set SECRETS_KEY to 32 random bytes in base64 (node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\").",
    );
  }
  const file = join(config.DATA_DIR, 'secrets.key');
  if (!existsSync(file)) {
    writeFileSync(file, `${generateKey()}\n`, { mode: 0o600 });
    warn(`No SECRETS_KEY set: generated a development key in ${file}. Set SECRETS_KEY in production.`);
  }
  return new Keyring(readFileSync(file, 'utf8'), oldKeys);
}
