import { Logger, type LoggerService } from '@nestjs/common';
import type { DataSource, QueryRunner } from 'typeorm';
import { prunedRows } from './metrics';
import { quoteSchema } from './schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The least inbox retention accepted. An inbox row is what turns a redelivery into a no-op,
 * so it must outlive every copy of its event that can still arrive. Redeliveries are
 * bounded: broker-side ones (lost channel, crash before ack) come back at once and at most
 * `x-delivery-limit` times; handler retries come after the sum of `retryDelaysMs` (default
 * about 21 minutes); a relay crash between confirm and mark republishes as soon as a relay
 * runs again. What is left is outage time (a consumer or relay down, copies waiting in a
 * queue) and a parked copy an operator re-drives later; hence days, not minutes, and the
 * default of 14 days is far beyond all of these.
 */
export const MIN_INBOX_RETENTION_MS = DAY_MS;

export interface MessagingRetentionOptions {
  dataSource: DataSource;
  schema: string;
  /** Published outbox rows older than this (by `published_at`) are deleted. Default 14 days. Unpublished rows never are. */
  outboxRetentionMs?: number;
  /** Inbox rows older than this (by `processed_at`) are deleted. Default 14 days, at least `MIN_INBOX_RETENTION_MS`. */
  inboxRetentionMs?: number;
  /** Time between runs. Default 10 minutes (the first run comes after a random part of the first minute). */
  intervalMs?: number;
  /** Rows per DELETE (one short transaction each). Default 1000. */
  batchSize?: number;
  /** Most batches per table per run, so one run stays short; the rest waits for the next run. Default 100. */
  maxBatchesPerRun?: number;
  logger?: LoggerService;
}

export interface PruneResult {
  outbox: number;
  inbox: number;
  /** True when another instance held the pruning lock, so this run stopped early. */
  yielded: boolean;
}

/**
 * Deletes old published outbox rows and old inbox rows of one schema, in small batches.
 *
 * Each batch is one short transaction: take `pg_try_advisory_xact_lock` for the schema
 * (if another instance holds it, that instance is pruning: stop this run instead of
 * queueing behind it), then `DELETE … WHERE id = ANY(ARRAY(SELECT … LIMIT n FOR UPDATE SKIP LOCKED))`
 * through the `published_at` / `processed_at` indexes. No batch waits for a row lock or holds
 * locks long; deleting is idempotent, so a crash or a lost race only leaves work for the
 * next run. Outbox rows with `published_at IS NULL` are never selected.
 */
export class MessagingRetention {
  readonly outboxRetentionMs: number;
  readonly inboxRetentionMs: number;
  readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly maxBatches: number;
  private readonly logger: LoggerService;
  private readonly outboxSql: string;
  private readonly inboxSql: string;
  private timer?: NodeJS.Timeout;
  private current?: Promise<unknown>;
  private running = false;

  constructor(private readonly options: MessagingRetentionOptions) {
    const s = quoteSchema(options.schema);
    this.outboxRetentionMs = options.outboxRetentionMs ?? 14 * DAY_MS;
    this.inboxRetentionMs = options.inboxRetentionMs ?? 14 * DAY_MS;
    this.intervalMs = options.intervalMs ?? 10 * 60 * 1000;
    this.batchSize = options.batchSize ?? 1000;
    this.maxBatches = options.maxBatchesPerRun ?? 100;
    this.logger = options.logger ?? new Logger(`MessagingRetention:${options.schema}`);
    if (!(this.outboxRetentionMs >= 0)) throw new Error('messaging: retention.outboxRetentionMs must be 0 or more');
    if (!(this.inboxRetentionMs >= MIN_INBOX_RETENTION_MS)) {
      throw new Error(`messaging: retention.inboxRetentionMs must be at least ${MIN_INBOX_RETENTION_MS} ms: the inbox must outlive every redelivery`);
    }
    if (!(this.intervalMs > 0) || !(this.batchSize > 0) || !(this.maxBatches > 0)) {
      throw new Error('messaging: retention intervalMs, batchSize and maxBatchesPerRun must be positive');
    }
    // $1 = age in ms, $2 = batch size
    this.outboxSql = `
      DELETE FROM ${s}.outbox WHERE id = ANY(ARRAY(
        SELECT id FROM ${s}.outbox
        WHERE published_at IS NOT NULL AND published_at < now() - $1 * interval '1 millisecond'
        LIMIT $2 FOR UPDATE SKIP LOCKED))`;
    this.inboxSql = `
      DELETE FROM ${s}.inbox WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM ${s}.inbox
        WHERE processed_at < now() - $1 * interval '1 millisecond'
        LIMIT $2 FOR UPDATE SKIP LOCKED))`;
  }

  /**
   * Runs `pruneOnce` now and then every `intervalMs` until `stop()`.
   *
   * The timer is unref'd: it never keeps the process alive. That is fine because the rows
   * are the truth: a run that is missed (process exiting, crash) only delays cleanup, and the
   * next run of any instance deletes what is due.
   */
  start(): void {
    if (this.running) return;
    this.running = true;
    // a random first delay spreads instances started together
    this.schedule(Math.floor(Math.random() * Math.min(this.intervalMs, 60_000)));
  }

  /** Stops the timer and waits for a run in progress (it ends after its current batch). */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.current?.catch(() => undefined);
  }

  /** One run: batches until nothing old is left, `maxBatchesPerRun` is reached or another instance holds the lock. */
  async pruneOnce(): Promise<PruneResult> {
    const qr = this.options.dataSource.createQueryRunner();
    await qr.connect();
    const result: PruneResult = { outbox: 0, inbox: 0, yielded: false };
    try {
      for (const [table, sql, age] of [
        ['outbox', this.outboxSql, this.outboxRetentionMs],
        ['inbox', this.inboxSql, this.inboxRetentionMs],
      ] as const) {
        for (let i = 0; i < this.maxBatches; i++) {
          const deleted = await this.batch(qr, sql, age);
          if (deleted === null) {
            result.yielded = true;
            return result;
          }
          result[table] += deleted;
          if (deleted > 0) prunedRows.inc({ schema: this.options.schema, table }, deleted);
          if (deleted < this.batchSize) break;
        }
      }
      return result;
    } finally {
      await qr.release();
    }
  }

  /** One batch in its own transaction; null when another instance holds the lock. */
  private async batch(qr: QueryRunner, sql: string, ageMs: number): Promise<number | null> {
    await qr.startTransaction();
    try {
      const [lock]: { locked: boolean }[] = await qr.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('pao.messaging.retention'), hashtext($1)) AS locked`,
        [this.options.schema],
      );
      if (!lock.locked) {
        await qr.rollbackTransaction();
        return null;
      }
      const res = await qr.query(sql, [ageMs, this.batchSize], true);
      await qr.commitTransaction();
      return res.affected ?? 0;
    } catch (err) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw err;
    }
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      const run = this.pruneOnce()
        .then((r) => {
          if (r.outbox + r.inbox > 0) this.logger.log?.(`pruned ${r.outbox} outbox and ${r.inbox} inbox row(s)${r.yielded ? ' (another instance is pruning too)' : ''}`);
        })
        .catch((err) => this.logger.warn(`pruning failed (${(err as Error).message}); next run in ${this.intervalMs} ms`))
        .finally(() => {
          this.current = undefined;
          this.schedule(this.intervalMs);
        });
      this.current = run;
    }, delayMs);
    this.timer.unref();
  }
}
