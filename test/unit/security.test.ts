import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from '../../src/security/secret-box.ts';
import { bearerToken, hashApiToken, newApiToken } from '../../src/security/api-tokens.ts';
import { createLogger, describeError } from '../../src/observability/log.ts';
import { loadConfig } from '../../src/config.ts';

describe('secret box (AES-256-GCM)', () => {
  const box = createSecretBox(randomBytes(32));
  it('round-trips, with a fresh IV each time', () => {
    const a = box.seal('s3cret', 'IdpConnection:1:oidcClientSecret');
    const b = box.seal('s3cret', 'IdpConnection:1:oidcClientSecret');
    expect(a).not.toBe(b);
    expect(box.open(a, 'IdpConnection:1:oidcClientSecret')).toBe('s3cret');
  });
  it('refuses a ciphertext moved to another record, a tampered one, or another key', () => {
    const sealed = box.seal('s3cret', 'IdpConnection:1:oidcClientSecret');
    expect(() => box.open(sealed, 'IdpConnection:2:oidcClientSecret')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'), 'IdpConnection:1:oidcClientSecret')).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed, 'IdpConnection:1:oidcClientSecret')).toThrow();
  });
});

describe('API tokens', () => {
  it('are long random strings whose hash is all that needs storing', () => {
    const { token, hash, prefix } = newApiToken();
    expect(token).toMatch(/^sso_[A-Za-z0-9_-]{32}$/);
    expect(hash).toBe(hashApiToken(token));
    expect(token.startsWith(prefix)).toBe(true);
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken('Basic abc')).toBeUndefined();
  });
});

describe('logs', () => {
  it('never carry a stack trace, a token or a sealed secret', () => {
    const lines: string[] = [];
    const log = createLogger({ write: (l) => lines.push(l) });
    const error = new Error('failed for sso_abcdefghijklmnopqrstuvwxyz with clientSecret: "hunter2"\n    at foo (/src/x.ts:1:1)');
    log.error({ ...describeError(error), sealed: 'v1.AAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBB.CCCC' }, 'boom');
    const line = lines.join('\n');
    expect(line).not.toContain('at foo');
    expect(line).not.toContain('sso_abcdefghijklmnopqrstuvwxyz');
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('AAAAAAAAAAAAAAAA');
  });
});

describe('configuration', () => {
  it('has development defaults and insists on a secrets key in production', () => {
    const dir = `/tmp/sso-config-${randomBytes(4).toString('hex')}`;
    const dev = loadConfig({ DATA_DIR: dir });
    expect(dev).toMatchObject({ port: 4000, host: '127.0.0.1', publicUrl: 'http://127.0.0.1:4000', databaseUrl: 'file:./data/dev.db', sandboxPort: 4100, sandboxEnabled: true });
    expect(dev.secretsKey).toHaveLength(32);
    expect(loadConfig({ DATA_DIR: dir }).secretsKey.equals(dev.secretsKey)).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dir })).toThrow(/SECRETS_KEY/);
    expect(() => loadConfig({ SECRETS_KEY: 'short', DATA_DIR: dir })).toThrow(/32 bytes/);
  });
});

