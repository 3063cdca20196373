import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Starts (or finds running) the real PostgreSQL, Redis and RabbitMQ before the
// integration and e2e projects. Idempotent: a no-op when they already run.
export default function globalSetup(): void {
  if (process.env.PAO_SKIP_INFRA === '1') return;
  execFileSync('bash', [join(__dirname, '../../../infra/local/up.sh')], { stdio: 'inherit' });
}
