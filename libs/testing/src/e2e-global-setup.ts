import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import globalSetup from './global-setup';

// The e2e project runs the apps as the real build output: build first (swc, seconds),
// and the web UI the gateway serves (vite, only when its sources changed).
export default function e2eGlobalSetup(): void {
  globalSetup();
  const root = join(__dirname, '../../..');
  execFileSync(join(root, 'node_modules/.bin/swc'), ['apps', 'libs', 'bench', 'scripts', '-d', 'dist', '--config-file', '.swcrc', '-q'], { cwd: root, stdio: 'inherit' });
  execFileSync('bash', [join(root, 'apps/web/build.sh')], { cwd: root, stdio: 'inherit' });
}
