import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../scripts/services';

// Building two apps' module graphs (preview mode, nothing connects) on a busy machine.
jest.setTimeout(180_000);

/**
 * Issue 18: the web app's API types are generated from the OpenAPI documents of the apps
 * it calls (openapi-typescript, scripts/api-types.ts); a server change that alters them
 * fails here until `npm run api:types` is run, and the web's type check then shows what
 * the change breaks. Runs the build output (the e2e setup builds it): openapi-typescript
 * loads ES modules that node loads and jest does not.
 */
describe('the web app API types (apps/web/src/api/generated)', () => {
  it('are current with the OpenAPI documents of the apps the web calls (WEB_API_DOCUMENTS)', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'dist/scripts/api-types.js'), '--check'], { cwd: repoRoot, encoding: 'utf8', timeout: 170_000 });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
