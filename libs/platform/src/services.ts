import type { DataSource } from 'typeorm';

/**
 * The service registry: every deployable app, one line each. Everything that lists the
 * services follows from here: migrate, seed and start (scripts/), the gateway's forwarded
 * services and its URL settings, the app tests, and the generated nest-cli.json and
 * docker-compose.yml (`npm run services:generate`; a test fails when they are stale).
 *
 * Per service, by convention (checked by test/services.spec.ts):
 *   apps/<name>/src/main.ts                          entry point
 *   apps/<name>/src/<name>.service-definition.ts     exports its ServiceDefinition (service: '<name>')
 *   apps/<name>/src/persistence/persistence.ts       exports its ServicePersistence (schema, migrations)
 *   apps/<name>/src/demo/seed.ts                     optional: exports `seedDemo` (see DemoSeed)
 * See docs/new-service.md.
 */
export const SERVICES = [
  { name: 'gateway', port: 4100, schema: 'gateway', messaging: false },
  { name: 'toeleiding', port: 4101, schema: 'toeleiding', gatewayPrefix: 'toeleiding', messaging: true },
  { name: 'thuiszitters', port: 4102, schema: 'thuiszitters', gatewayPrefix: 'thuiszitters', messaging: true },
  { name: 'oja', port: 4103, schema: 'oja', gatewayPrefix: 'oja', messaging: true },
  { name: 'overdracht', port: 4104, schema: 'overdracht', gatewayPrefix: 'overdracht', messaging: true },
  { name: 'notificaties', port: 4105, schema: 'notificaties', gatewayPrefix: 'notificaties', messaging: true },
] as const satisfies readonly ServiceEntry[];

export interface ServiceEntry {
  /** Folder apps/<name>, process and log file name, nest-cli project and compose service. */
  readonly name: string;
  /** Port on 127.0.0.1 under `npm start`; the published port in docker-compose. */
  readonly port: number;
  /** The PostgreSQL schema it alone owns (its migrations are in its persistence.ts). */
  readonly schema: string;
  /** The gateway forwards /api/<gatewayPrefix>/… to it; absent: not reachable through the gateway. */
  readonly gatewayPrefix?: string;
  /** Has the messaging relay and consumer (outbox, inbox): its /health reports them. */
  readonly messaging: boolean;
}

export type ServiceName = (typeof SERVICES)[number]['name'];
type Forwarded = Extract<(typeof SERVICES)[number], { gatewayPrefix: string }>;
export type ForwardedServiceName = Forwarded['name'];
/** The gateway setting with a forwarded service's base URL, e.g. TOELEIDING_URL. */
export type ServiceUrlSetting = `${Uppercase<ForwardedServiceName>}_URL`;

export const serviceNames: readonly ServiceName[] = SERVICES.map((s) => s.name);

export function serviceEntry(name: string): ServiceEntry {
  const entry = (SERVICES as readonly ServiceEntry[]).find((s) => s.name === name);
  if (!entry) throw new Error(`unknown service '${name}' (registry: ${serviceNames.join(', ')})`);
  return entry;
}

/** The services the gateway forwards to, in registry order. */
export function forwardedServices(): ReadonlyArray<ServiceEntry & { gatewayPrefix: string; name: ForwardedServiceName }> {
  return SERVICES.filter((s): s is Forwarded => 'gatewayPrefix' in s);
}

export function serviceUrlSetting(name: ForwardedServiceName): ServiceUrlSetting {
  return `${name.toUpperCase().replace(/-/g, '_')}_URL` as ServiceUrlSetting;
}

/** Every gateway URL setting, e.g. for a test or `npm start`: `serviceUrlSettings((s) => \`http://127.0.0.1:${s.port}\`)`. */
export function serviceUrlSettings(url: (service: ServiceEntry & { name: ForwardedServiceName }) => string): Record<ServiceUrlSetting, string> {
  return Object.fromEntries(forwardedServices().map((s) => [serviceUrlSetting(s.name), url(s)])) as Record<ServiceUrlSetting, string>;
}

/** What `npm start` gives a service's optional demo seed (apps/<name>/src/demo/seed.ts). */
export interface DemoSeedContext {
  /** A connection to the database every schema lives in (migrated). */
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  /** BullMQ / Redis key prefix of this deployment. */
  readonly redisPrefix: string;
  /** The settings the apps get (secrets included), for keys a seed derives. */
  readonly settings: Readonly<Record<string, string | undefined>>;
}

/** Seeds demo data, idempotently; returns one line for the start output. */
export type DemoSeed = (context: DemoSeedContext) => Promise<string>;
