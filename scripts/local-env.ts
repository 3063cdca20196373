import { join } from 'node:path';
import { DEMO_WEBHOOK_GEHEIM } from '../apps/notificaties/src/demo/demo-abonnement';

// Settings for running the apps against the local servers of infra/local (see env.sh).
export const localEnv = {
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://pao:pao-local@127.0.0.1:55432/pao',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:56379',
  AMQP_URL: process.env.AMQP_URL ?? 'amqp://pao:pao-local@127.0.0.1:55672/pao',
  // Development only; production gets its own secret from the environment.
  INTERNAL_AUTH_SECRET: process.env.INTERNAL_AUTH_SECRET ?? 'local-development-secret-not-for-production',
};

export const appPorts = {
  gateway: 4100,
  toeleiding: 4101,
  thuiszitters: 4102,
  oja: 4103,
  overdracht: 4104,
  notificaties: 4105,
  'demo-gemeente': 4106,
} as const;

/** Settings only the gateway needs: where the services are and where the web UI is. */
export const gatewayEnv = {
  TOELEIDING_URL: `http://127.0.0.1:${appPorts.toeleiding}`,
  THUISZITTERS_URL: `http://127.0.0.1:${appPorts.thuiszitters}`,
  OJA_URL: `http://127.0.0.1:${appPorts.oja}`,
  OVERDRACHT_URL: `http://127.0.0.1:${appPorts.overdracht}`,
  NOTIFICATIES_URL: `http://127.0.0.1:${appPorts.notificaties}`,
  WEB_DIST_DIR: join(__dirname, '..', '..', 'apps', 'web', 'dist'),
};

/** The notificaties service delivers to the demo receiver on this machine: loopback allowed, only here. */
export const notificatiesEnv = {
  CALLBACK_TOEGESTANE_NETWERKEN: '127.0.0.0/8',
  GATEWAY_PUBLIEKE_URL: `http://127.0.0.1:${appPorts.gateway}`,
};

/** The demo gemeente jeugdhulp system (apps/demo-gemeente) and its demo subscription. */
export const demoGemeenteEnv = { DEMO_WEBHOOK_GEHEIMEN: DEMO_WEBHOOK_GEHEIM };
export const demoCallbackUrl = `http://127.0.0.1:${appPorts['demo-gemeente']}/notificaties`;

export type AppName = keyof typeof appPorts;

/** Settings of one app besides localEnv. */
export const appEnv: Partial<Record<AppName, Record<string, string>>> = { gateway: gatewayEnv, notificaties: notificatiesEnv, 'demo-gemeente': demoGemeenteEnv };
export const appNames = Object.keys(appPorts) as AppName[];
