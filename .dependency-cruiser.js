// @ts-check
// Architecture boundaries (../shared/ARCHITECTURE.md, docs/adr/0006-boundaries-by-dependency-cruiser.md),
// checked by `npm run lint:boundaries` as part of `npm test`. Each rule has a test that makes
// it bite on a small fixture: test/boundaries.spec.ts. Paths are relative to the repository root.

/** Frameworks and drivers a domain must not know. Resolved as node_modules/<name>/…, unresolved as the bare name. */
const FRAMEWORKS = '(^|node_modules/)(@nestjs/[^/]+|typeorm|express|bullmq|ioredis|amqplib|amqp-connection-manager|pg|nestjs-pino|cloudevents)(/|$)';
/** Libraries that are infrastructure (connections, transport, test harness), not domain. */
const INFRASTRUCTURE_LIBS = '^libs/(platform|messaging|testing)/';
/** Node built-ins that do I/O. */
const IO_BUILTINS = '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dgram|dns|tls|cluster|worker_threads)$';
/** Domain folders: an app's domain/ and a library's domain/, domein/ or calendar/ (pure rules). */
const DOMAIN = '^(apps/[^/]+/src/domain|libs/[^/]+/src/(domain|domein|calendar))/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'app-imports-other-app',
      comment: 'Services talk through events only: no app imports the src of another app. Share code through a library in libs/.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/src/' },
      to: { path: '^apps/[^/]+/src/', pathNot: '^apps/$1/src/' },
    },
    {
      name: 'domain-imports-framework',
      comment: 'Domain rules are plain TypeScript: no NestJS, TypeORM, Express, BullMQ, Redis, RabbitMQ or PostgreSQL in a domain folder.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'domain-imports-infrastructure',
      comment: 'A domain folder imports no infrastructure: not the rest of its app (persistence, http, application …), no infrastructure library, no I/O built-in. Infrastructure depends on the domain, not the other way round.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: [INFRASTRUCTURE_LIBS, IO_BUILTINS] },
    },
    {
      name: 'app-domain-imports-rest-of-app',
      comment: 'An app\'s domain/ imports only its own domain/ (and pure libraries): the rest of the app is infrastructure and wraps the domain.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/src/domain/' },
      to: { path: '^apps/$1/src/', pathNot: '^apps/$1/src/domain/' },
    },
    {
      name: 'lib-domain-imports-rest-of-lib',
      comment: 'A library\'s domain folder imports only itself (and pure libraries), e.g. the calendar never the scheduler.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/src/(domain|domein|calendar)/' },
      to: { path: '^libs/$1/src/', pathNot: '^libs/$1/src/(domain|domein|calendar)/' },
    },
    {
      name: 'query-imports-http',
      comment: 'Queries (read models) do not depend on HTTP schemas: the HTTP layer maps to and from them. Put a shared type next to the query.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/src/queries/' },
      to: { path: '^apps/$1/src/http/' },
    },
    {
      name: 'lib-imports-app',
      comment: 'Libraries never import apps: apps depend on libraries, not the other way round.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'test-imports-lib-internals',
      comment: 'Tests outside src/ use a library through its public entry points (@pao/<lib>, i.e. libs/<lib>/src/index.ts; the kit also has @pao/zaak/domein), not a deep path into its src.',
      severity: 'error',
      from: { path: '^(test/|apps/[^/]+/test/|libs/[^/]+/test/)' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^libs/([^/]+/src/index|zaak/src/domein/index)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build output is not source. node_modules is not followed but stays a target, so the
    // framework rule sees it (a pattern like '/dist/' would hide node_modules/bullmq/dist/…).
    exclude: { path: '^(dist|apps/web/dist)/' },
    // Type-only imports count: a domain that names a TypeORM type depends on TypeORM.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
