import { ProblemError } from './problem';

/** What a request may wait on. */
export type Dependency = 'database' | 'redis' | 'broker';

export interface DependencyPorts {
  database?: number;
  redis?: number;
  broker?: number;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
// node-postgres and its pool (and TypeORM around them), when the server is gone or slow.
const PG_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|Query read timeout|Client has encountered a connection error|terminating connection|postmaster|the database system is (starting up|shutting down|in recovery mode)|Client was closed|Connection is not established|already released/i;
// ioredis with enableOfflineQueue off / retries exhausted.
const REDIS_MESSAGES = /enableOfflineQueue|Connection is closed|max retries per request|MaxRetriesPerRequest/i;

type ErrorLike = { name?: unknown; message?: unknown; code?: unknown; port?: unknown; driverError?: unknown; severity?: unknown };

function sqlState(e: ErrorLike): string | undefined {
  const driver = (e.driverError ?? e) as ErrorLike;
  return typeof driver.code === 'string' && /^[0-9A-Z]{5}$/.test(driver.code) && (driver.severity !== undefined || e.driverError !== undefined) ? driver.code : undefined;
}

/**
 * A failure of something the request waited on (PostgreSQL, Redis, RabbitMQ), as the
 * 503 problem that names it; or a PostgreSQL refusal of a value (SQLSTATE class 22) as
 * 400, a safety net behind validation. undefined for anything else.
 */
export function problemForDependencyError(error: unknown, ports: DependencyPorts = {}): ProblemError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as ErrorLike;
  const message = typeof e.message === 'string' ? e.message : '';
  const state = sqlState(e);
  if (state?.startsWith('22')) return new ProblemError('validation', 'A value cannot be stored as given (database refused it)');
  // Connection (08), resources (53), operator intervention (57: shutdown, crash, statement timeout), lock timeout, serialization/deadlock.
  if (state && (/^(08|53|57)/.test(state) || state === '55P03' || state === '40001' || state === '40P01')) return unavailable('database');
  if (PG_MESSAGES.test(message)) return unavailable('database');
  if (REDIS_MESSAGES.test(message) || e.name === 'MaxRetriesPerRequestError') return unavailable('redis');
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) {
    const port = typeof e.port === 'number' ? e.port : Number(/:(\d+)\s*$/.exec(message)?.[1]);
    const which = (Object.entries(ports) as Array<[Dependency, number | undefined]>).find(([, p]) => p === port)?.[0];
    return unavailable(which);
  }
  return undefined;
}

const what: Record<Dependency, string> = { database: 'The database', redis: 'Redis (queues, rate limits)', broker: 'The message broker' };

export function unavailable(dependency: Dependency | undefined): ProblemError {
  const subject = dependency ? what[dependency] : 'A service this request needs';
  return new ProblemError('unavailable', `${subject} is not available right now; try again shortly`, {
    unavailable: dependency ?? 'dependency',
    retryAfterSeconds: 5,
  });
}
