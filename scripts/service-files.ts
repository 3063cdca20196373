import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SERVICES, forwardedServices, serviceUrlSetting, type ServiceEntry } from '@pao/platform';
import { k8sFiles } from './k8s/files';
import { monitoringFiles } from './monitoring/files';
import { repoRoot } from './services';

/**
 * nest-cli.json, docker-compose.yml, infra/k8s and infra/monitoring, generated from the
 * service registry (libs/platform/src/services.ts) and scripts/k8s, scripts/monitoring. `npm run services:generate` writes them;
 * test/services.spec.ts fails when the committed files differ from what this gives.
 */
export const GENERATE_COMMAND = 'npm run services:generate';
const CONTAINER_PORT = 4100;

/** Libraries: every libs/<name> with a public entry point (src/index.ts). */
export function libraryNames(root = repoRoot): string[] {
  return readdirSync(join(root, 'libs'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'libs', d.name, 'src', 'index.ts')))
    .map((d) => d.name)
    .sort();
}

export function nestCliJson(root = repoRoot): string {
  const project = (type: 'application' | 'library', dir: string, entryFile: string) =>
    `{ "type": "${type}", "root": "${dir}", "entryFile": "${entryFile}", "sourceRoot": "${dir}/src" }`;
  const projects = [
    ...SERVICES.map((s) => [s.name, project('application', `apps/${s.name}`, 'main')]),
    ...libraryNames(root).map((name) => [name, project('library', `libs/${name}`, 'index')]),
  ];
  return [
    '{',
    '  "$schema": "https://json.schemastore.org/nest-cli",',
    '  "collection": "@nestjs/schematics",',
    '  "monorepo": true,',
    '  "root": "apps/gateway",',
    '  "sourceRoot": "apps/gateway/src",',
    '  "compilerOptions": { "builder": "swc", "typeCheck": false, "tsConfigPath": "tsconfig.json" },',
    '  "projects": {',
    projects.map(([name, p]) => `    "${name}": ${p}`).join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

function appService(s: ServiceEntry): string[] {
  const lines = [`  ${s.name}:`, '    <<: *app', `    command: ["node", "dist/apps/${s.name}/src/main.js"]`];
  if (s.name === 'gateway') {
    lines.push('    environment:', '      <<: *app-env');
    for (const f of forwardedServices()) lines.push(`      ${serviceUrlSetting(f.name)}: http://${f.name}:${CONTAINER_PORT}`);
  }
  lines.push(`    ports: ["127.0.0.1:${s.port}:${CONTAINER_PORT}"]`);
  return lines;
}

export function dockerCompose(): string {
  return [
    `# Generated from the service registry (libs/platform/src/services.ts) by \`${GENERATE_COMMAND}\`; do not edit.`,
    '# The same servers as infra/local, plus the apps, for machines that have Docker.',
    '# Ports are published on 127.0.0.1 only. Without Docker, use `npm start` instead.',
    'x-app: &app',
    '  build: { context: ., dockerfile: infra/docker/Dockerfile }',
    '  # Random secrets of this checkout (no defaults, docs/adr/0006): `npm run secrets` makes the file.',
    '  env_file: [.state/secrets.env]',
    '  environment: &app-env',
    '    DATABASE_URL: postgres://pao:pao-local@postgres:5432/pao',
    '    REDIS_URL: redis://redis:6379',
    '    AMQP_URL: amqp://pao:pao-local@rabbitmq:5672/pao',
    '    # Shared by the gateway and the services to sign the actor; set it in the environment (32+ characters).',
    '    HTTP_HOST: 0.0.0.0 # inside the container; published on loopback below',
    `    HTTP_PORT: "${CONTAINER_PORT}"`,
    '  depends_on:',
    '    migrate: { condition: service_completed_successfully }',
    '    redis: { condition: service_healthy }',
    '    rabbitmq: { condition: service_healthy }',
    '  restart: unless-stopped',
    '',
    'services:',
    '  postgres:',
    '    image: postgres:15',
    '    environment: { POSTGRES_USER: pao, POSTGRES_PASSWORD: pao-local, POSTGRES_DB: pao }',
    '    ports: ["127.0.0.1:55432:5432"]',
    '    volumes: [pgdata:/var/lib/postgresql/data]',
    '    healthcheck: { test: ["CMD", "pg_isready", "-U", "pao"], interval: 2s, retries: 30 }',
    '',
    '  redis:',
    '    image: redis:7',
    '    # A job queue must not lose or evict jobs.',
    '    command: ["redis-server", "--appendonly", "yes", "--appendfsync", "everysec", "--maxmemory-policy", "noeviction"]',
    '    ports: ["127.0.0.1:56379:6379"]',
    '    volumes: [redisdata:/data]',
    '    healthcheck: { test: ["CMD", "redis-cli", "ping"], interval: 2s, retries: 30 }',
    '',
    '  rabbitmq:',
    '    image: rabbitmq:3.10-management',
    '    environment:',
    '      { RABBITMQ_DEFAULT_USER: pao, RABBITMQ_DEFAULT_PASS: pao-local, RABBITMQ_DEFAULT_VHOST: pao,',
    '        # no scheduler busy-waiting on a host shared with PostgreSQL and the services (ADR 0036)',
    '        RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: "+sbwt none +sbwtdcpu none +sbwtdio none" }',
    '    ports: ["127.0.0.1:55672:5672", "127.0.0.1:55673:15672"]',
    '    volumes: [rabbitdata:/var/lib/rabbitmq]',
    '    healthcheck: { test: ["CMD", "rabbitmq-diagnostics", "-q", "check_port_connectivity"], interval: 3s, retries: 40 }',
    '',
    '  migrate:',
    '    build: { context: ., dockerfile: infra/docker/Dockerfile }',
    '    command: ["node", "dist/scripts/migrate.js"]',
    '    environment: { DATABASE_URL: "postgres://pao:pao-local@postgres:5432/pao" }',
    '    depends_on: { postgres: { condition: service_healthy } }',
    '',
    ...SERVICES.flatMap(appService),
    '',
    'volumes:',
    '  pgdata:',
    '  redisdata:',
    '  rabbitdata:',
    '',
  ].join('\n');
}

/** The generated files and what they should contain. */
export function serviceFiles(root = repoRoot): Array<{ path: string; content: string }> {
  return [
    { path: 'nest-cli.json', content: nestCliJson(root) },
    { path: 'docker-compose.yml', content: dockerCompose() },
    ...k8sFiles(),
    ...monitoringFiles(),
  ];
}

if (require.main === module) {
  for (const f of serviceFiles()) {
    mkdirSync(dirname(join(repoRoot, f.path)), { recursive: true });
    writeFileSync(join(repoRoot, f.path), f.content);
  }
  console.log(`[services] wrote ${serviceFiles().map((f) => f.path).join(', ')}`);
}
