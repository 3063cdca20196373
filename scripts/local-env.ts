import { join } from 'node:path';

// Settings for running the apps against the local servers of infra/local (see env.sh).
// Secrets are not here: scripts/local-secrets.ts generates them per checkout.
export const localEnv = {
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://pao:pao-local@127.0.0.1:55432/pao',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:56379',
  AMQP_URL: process.env.AMQP_URL ?? 'amqp://pao:pao-local@127.0.0.1:55672/pao',
};

export const appPorts = {
  gateway: 4100,
  toeleiding: 4101,
  thuiszitters: 4102,
  oja: 4103,
  overdracht: 4104,
} as const;

/** Settings only the gateway needs: where the services are and where the web UI is. */
export const gatewayEnv = {
  TOELEIDING_URL: `http://127.0.0.1:${appPorts.toeleiding}`,
  THUISZITTERS_URL: `http://127.0.0.1:${appPorts.thuiszitters}`,
  OJA_URL: `http://127.0.0.1:${appPorts.oja}`,
  OVERDRACHT_URL: `http://127.0.0.1:${appPorts.overdracht}`,
  WEB_DIST_DIR: join(__dirname, '..', '..', 'apps', 'web', 'dist'),
};

export type AppName = keyof typeof appPorts;
export const appNames = Object.keys(appPorts) as AppName[];
