import { Pool } from 'pg';

export type Query = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * Connections for the delivery bookkeeping (claims, outcomes, the sweeper), with
 * asynchronous commit: a commit does not wait for the WAL to reach disk. Safe here because
 * every such write only moves a delivery towards "sent": if PostgreSQL itself crashes, the
 * last few hundred milliseconds of bookkeeping are lost and those deliveries are sent again
 * (same id; at least once). What is owed (fan-out in the inbox transaction) and every API
 * change go through the service's ordinary, synchronous connections. See ADR 0018.
 */
export class Boekhouding {
  private readonly pool: Pool;

  constructor(url: string, max = 10) {
    this.pool = new Pool({ connectionString: url, max, options: '-c synchronous_commit=off', application_name: 'notificaties-bezorging', connectionTimeoutMillis: 2_000, idleTimeoutMillis: 30_000 });
    this.pool.on('error', () => undefined); // an idle connection that dies is replaced on the next query
  }

  readonly query: Query = async <T>(sql: string, params: unknown[] = []) => (await this.pool.query(sql, params)).rows as T[];

  async transactie<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const uit = await fn(async <R>(sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows as R[]);
      await c.query('COMMIT');
      return uit;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
