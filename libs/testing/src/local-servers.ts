// Addresses of the local servers started by infra/local/up.sh (see infra/local/env.sh).
export const localServers = {
  postgresAdminUrl: process.env.TEST_DATABASE_URL ?? 'postgres://pao:pao-local@127.0.0.1:55432/pao',
  redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:56379',
  amqpBaseUrl: process.env.TEST_AMQP_BASE_URL ?? 'amqp://pao:pao-local@127.0.0.1:55672',
  rabbitManagementUrl: process.env.TEST_RABBIT_MGMT_URL ?? 'http://127.0.0.1:55673',
  internalAuthSecret: 'test-internal-secret-of-at-least-32-chars',
  rabbitUser: 'pao',
  rabbitPassword: 'pao-local',
};
