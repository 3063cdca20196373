import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppName, appNames, appPorts, gatewayEnv, localEnv } from './local-env';
import { localSecrets } from './local-secrets';
import { entryPointOf, SERVICES } from './services';

/**
 * Starts every app as its own process against the local servers, waits until each
 * answers /health, prints where they listen, and stops them cleanly on Ctrl-C.
 * Logs go to .state/logs/<app>.log.
 */
const root = join(__dirname, '..', '..');
const logDir = join(root, '.state', 'logs');
const children = new Map<AppName, ChildProcess>();
let stopping = false;
const secrets = localSecrets();

async function healthy(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function alreadyRunning(): Promise<AppName[]> {
  const results = await Promise.all(appNames.map(async (name) => ((await fetch(`http://127.0.0.1:${appPorts[name]}/health`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false)) ? name : undefined)));
  return results.filter((n): n is AppName => n !== undefined);
}

function start(name: AppName): void {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--enable-source-maps', entryPointOf(SERVICES.find((s) => s.name === name)!, root)], {
    env: { ...process.env, ...localEnv, ...secrets, ...(name === 'gateway' ? gatewayEnv : {}), HTTP_PORT: String(appPorts[name]), NODE_ENV: process.env.NODE_ENV ?? 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: Ctrl-C reaches it only through us, in order
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`[start] ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); see .state/logs/${name}.log`);
      void stopAll(1);
    }
  });
  children.set(name, child);
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping apps…');
  const exits = [...children.values()].map((child) => new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  }));
  await Promise.all(exits);
  console.log('[start] all apps stopped (local servers keep running; `npm run infra:down` stops them)');
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const running = await alreadyRunning();
  if (running.length > 0) {
    console.log(`[start] already running: ${running.map((n) => `${n} on http://127.0.0.1:${appPorts[n]}`).join(', ')}`);
    console.log('[start] stop that run first (Ctrl-C in its terminal), then start again.');
    process.exit(0);
  }
  mkdirSync(logDir, { recursive: true });
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  const started = Date.now();
  appNames.forEach(start);
  const pending = new Set(appNames);
  while (pending.size > 0 && !stopping) {
    if (Date.now() - started > 90_000) {
      console.error(`[start] not healthy after 90 s: ${[...pending].join(', ')}; see .state/logs/`);
      return stopAll(1);
    }
    for (const name of [...pending]) if (await healthy(appPorts[name])) pending.delete(name);
    await new Promise((r) => setTimeout(r, 300));
  }
  console.log(`[start] all apps healthy in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  for (const name of appNames) {
    const ops = name === 'gateway' ? `http://127.0.0.1:${gatewayEnv.OPS_HTTP_PORT}` : '';
    console.log(`  ${name.padEnd(13)} http://127.0.0.1:${appPorts[name]}  (health /health, metrics ${ops}/metrics, API docs ${ops}/docs)`);
  }
  console.log(`  web UI        http://127.0.0.1:${appPorts.gateway}/`);
  console.log('[start] logs in .state/logs/; press Ctrl-C to stop.');
}

void main();
