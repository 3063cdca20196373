import { join } from 'node:path';
import { SERVICES, serviceNames, serviceUrlSettings, type ServiceName } from '@pao/platform';
import { DEMO_GEMEENTE_POORT, DEMO_WEBHOOK_GEHEIM } from '../apps/notificaties/src/demo/gemeente/instellingen';

// Settings for running the apps against the local servers of infra/local (see env.sh).
// Secrets are not here: scripts/local-secrets.ts generates them per checkout.
export const localEnv = {
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://pao:pao-local@127.0.0.1:55432/pao',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:56379',
  AMQP_URL: process.env.AMQP_URL ?? 'amqp://pao:pao-local@127.0.0.1:55672/pao',
};

/** Where each app listens under `npm start`: its port in the service registry. */
export const appPorts = Object.fromEntries(SERVICES.map((s) => [s.name, s.port])) as Record<AppName, number>;

/** Settings only the gateway needs: where the services are and where the web UI is. */
export const gatewayEnv = {
  ...serviceUrlSettings((s) => `http://127.0.0.1:${s.port}`),
  // The gateway's /metrics and /docs: not on its public port.
  OPS_HTTP_PORT: '4190',
  WEB_DIST_DIR: join(__dirname, '..', '..', 'apps', 'web', 'dist'),
};

export type AppName = ServiceName;
export const appNames: readonly AppName[] = serviceNames;

/** Settings of one service besides localEnv and the secrets (the gateway's: gatewayEnv). */
export const appEnv: Partial<Record<AppName, Record<string, string>>> = {
  // Delivers to the demo receiver on this machine: loopback allowed for callbacks, only here.
  notificaties: { CALLBACK_TOEGESTANE_NETWERKEN: '127.0.0.0/8', GATEWAY_PUBLIEKE_URL: `http://127.0.0.1:${appPorts.gateway}` },
};

/** Demo partner systems `npm start` runs besides the services (no schema, not in the registry). */
export const demoProcesses = [
  {
    name: 'demo-gemeente',
    port: DEMO_GEMEENTE_POORT,
    entryPoint: join('apps', 'notificaties', 'src', 'demo', 'gemeente', 'main.js'),
    env: { DEMO_WEBHOOK_GEHEIMEN: DEMO_WEBHOOK_GEHEIM },
    description: 'demo gemeente jeugdhulp system: receives the notifications, checks signatures, lists them at /',
  },
] as const;
