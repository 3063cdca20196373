import { Client, type ClientConfig, type QueryResult } from 'pg';

/**
 * One relay worker's own PostgreSQL connection, in pipeline mode: statements that do not
 * depend on each other's results go out together — in one socket write (`together`) — and
 * cost one round trip (BEGIN with the claim; the marks, COMMIT and the next round's BEGIN and
 * claim). PostgreSQL runs them in order; node-postgres ends each with a Sync, so an error in
 * one does not break the others, and a COMMIT after a failed statement reports ROLLBACK.
 *
 * Connects on first use. After any failure the round calls `drop()`: closing the connection
 * makes PostgreSQL roll back whatever the round had open and release its locks, and the next
 * round connects afresh.
 */
export class RoundConnection {
  private client?: Client;

  constructor(private readonly config: ClientConfig) {}

  async get(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ ...this.config, pipeline: true, keepAlive: true } as ClientConfig);
    const lost = () => {
      if (this.client === client) this.client = undefined;
    };
    client.on('error', lost); // e.g. the server went away between rounds
    client.on('end', lost);
    try {
      await client.connect();
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    this.client = client;
    return client;
  }

  /** Closes the connection (rolling back anything open on it); the next `get()` reconnects. */
  async drop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => undefined);
  }
}

/**
 * Sends the statements `send` issues on a pipelined client in one socket write: on a loopback
 * connection each write also runs the receiving side's TCP work, and was the relay's largest
 * cost per round (docs/benchmarks.md). node-postgres writes a pipelined statement as soon as it
 * is issued, so corking the socket around the calls is all it takes.
 */
export function together<T>(client: Client, send: () => T): T {
  const stream = (client as unknown as { connection?: { stream?: { cork?: () => void; uncork?: () => void } } }).connection?.stream;
  stream?.cork?.();
  try {
    return send();
  } finally {
    stream?.uncork?.();
  }
}

/** Awaits pipelined statements sent together; throws the first failure after all have settled. */
export async function settled<T extends readonly Promise<QueryResult>[]>(...queries: T): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(queries);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return results.map((r) => (r as PromiseFulfilledResult<QueryResult>).value) as { [K in keyof T]: Awaited<T[K]> };
}
