import { randomBytes } from 'node:crypto';

const random = () => randomBytes(32).toString('base64url');

// Addresses of the local servers started by infra/local/up.sh (see infra/local/env.sh).
export const localServers = {
  postgresAdminUrl: process.env.TEST_DATABASE_URL ?? 'postgres://pao:pao-local@127.0.0.1:55432/pao',
  redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:56379',
  amqpBaseUrl: process.env.TEST_AMQP_BASE_URL ?? 'amqp://pao:pao-local@127.0.0.1:55672',
  rabbitManagementUrl: process.env.TEST_RABBIT_MGMT_URL ?? 'http://127.0.0.1:55673',
  /** Random per test file (no secret is written in the repository). */
  internalAuthSecret: random(),
  rabbitUser: 'pao',
  rabbitPassword: 'pao-local',
};

/**
 * The secret settings every app needs, random per test file: spread them into an app's
 * config or environment. Apps refuse to start without them (docs/adr/0006).
 */
export const testSecrets = {
  INTERNAL_AUTH_SECRET: localServers.internalAuthSecret,
  PUPIL_NUMBER_ENCRYPTION_KEYS: `t1:${random()}`,
  PUPIL_NUMBER_HASH_KEYS: `t1:${random()}`,
  NOTIFICATIES_SLEUTELS: `t1:${random()}`,
};

/** The pupil-number key rings of testSecrets, as the toeleiding runtime takes them. */
export const testLeerlingSleutels = { versleuteling: testSecrets.PUPIL_NUMBER_ENCRYPTION_KEYS, hash: testSecrets.PUPIL_NUMBER_HASH_KEYS };
