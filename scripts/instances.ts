import { AddressInfo, Server, Socket, connect, createServer } from 'node:net';
import type { ServiceEntry } from '@pao/platform';

/**
 * Several instances of each service on one machine (`PAO_INSTANCES=2 npm start`), as a
 * cluster runs them: all against the same PostgreSQL, Redis and RabbitMQ. Instance k of a
 * service listens on its registry port + 1000·(k+1); a round-robin proxy on the registry port
 * spreads connections over the instances that accept them, so the gateway and the web UI
 * need not know how many there are.
 */
export const INSTANCES_SETTING = 'PAO_INSTANCES';
export const MAX_INSTANCES = 8;

/** The instance count of this run (default 1: no proxies, each app on its registry port). */
export function instanceCount(env: Record<string, string | undefined> = process.env): number {
  const raw = env[INSTANCES_SETTING] ?? '1';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_INSTANCES) throw new Error(`${INSTANCES_SETTING} must be a whole number from 1 to ${MAX_INSTANCES} (got ${JSON.stringify(raw)})`);
  return n;
}

/** Where instance k (0-based) of a service listens; with one instance its registry port. */
export function instancePort(entry: Pick<ServiceEntry, 'port'>, k: number, count: number): number {
  return count === 1 ? entry.port : entry.port + 1000 * (k + 1);
}

/** The port of instance k given the port the single instance would have (e.g. the gateway's operations port). */
export function instanceSidePort(port: number, k: number, count: number): number {
  return count === 1 ? port : port + 1000 * (k + 1);
}

/**
 * A loopback TCP proxy that hands each new connection to the next backend in turn; a
 * backend that refuses (a killed instance) is skipped for that connection. Connections
 * already open stay with their backend (HTTP keep-alive), as behind a Kubernetes Service.
 */
export class RoundRobinProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private next = 0;
  /** Connections handed to each backend port. */
  readonly handed = new Map<number, number>();
  port = 0;

  constructor(private readonly backends: readonly number[]) {}

  async start(port = 0): Promise<number> {
    this.server = createServer((client) => this.forward(client, 0));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this.port;
  }

  private forward(client: Socket, tried: number): void {
    if (tried >= this.backends.length) {
      client.destroy();
      return;
    }
    const target = this.backends[this.next++ % this.backends.length];
    client.pause();
    const upstream = connect(target, '127.0.0.1');
    upstream.once('connect', () => {
      this.handed.set(target, (this.handed.get(target) ?? 0) + 1);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
      client.resume();
    });
    upstream.once('error', () => {
      if (upstream.readyState === 'opening' || !this.sockets.has(upstream)) this.forward(client, tried + 1);
    });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
