import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SERVICES, type BaseConfig, type DemoSeed, type ServiceDefinition, type ServiceEntry, type ServicePersistence } from '@pao/platform';

/**
 * The service registry (@pao/platform SERVICES) bound to the apps' code by convention:
 * scripts and tests find a service's persistence, definition and demo seed here instead of
 * importing each app by name, so a new service is one registry line and its own folder.
 * Works from the sources (jest) and from dist/ (npm start): the tree is the same.
 */
const appsDir = join(__dirname, '..', 'apps');

/** Root of the checkout (or image): the nearest folder above with package.json (dist/ has none). */
export const repoRoot = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

function load(entry: ServiceEntry, file: string): Record<string, unknown> | undefined {
  const path = join(appsDir, entry.name, 'src', file);
  if (!['.ts', '.js'].some((ext) => existsSync(path + ext))) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- found by convention, see libs/platform/src/services.ts
  return require(path) as Record<string, unknown>;
}

function theOne<T>(entry: ServiceEntry, file: string, what: string, match: (v: unknown) => v is T): T {
  const found = Object.values(load(entry, file) ?? {}).filter(match);
  if (found.length !== 1) throw new Error(`service ${entry.name}: apps/${entry.name}/src/${file}.ts must export exactly one ${what} (found ${found.length})`);
  return found[0];
}

/** Its schema and migrations: the ServicePersistence in apps/<name>/src/persistence/persistence.ts. */
export function persistenceOf(entry: ServiceEntry): ServicePersistence {
  return theOne(entry, join('persistence', 'persistence'), `ServicePersistence with schema '${entry.schema}'`, (v): v is ServicePersistence =>
    typeof v === 'object' && v !== null && (v as ServicePersistence).schema === entry.schema && Array.isArray((v as ServicePersistence).migrations),
  );
}

/** The Nest app: the ServiceDefinition in apps/<name>/src/<name>.service-definition.ts. */
export function definitionOf(entry: ServiceEntry): ServiceDefinition<BaseConfig> {
  return theOne(entry, `${entry.name}.service-definition`, `ServiceDefinition with service '${entry.name}'`, (v): v is ServiceDefinition<BaseConfig> =>
    typeof v === 'object' && v !== null && (v as ServiceDefinition<BaseConfig>).service === entry.name && typeof (v as ServiceDefinition<BaseConfig>).appModule === 'function',
  );
}

/** Its demo data for `npm start`, when it has any: `seedDemo` in apps/<name>/src/demo/seed.ts. */
export function demoSeedOf(entry: ServiceEntry): DemoSeed | undefined {
  const seed = load(entry, join('demo', 'seed'))?.seedDemo;
  if (seed !== undefined && typeof seed !== 'function') throw new Error(`service ${entry.name}: demo/seed.ts must export a function seedDemo`);
  return seed as DemoSeed | undefined;
}

/** The built entry point `npm start` and the app tests run. */
export function entryPointOf(entry: ServiceEntry, root = repoRoot): string {
  return join(root, 'dist', 'apps', entry.name, 'src', 'main.js');
}

export { SERVICES };
