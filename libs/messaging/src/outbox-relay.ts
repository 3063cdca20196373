import { Logger, type LoggerService } from '@nestjs/common';
import type { Client, ClientConfig, QueryConfig, QueryResult } from 'pg';
import type { DataSource } from 'typeorm';
import { ConfirmPublisher, NotConnectedError, type OutgoingMessage } from './confirm-publisher';
import type { EventEnvelope } from './envelope';
import { CLOUDEVENTS_CONTENT_TYPE, Headers } from './headers';
import { OutboxListener, pgConfigFromDataSource } from './outbox-listener';
import { registerLocalRelay } from './local-wake';
import { eventsPublished, publishFailures, registerBacklogSource } from './metrics';
import { markRows } from './relay-marks';
import { RoundConnection, settled, together } from './round-connection';
import { outboxChannel, quoteSchema } from './schema';
import { EVENTS_EXCHANGE } from './topology';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  schema: string;
  amqpUrl: string;
  /** Names this relay instance in logs and in RabbitMQ's connection list. */
  name?: string;
  /** Most rows claimed, published and confirmed per round: the confirm window. Default 200. */
  batchSize?: number;
  /**
   * Rounds this relay runs at the same time (each its own transaction and window), so a
   * commit need not wait for a round in progress. Safe for the same reason several relays
   * are. Default 1: on a busy machine more rounds mean smaller windows and more round
   * trips per event (see docs/benchmarks.md).
   */
  concurrency?: number;
  /** Polling fallback when no notification arrives. Default 1000 ms. */
  pollIntervalMs?: number;
  /** How long a window may wait for its confirms. Default 10 000 ms. */
  publishTimeoutMs?: number;
  /** Pause after a failed round (database or broker trouble). Default 500 ms, doubling to 10 s. */
  errorBackoffMs?: number;
  /** LISTEN connection settings; default: taken from the DataSource. */
  listenConnection?: ClientConfig;
  minReconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  logger?: LoggerService;
  hooks?: {
    /** Fault injection for tests: runs after the confirms of a window, before marking. */
    afterConfirm?: (ids: readonly string[]) => void | Promise<void>;
    /** Observation (the benchmark times the steps of the path): runs when a round's rows are claimed. */
    afterClaim?: (ids: readonly string[]) => void;
  };
}

export interface OutboxRelayStats {
  rounds: number;
  published: number;
  failed: number;
}

/** What a round did: rows it published, whether its chained claim looked for more, and what that claim holds. */
interface RoundResult {
  claimed: number;
  looked: boolean;
  next?: ClaimedRowSql[];
}

interface ClaimedRowSql {
  id: string;
  aggregate_id: string;
  type: string;
  payload: EventEnvelope;
}

/**
 * Publishes `<schema>.outbox` to RabbitMQ.
 *
 * One round = one transaction, on the round worker's own connection (not the service's pool):
 * claim up to `batchSize` unpublished rows, publish them on a confirm channel, wait for the
 * confirms of the whole window, mark the confirmed ones published, commit. A crash anywhere before the commit leaves the rows unpublished, so they
 * go out again (at-least-once; consumers dedupe by event id).
 *
 * Several relays on one outbox: a round locks (`FOR UPDATE SKIP LOCKED`) only the *head*
 * of each aggregate (its oldest unpublished row) and then takes the following rows of those
 * aggregates. A row that is not its aggregate's head is never claimable while an earlier
 * row is unpublished, and the head stays locked until the round commits; so per aggregate
 * only one relay is ever active, and an event is published only after every earlier event
 * of its aggregate was confirmed. Rounds of different relays proceed on different
 * aggregates in parallel.
 *
 * Wakes right after a commit in this process (see local-wake.ts), on NOTIFY from commits in
 * other processes, and by polling as a last resort; reconnects to RabbitMQ and
 * PostgreSQL on its own.
 */
export class OutboxRelay {
  private readonly publisher: ConfirmPublisher;
  private readonly listener: OutboxListener;
  private readonly logger: LoggerService;
  private readonly claimSql: string;
  private readonly markSql: string;
  private readonly probeSql: string;
  /** Names of the round connections' prepared statements (claim, mark), per schema. */
  private readonly statementPrefix: string;
  private readonly roundConnectionConfig: ClientConfig;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly publishTimeoutMs: number;
  private running = false;
  private stopped = false;
  private readonly concurrency: number;
  private workers: Promise<void>[] = [];
  private wakeRequested = false;
  private readonly sleepers = new Set<{ wakeable: boolean; done: () => void }>();
  private consecutiveErrors = 0;
  private unregisterLocal?: () => void;
  private unregisterBacklog?: () => void;
  /** Counters of this relay; the same numbers go to `messaging_events_published_total` / `messaging_publish_failures_total`. */
  readonly stats: OutboxRelayStats = { rounds: 0, published: 0, failed: 0 };

  constructor(private readonly options: OutboxRelayOptions) {
    const s = quoteSchema(options.schema);
    const name = options.name ?? `${options.schema}-relay`;
    this.logger = options.logger ?? new Logger(`OutboxRelay:${name}`);
    this.batchSize = options.batchSize ?? 200;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 10_000;
    this.concurrency = Math.max(1, options.concurrency ?? 1);
    this.publisher = new ConfirmPublisher({
      url: options.amqpUrl,
      connectionName: name,
      logger: this.logger,
      minReconnectDelayMs: options.minReconnectDelayMs,
      maxReconnectDelayMs: options.maxReconnectDelayMs,
    });
    this.publisher.supervisor.on('connected', () => this.requestWake());
    const connection = options.listenConnection ?? pgConfigFromDataSource(options.dataSource, name);
    // A round's marks need no WAL flush of their own (synchronous_commit off on its
    // connection): a crash that loses them leaves the rows unpublished, so they go out again
    // and the consumers' inboxes drop the copies — the at-least-once the relay has anyway.
    // Later rounds' marks come later in the WAL, so none survives an earlier lost one.
    this.roundConnectionConfig = {
      ...connection,
      ...sessionTimeouts(options.dataSource),
      options: [connection.options, '-c synchronous_commit=off'].filter(Boolean).join(' '),
    };
    this.listener = new OutboxListener(
      connection,
      outboxChannel(options.schema),
      () => this.requestWake(),
      this.logger,
    );
    // Heads: the oldest unpublished row of each aggregate, locked, skipping heads another
    // relay holds. Then every unpublished row of those aggregates, in outbox order.
    this.claimSql = `
      WITH heads AS MATERIALIZED (
        SELECT o.aggregate_id
        FROM ${s}.outbox o
        WHERE o.published_at IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM ${s}.outbox e
            WHERE e.aggregate_id = o.aggregate_id AND e.published_at IS NULL AND e.position < o.position)
        ORDER BY o.position
        LIMIT $1
        FOR UPDATE SKIP LOCKED
      )
      SELECT o.id, o.aggregate_id, o.type, o.payload
      FROM ${s}.outbox o
      WHERE o.published_at IS NULL AND o.aggregate_id IN (SELECT aggregate_id FROM heads)
      ORDER BY o.position
      LIMIT $1`;
    this.statementPrefix = `pao-relay-${options.schema}`;
    this.probeSql = `SELECT 1 FROM ${s}.outbox WHERE published_at IS NULL LIMIT 1`;
    this.markSql = `
      UPDATE ${s}.outbox o
      SET attempts = o.attempts + 1,
          published_at = CASE WHEN m.published THEN clock_timestamp() END,
          last_error = CASE WHEN m.published THEN o.last_error ELSE m.error END
      FROM unnest($1::uuid[], $2::boolean[], $3::text[]) AS m(id, published, error)
      WHERE o.id = m.id`;
  }

  /** RabbitMQ connection state of the publisher. */
  get brokerStatus(): string {
    return this.publisher.status;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** True while every round worker waits for a wake-up (nothing to do, broker connected). */
  get isIdle(): boolean {
    return this.running && this.publisher.isReady && [...this.sleepers].filter((s) => s.wakeable).length === this.concurrency;
  }

  /** For health checks and metrics: events waiting, and how long the oldest has waited. */
  async backlog(): Promise<{ unpublished: number; oldestAgeSeconds: number | null }> {
    const s = quoteSchema(this.options.schema);
    const [row]: { n: number; age: number | null }[] = await this.options.dataSource.query(
      `SELECT count(*)::int AS n, extract(epoch FROM clock_timestamp() - min(created_at))::float8 AS age
       FROM ${s}.outbox WHERE published_at IS NULL`,
    );
    return { unpublished: row.n, oldestAgeSeconds: row.age };
  }

  /** True while the LISTEN connection for cross-process wake-ups is up. */
  get isListening(): boolean {
    return this.listener.isListening;
  }

  /** Starts the relay. A relay runs once: after `stop()`, create a new one. */
  start(): void {
    if (this.running) return;
    if (this.stopped) throw new Error('OutboxRelay cannot be restarted after stop(); create a new one');
    this.running = true;
    this.unregisterLocal = registerLocalRelay(this.options.dataSource, this.options.schema, () => this.requestWake());
    this.unregisterBacklog = registerBacklogSource({ schema: this.options.schema, backlog: () => this.backlog() });
    this.publisher.start();
    this.listener.start();
    this.workers = Array.from({ length: this.concurrency }, () => this.worker());
  }

  /** Stops after the current round (which completes or rolls back), then closes connections. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stopped = true;
    this.unregisterLocal?.();
    this.unregisterBacklog?.();
    for (const sleeper of [...this.sleepers]) sleeper.done();
    await Promise.all(this.workers);
    await Promise.all([this.listener.stop(), this.publisher.stop()]);
  }

  /** Asks for a round soon (also called on NOTIFY and on broker reconnect). */
  requestWake(): void {
    this.wakeRequested = true;
    for (const sleeper of this.sleepers) {
      if (sleeper.wakeable) return sleeper.done(); // one idle worker is enough
    }
  }

  /**
   * One round on a worker's own connection, from the claim to the commit of its marks. Its
   * rows are the previous round's chained claim (`carried`, their transaction still open) or
   * claimed now, BEGIN and claim in one write. When every row was confirmed and the relay
   * still runs, the marks, COMMIT and the next round's BEGIN and claim go out in one write:
   * a busy relay pays one round trip to PostgreSQL per round besides the broker's confirms,
   * and the next round starts on the rows committed meanwhile. Throws after recording that
   * some rows were not confirmed (the loop then backs off).
   */
  private async round(connection: RoundConnection, carried: ClaimedRowSql[] | undefined): Promise<RoundResult> {
    let rows: ClaimedRowSql[];
    let marks: ReturnType<typeof markRows>;
    let result: RoundResult;
    try {
      const db = await connection.get();
      if (!this.publisher.isReady) throw new NotConnectedError('AMQP publisher is not connected');
      rows = carried ?? (await this.claim(db));
      if (rows.length === 0) {
        await db.query('COMMIT');
        return { claimed: 0, looked: false };
      }
      this.options.hooks?.afterClaim?.(rows.map((r) => r.id));
      const outcomes = await this.publisher.publishWindow(rows.map(toMessage), this.publishTimeoutMs);
      await this.options.hooks?.afterConfirm?.(rows.map((r) => r.id));
      marks = markRows(
        rows.map((r) => ({ id: r.id, aggregateId: r.aggregate_id })),
        outcomes,
      );
      const chain = this.running && marks.every((m) => m.published);
      // the chained claim sees every commit signalled before it
      if (chain) this.wakeRequested = false;
      const [mark, commit, begin, claim] = await Promise.allSettled(
        together(db, () => [
          db.query({ name: `${this.statementPrefix}-mark`, text: this.markSql, values: [marks.map((m) => m.id), marks.map((m) => m.published), marks.map((m) => m.error)] }),
          db.query('COMMIT'),
          ...(chain ? [db.query('BEGIN'), db.query<ClaimedRowSql>(this.claimQuery())] : []),
        ]),
      );
      if (mark.status === 'rejected') throw mark.reason;
      if (commit.status === 'rejected') throw commit.reason;
      if (commit.value.command !== 'COMMIT') throw new Error(`relay round ended with ${commit.value.command}`);
      result = await this.carry(connection, begin, claim, rows.length);
    } catch (err) {
      // closing the connection rolls the round back: its rows stay unpublished, their locks go
      await connection.drop();
      throw err;
    }
    const published = marks.filter((m) => m.published).length;
    this.stats.rounds++;
    this.stats.published += published;
    this.stats.failed += marks.length - published;
    if (published > 0) eventsPublished.inc({ schema: this.options.schema }, published);
    if (published < marks.length) {
      publishFailures.inc({ schema: this.options.schema }, marks.length - published);
      const first = marks.find((m) => !m.published);
      // nacks, timeouts, lost channels are the broker's trouble, not the rows': back off
      throw new PartialPublishError(`${marks.length - published} of ${marks.length} events not confirmed, will retry: ${first?.error}`);
    }
    return result;
  }

  /**
   * The claim as a prepared statement of the round connection: parsed and planned once, not
   * per round (planning it took twice as long as running it on a short outbox).
   */
  private claimQuery(): QueryConfig {
    return { name: `${this.statementPrefix}-claim`, text: this.claimSql, values: [this.batchSize] };
  }

  /** BEGIN and the claim, in one write. */
  private async claim(db: Client): Promise<ClaimedRowSql[]> {
    const [, claimed] = await settled(...together(db, () => [db.query('BEGIN'), db.query<ClaimedRowSql>(this.claimQuery())] as const));
    return claimed.rows;
  }

  /**
   * What a committed round hands on: the rows of its chained claim (their transaction open),
   * or nothing. A chained claim that failed or found nothing ends its transaction; the failure
   * is the next round's to meet (the marks are committed, this round succeeded).
   */
  private async carry(
    connection: RoundConnection,
    begin: PromiseSettledResult<QueryResult> | undefined,
    claim: PromiseSettledResult<QueryResult<ClaimedRowSql>> | undefined,
    claimed: number,
  ): Promise<RoundResult> {
    if (!begin || !claim) return { claimed, looked: false };
    if (begin.status === 'rejected' || claim.status === 'rejected') {
      await connection.drop();
      return { claimed, looked: false };
    }
    if (claim.value.rows.length > 0) return { claimed, looked: true, next: claim.value.rows };
    try {
      await (await connection.get()).query('COMMIT');
    } catch {
      // the connection's trouble, for the next round to meet; this round's marks are committed
      await connection.drop();
    }
    return { claimed, looked: true };
  }

  private async worker(): Promise<void> {
    const connection = new RoundConnection(this.roundConnectionConfig);
    try {
      await this.loop(connection);
    } finally {
      // rows a chained claim still holds go back with the rollback
      await connection.drop();
    }
  }

  private async loop(connection: RoundConnection): Promise<void> {
    let carried: ClaimedRowSql[] | undefined;
    while (this.running) {
      // any commit signalled before this round's claim is seen by it
      if (!carried) this.wakeRequested = false;
      let result: RoundResult = { claimed: 0, looked: false };
      if (this.publisher.isReady || carried) {
        try {
          result = await this.round(connection, carried);
          this.consecutiveErrors = 0;
        } catch (err) {
          carried = undefined;
          this.consecutiveErrors++;
          const base = this.options.errorBackoffMs ?? 500;
          const pause = Math.min(10_000, base * 2 ** (this.consecutiveErrors - 1));
          if (!(err instanceof NotConnectedError)) this.logger.warn(`outbox round failed (${(err as Error).message}); next in ${pause} ms`);
          await this.sleep(pause, false);
          continue;
        }
      }
      carried = result.next;
      if (carried || this.wakeRequested) continue;
      // After a round that moved rows look again, unless its chained claim just did: rows of
      // its aggregates committed meanwhile (woken in another relay, which could not claim them
      // while this round held their heads) are claimable now. A one-statement probe keeps that cheap.
      if (result.claimed > 0 && !result.looked && (await this.pendingRows(connection))) continue;
      await this.sleep(this.pollIntervalMs, true);
    }
  }

  private async pendingRows(connection: RoundConnection): Promise<boolean> {
    try {
      const { rows } = await (await connection.get()).query(this.probeSql);
      return rows.length > 0;
    } catch {
      return true; // let the round report the trouble
    }
  }

  /** Waits `ms`, or less when woken (if `wakeable`) or stopped. */
  private sleep(ms: number, wakeable: boolean): Promise<void> {
    return new Promise((resolve) => {
      const sleeper = {
        wakeable,
        done: () => {
          clearTimeout(timer);
          this.sleepers.delete(sleeper);
          resolve();
        },
      };
      const timer = setTimeout(sleeper.done, ms);
      this.sleepers.add(sleeper);
      if (!this.running || (wakeable && this.wakeRequested)) sleeper.done();
    });
  }
}

/** The statement, lock and idle-transaction timeouts the service's pool sets, for the relay's own connections. */
function sessionTimeouts(dataSource: DataSource): ClientConfig {
  const extra = (dataSource.options as { extra?: Record<string, unknown> }).extra ?? {};
  const keys = ['statement_timeout', 'query_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout', 'connectionTimeoutMillis'] as const;
  return Object.fromEntries(keys.filter((k) => extra[k] !== undefined).map((k) => [k, extra[k]])) as ClientConfig;
}

/** A round committed, but some rows were not confirmed (their attempts and error are recorded). */
class PartialPublishError extends Error {
  override readonly name = 'PartialPublishError';
}

function toMessage(row: ClaimedRowSql): OutgoingMessage {
  const e = row.payload;
  return {
    exchange: EVENTS_EXCHANGE,
    routingKey: row.type,
    content: Buffer.from(JSON.stringify(e)),
    options: {
      messageId: row.id,
      type: row.type,
      contentType: CLOUDEVENTS_CONTENT_TYPE,
      contentEncoding: 'utf-8',
      correlationId: e.correlationid,
      timestamp: Math.floor(Date.parse(e.time ?? '') / 1000) || Math.floor(Date.now() / 1000),
      headers: {
        [Headers.correlationId]: e.correlationid,
        [Headers.eventType]: row.type,
      },
    },
  };
}
