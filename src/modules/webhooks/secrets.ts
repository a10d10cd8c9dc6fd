import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Signing secrets, as the Standard Webhooks specification writes them: `whsec_` and the base64
 * of 24 random bytes (192 bits). The service must sign with them, so it keeps them — sealed with
 * AES-256-GCM under a key derived (HKDF-SHA256, its own label) from `IMPORT_ENCRYPTION_KEY`, the
 * secret that already protects files at rest, with the subscription's id as associated data: a
 * database dump alone reveals no secret, and a sealed secret copied to another row does not open.
 */

const PREFIX = 'whsec_';
const NONCE = 12;
const TAG = 16;

export function generateSecret(): string {
  return `${PREFIX}${randomBytes(24).toString('base64')}`;
}

export class SecretBox {
  private readonly key: Buffer;

  constructor(encryptionSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', encryptionSecret, 'sinergi', 'webhook-secrets/aes-256-gcm/v1', 32));
  }

  seal(subscriptionId: string, secret: string): Buffer {
    const nonce = randomBytes(NONCE);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(subscriptionId, 'latin1'));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([nonce, body, cipher.getAuthTag()]);
  }

  open(subscriptionId: string, sealed: Uint8Array): string {
    const data = Buffer.from(sealed);
    const decipher = createDecipheriv('aes-256-gcm', this.key, data.subarray(0, NONCE));
    decipher.setAAD(Buffer.from(subscriptionId, 'latin1'));
    decipher.setAuthTag(data.subarray(data.length - TAG));
    return Buffer.concat([decipher.update(data.subarray(NONCE, data.length - TAG)), decipher.final()]).toString('utf8');
  }
}

/**
 * The `webhook-signature` header: `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under
 * each secret's key (the base64 after `whsec_`), space-separated — during a rotation both the new
 * and the previous secret sign, so a receiver holding either verifies.
 */
export function signatureHeader(secrets: string[], id: string, timestamp: number, body: string): string {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.slice(PREFIX.length), 'base64');
      return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
    })
    .join(' ');
}
