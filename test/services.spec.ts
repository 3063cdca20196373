import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forwardedServices, SERVICES, serviceUrlSetting, type ServiceEntry } from '@pao/platform';
import { testSecrets } from '@pao/testing';
import { gatewayConfigSchema } from '../apps/gateway/src/gateway.config';
import { GENERATE_COMMAND, libraryNames, serviceFiles } from '../scripts/service-files';
import { definitionOf, demoSeedOf, persistenceOf, repoRoot } from '../scripts/services';

/**
 * The service registry (libs/platform/src/services.ts) is the one list of services:
 * these checks keep the apps' folders, their conventions and the generated files in
 * line with it, so adding a service is its folder plus one registry line.
 */
const entries: readonly ServiceEntry[] = SERVICES;

describe('service registry', () => {
  it('names each service, port, schema and gateway prefix once', () => {
    for (const key of ['name', 'port', 'schema', 'gatewayPrefix'] as const) {
      const values = entries.map((s) => s[key]).filter((v) => v !== undefined);
      expect({ key, duplicates: values.filter((v, i) => values.indexOf(v) !== i) }).toEqual({ key, duplicates: [] });
    }
    for (const s of entries) {
      expect(s.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(s.schema).toMatch(/^[a-z_]+$/);
      expect(s.port).toBeGreaterThanOrEqual(1024);
    }
  });

  it('has every app with an entry point, and every entry has its app', () => {
    const apps = readdirSync(join(repoRoot, 'apps'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(repoRoot, 'apps', d.name, 'src', 'main.ts')))
      .map((d) => d.name);
    expect(apps.sort()).toEqual(entries.map((s) => s.name).sort());
  });

  it.each(entries.map((s) => [s.name, s] as const))('%s follows the conventions: definition, persistence with its schema, optional demo seed', (_name, s) => {
    expect(definitionOf(s).service).toBe(s.name);
    expect(persistenceOf(s).schema).toBe(s.schema);
    expect(['undefined', 'function']).toContain(typeof demoSeedOf(s));
  });

  it('gives the gateway one required URL setting per forwarded service', () => {
    const forwarded = forwardedServices().map((s) => serviceUrlSetting(s.name));
    expect(forwarded).toEqual(entries.filter((s) => s.gatewayPrefix).map((s) => `${s.name.toUpperCase().replace(/-/g, '_')}_URL`));
    const result = gatewayConfigSchema.safeParse({ HTTP_PORT: '1', DATABASE_URL: 'postgres://x/y', REDIS_URL: 'redis://x', AMQP_URL: 'amqp://x', ...testSecrets });
    const missing = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(missing.sort()).toEqual([...forwarded].sort());
  });

  it.each(serviceFiles().map((f) => [f.path, f.content] as const))('%s is generated from the registry and current', (path, expected) => {
    const actual = readFileSync(join(repoRoot, path), 'utf8');
    if (actual !== expected) throw new Error(`${path} is out of date with the service registry: run \`${GENERATE_COMMAND}\` and commit the result.`);
  });

  it('maps every library to @pao/<name> for tsc, swc and jest', () => {
    const tsconfig = readFileSync(join(repoRoot, 'tsconfig.json'), 'utf8');
    const swcrc = readFileSync(join(repoRoot, '.swcrc'), 'utf8');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the jest config is CommonJS
    const jest = require(join(repoRoot, 'jest.config.js')) as { projects: Array<{ moduleNameMapper: Record<string, string> }> };
    const mapper = Object.keys(jest.projects[0].moduleNameMapper).map((k) => new RegExp(k));
    for (const lib of libraryNames()) {
      const path = `"@pao/${lib}": ["libs/${lib}/src"]`;
      expect({ lib, tsconfig: tsconfig.includes(path), swcrc: swcrc.includes(path), jest: mapper.some((r) => r.test(`@pao/${lib}`)) }).toEqual({ lib, tsconfig: true, swcrc: true, jest: true });
    }
  });
});
