import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Webhook secrets must be readable to sign each delivery, so unlike API client secrets they are
 * stored encrypted, not hashed: AES-256-GCM under a key derived from AUTH_TOKEN_SECRET. Changing
 * that secret makes the stored webhook secrets unreadable (rotate them then).
 */
export class WebhookSecretBox {
  private readonly key: Buffer;

  constructor(tokenSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', tokenSecret, 'casework', 'webhook-secrets', 32));
  }

  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), sealed].map((p) => p.toString('base64')).join('.');
  }

  open(sealed: string): string {
    const [, iv = '', tag = '', data = ''] = sealed.split('.');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  }
}
