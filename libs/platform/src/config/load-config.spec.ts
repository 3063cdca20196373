import { randomBytes } from 'node:crypto';
import { baseConfigSchema } from './app-config';
import { ConfigError, loadConfig } from './load-config';

const valid = {
  HTTP_PORT: '4101',
  DATABASE_URL: 'postgres://pao:secret@127.0.0.1:55432/pao',
  REDIS_URL: 'redis://127.0.0.1:56379',
  AMQP_URL: 'amqp://pao:secret@127.0.0.1:55672/pao',
  INTERNAL_AUTH_SECRET: randomBytes(32).toString('base64url'),
};

describe('loadConfig', () => {
  it('gives typed values with defaults: loopback only unless told otherwise', () => {
    const config = loadConfig(baseConfigSchema, valid);
    expect(config.HTTP_PORT).toBe(4101);
    expect(config.HTTP_HOST).toBe('127.0.0.1');
    expect(config.LOG_LEVEL).toBe('info');
  });

  it.each(['DATABASE_URL', 'REDIS_URL', 'AMQP_URL', 'HTTP_PORT', 'INTERNAL_AUTH_SECRET'])('names a missing %s', (setting) => {
    const env: Record<string, string | undefined> = { ...valid, [setting]: undefined };
    expect(() => loadConfig(baseConfigSchema, env)).toThrow(new RegExp(`${setting} is required but not set`));
  });

  it('names a wrong value without echoing it (it may hold a password)', () => {
    let error: unknown;
    try {
      loadConfig(baseConfigSchema, { ...valid, DATABASE_URL: 'mysql://pao:topsecret@db/pao', HTTP_PORT: '99999' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/DATABASE_URL is invalid/);
    expect(message).toMatch(/HTTP_PORT is invalid/);
    expect(message).not.toContain('topsecret');
  });

  it('refuses a weak or published INTERNAL_AUTH_SECRET without echoing it', () => {
    const published = ['local-development-secret', 'not-for-production'].join('-');
    for (const [secret, reason] of [[published, /published in the repository/], ['x'.repeat(40), /distinct characters/], ['short', /at least 32/]] as const) {
      expect(() => loadConfig(baseConfigSchema, { ...valid, INTERNAL_AUTH_SECRET: secret })).toThrow(reason);
      expect(() => loadConfig(baseConfigSchema, { ...valid, INTERNAL_AUTH_SECRET: secret })).not.toThrow(secret);
    }
  });
});
