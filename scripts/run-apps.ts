import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { instanceCount, instancePort, instanceSidePort, INSTANCES_SETTING, RoundRobinProxy } from './instances';
import { AppName, appEnv, appNames, appPorts, demoProcesses, gatewayEnv, localEnv } from './local-env';
import { localSecrets } from './local-secrets';
import { entryPointOf, SERVICES } from './services';

/**
 * Starts every app as its own process against the local servers, waits until each
 * answers /health, prints where they listen, and stops them cleanly on Ctrl-C.
 * Logs go to .state/logs/<app>.log (<app>-<k>.log with several instances).
 *
 * `PAO_INSTANCES=N npm start` runs N instances of every service (scripts/instances.ts):
 * instance k on the registry port + 1000·(k+1), a round-robin proxy on the registry port.
 */
const root = join(__dirname, '..', '..');
const logDir = join(root, '.state', 'logs');
const count = instanceCount();
interface Instance {
  readonly key: string;
  readonly name: AppName;
  readonly port: number;
  readonly opsPort?: number;
}
const instances: Instance[] = SERVICES.flatMap((s) =>
  Array.from({ length: count }, (_, k) => ({
    key: count === 1 ? s.name : `${s.name}-${k + 1}`,
    name: s.name,
    port: instancePort(s, k, count),
    ...(s.name === 'gateway' ? { opsPort: instanceSidePort(Number(gatewayEnv.OPS_HTTP_PORT), k, count) } : {}),
  })),
);
const children = new Map<string, ChildProcess>();
const proxies: RoundRobinProxy[] = [];
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

function start(instance: Instance): void {
  const gateway = instance.name === 'gateway' ? { ...gatewayEnv, OPS_HTTP_PORT: String(instance.opsPort) } : {};
  spawnLogged(instance.key, entryPointOf(SERVICES.find((s) => s.name === instance.name)!, root), { ...(appEnv[instance.name] ?? {}), ...gateway, HTTP_PORT: String(instance.port) });
}

/** A demo partner system (local-env demoProcesses): one process, not a service. */
function startDemo(demo: (typeof demoProcesses)[number]): void {
  spawnLogged(demo.name, join(root, 'dist', demo.entryPoint), { ...demo.env, HTTP_PORT: String(demo.port) });
}

function spawnLogged(key: string, entryPoint: string, env: Record<string, string>): void {
  const log = createWriteStream(join(logDir, `${key}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--enable-source-maps', entryPoint], {
    env: { ...process.env, ...localEnv, ...secrets, ...env, NODE_ENV: process.env.NODE_ENV ?? 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: Ctrl-C reaches it only through us, in order
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.on('exit', (code, signal) => {
    children.delete(key);
    if (!stopping) {
      console.error(`[start] ${key} stopped unexpectedly (${signal ?? `exit ${code}`}); see .state/logs/${key}.log`);
      void stopAll(1);
    }
  });
  children.set(key, child);
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
  await Promise.all(proxies.map((p) => p.stop()));
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
  // With several instances the registry port is a proxy over them: the gateway, the web UI
  // and anyone else keep using the one address.
  if (count > 1) {
    for (const s of SERVICES) {
      const proxy = new RoundRobinProxy(instances.filter((i) => i.name === s.name).map((i) => i.port));
      await proxy.start(s.port);
      proxies.push(proxy);
    }
  }
  instances.forEach(start);
  demoProcesses.forEach(startDemo);
  const pending = new Set<{ key: string; port: number }>([...instances, ...demoProcesses.map((d) => ({ key: d.name, port: d.port }))]);
  while (pending.size > 0 && !stopping) {
    if (Date.now() - started > 90_000 * count) {
      console.error(`[start] not healthy after ${90 * count} s: ${[...pending].map((i) => i.key).join(', ')}; see .state/logs/`);
      return stopAll(1);
    }
    for (const instance of [...pending]) if (await healthy(instance.port)) pending.delete(instance);
    await new Promise((r) => setTimeout(r, 300));
  }
  console.log(`[start] all apps healthy in ${((Date.now() - started) / 1000).toFixed(1)} s${count > 1 ? `, ${count} instances each (${INSTANCES_SETTING})` : ''}:`);
  for (const name of appNames) {
    const ops = instances.filter((i) => i.name === name && i.opsPort).map((i) => `http://127.0.0.1:${i.opsPort}`)[0] ?? '';
    console.log(`  ${name.padEnd(13)} http://127.0.0.1:${appPorts[name]}  (health /health, metrics ${ops}/metrics, API docs ${ops}/docs)`);
    if (count > 1) console.log(`  ${''.padEnd(13)} instances: ${instances.filter((i) => i.name === name).map((i) => `${i.key} :${i.port}${i.opsPort ? ` (ops :${i.opsPort})` : ''}`).join(', ')}`);
  }
  for (const demo of demoProcesses) console.log(`  ${demo.name.padEnd(13)} http://127.0.0.1:${demo.port}  (${demo.description})`);
  console.log(`  web UI        http://127.0.0.1:${appPorts.gateway}/`);
  console.log('[start] logs in .state/logs/; press Ctrl-C to stop.');
}

void main();
