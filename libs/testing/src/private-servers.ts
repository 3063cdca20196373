import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './app-process';

/**
 * PostgreSQL, Redis and RabbitMQ of a test's own, on free ports with data in a temporary
 * folder, that the test may kill -9 and start again: the shared local servers are used
 * by everyone and must never be stopped. Built from the same Debian packages as
 * infra/local.
 */
export interface PrivateServer {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  /** The server process, e.g. the postmaster or beam.smp. */
  pid(): number | undefined;
  /** kill -9, and wait until it is gone. */
  kill(): Promise<void>;
  /** Starts it (again) on the same port and data, and waits until it answers. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
  output(): string;
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

function waitForPort(port: number, timeoutMs: number, alive: () => boolean, what: string, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (!alive()) return reject(new Error(`${what} exited while starting:\n${output().slice(-3000)}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`${what} did not listen on ${port} within ${timeoutMs} ms:\n${output().slice(-3000)}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

class Supervised {
  child?: ChildProcess;
  log = '';

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly options: { env?: NodeJS.ProcessEnv; uid?: number; gid?: number; cwd?: string },
  ) {}

  spawn(): void {
    const child = spawn(this.command, this.args, { ...this.options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (this.log = (this.log + String(d)).slice(-20_000)));
    child.stderr!.on('data', (d) => (this.log = (this.log + String(d)).slice(-20_000)));
    this.child = child;
  }

  alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async signal(sig: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.alive()) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(sig);
    await exited;
  }
}

const postgresUser = (): { uid: number; gid: number } | undefined => {
  if (process.getuid?.() !== 0) return undefined;
  return { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()) };
};

/** A PostgreSQL 15 cluster of its own (trust on 127.0.0.1, fsync on: a kill -9 is a real crash). */
export async function startPrivatePostgres(): Promise<PrivateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pao-pg-'));
  const user = postgresUser();
  if (user) chownSync(dir, user.uid, user.gid);
  execFileSync(join(PG_BIN, 'initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'], { ...user, stdio: 'ignore', cwd: '/' });
  const port = await freePort();
  const server = new Supervised('postgres', join(PG_BIN, 'postgres'), ['-D', dir, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100', '-c', 'shared_buffers=32MB'], { ...user, cwd: '/' });
  const start = async () => {
    // After a kill -9 the old backends need a moment to notice and let go of shared memory.
    for (let attempt = 1; ; attempt++) {
      server.spawn();
      try {
        await waitForPort(port, 30_000, () => server.alive(), 'postgres', () => server.log);
        break;
      } catch (e) {
        if (attempt >= 20 || server.alive()) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    // Accepting connections only after crash recovery: wait until a query answers.
    for (let i = 0; ; i++) {
      try {
        execFileSync(join(PG_BIN, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-qtAc', 'select 1'], { stdio: 'ignore' });
        return;
      } catch (e) {
        if (i > 150) throw e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };
  await start();
  execFileSync(join(PG_BIN, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-qc', 'create database pao'], { stdio: 'ignore' });
  return {
    name: 'postgres',
    port,
    url: `postgres://postgres@127.0.0.1:${port}/pao`,
    pid: () => server.child?.pid,
    kill: () => server.signal('SIGKILL'),
    start,
    async destroy() {
      await server.signal('SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
    output: () => server.log,
  };
}

/** A Redis of its own, in memory only. */
export async function startPrivateRedis(): Promise<PrivateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pao-redis-'));
  const port = await freePort();
  const server = new Supervised('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory-policy', 'noeviction'], {});
  const start = async () => {
    server.spawn();
    await waitForPort(port, 20_000, () => server.alive(), 'redis', () => server.log);
  };
  await start();
  return {
    name: 'redis',
    port,
    url: `redis://127.0.0.1:${port}`,
    pid: () => server.child?.pid,
    kill: () => server.signal('SIGKILL'),
    start,
    async destroy() {
      await server.signal('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
    output: () => server.log,
  };
}

const rabbitSbin = () => {
  const base = '/usr/lib/rabbitmq/lib';
  const version = readdirSync(base).filter((d) => d.startsWith('rabbitmq_server-')).sort().pop();
  if (!version) throw new Error('RabbitMQ is not installed (infra/local/install.sh installs it)');
  return join(base, version, 'sbin');
};

/**
 * A RabbitMQ node of its own (user pao, vhost pao, no plugins), registered with the
 * local servers' epmd. The VM runs as the process itself (no wrapper shell), so a
 * kill -9 hits the broker.
 */
export async function startPrivateRabbit(epmdPort = Number(process.env.PAO_RABBIT_EPMD_PORT ?? 55675)): Promise<PrivateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pao-rabbit-'));
  const [port, distPort] = [await freePort(), await freePort()];
  const node = `pao-fault-${process.pid}-${port}@localhost`;
  writeFileSync(join(dir, 'rabbitmq.conf'), [
    `listeners.tcp.default = 127.0.0.1:${port}`,
    'default_vhost = pao', 'default_user = pao', 'default_pass = pao-fault',
    'default_permissions.configure = .*', 'default_permissions.read = .*', 'default_permissions.write = .*',
    'log.console = false', 'log.file.level = warning',
  ].join('\n'));
  writeFileSync(join(dir, 'enabled_plugins'), '[].');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNING_UNDER_SYSTEMD: 'true',
    RABBITMQ_NODENAME: node,
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_NODE_PORT: String(port),
    RABBITMQ_DIST_PORT: String(distPort),
    ERL_EPMD_ADDRESS: '127.0.0.1',
    ERL_EPMD_PORT: String(epmdPort),
    RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: join(dir, 'log'),
    RABBITMQ_PID_FILE: join(dir, 'rabbit.pid'),
    RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq'),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
  };
  const server = new Supervised('rabbitmq', join(rabbitSbin(), 'rabbitmq-server'), [], { env, cwd: dir });
  const start = async () => {
    server.spawn();
    await waitForPort(port, 120_000, () => server.alive(), 'rabbitmq', () => server.log);
  };
  await start();
  return {
    name: 'rabbitmq',
    port,
    url: `amqp://pao:pao-fault@127.0.0.1:${port}/pao`,
    pid: () => server.child?.pid,
    kill: () => server.signal('SIGKILL'),
    start,
    async destroy() {
      await server.signal('SIGKILL');
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
    output: () => server.log,
  };
}
