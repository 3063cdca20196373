import { EventEmitter } from 'node:events';
import { Logger, type LoggerService } from '@nestjs/common';
import * as amqp from 'amqplib';
import { coalesceWrites } from './coalesced-writes';

export type AmqpStatus = 'connecting' | 'connected' | 'disconnected' | 'closed';

export interface AmqpSupervisorOptions {
  url: string;
  /** Shown as the connection name in RabbitMQ's management UI (ids only, no personal data). */
  connectionName: string;
  /**
   * Runs after every (re)connect: open channels, declare topology, start consuming. If it
   * throws, the connection is closed and the supervisor tries again later.
   */
  onConnect: (connection: amqp.ChannelModel) => Promise<void>;
  minReconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  heartbeatSeconds?: number;
  logger?: LoggerService;
}

/**
 * Keeps one AMQP connection alive: connects, runs `onConnect`, and on any loss reconnects
 * with exponential backoff (with jitter) until `stop()`. Emits `status` (AmqpStatus) and
 * `connected` / `disconnected`.
 *
 * Any channel error is handled by the owners calling `reset()`: the whole connection is
 * rebuilt, so there is a single, well-tested recovery path.
 */
export class AmqpSupervisor extends EventEmitter {
  private connection?: amqp.ChannelModel;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private started = false;
  private failures = 0;
  private _status: AmqpStatus = 'disconnected';
  private readonly logger: LoggerService;

  constructor(private readonly options: AmqpSupervisorOptions) {
    super();
    this.logger = options.logger ?? new Logger(`Amqp:${options.connectionName}`);
  }

  get status(): AmqpStatus {
    return this._status;
  }

  get isConnected(): boolean {
    return this._status === 'connected';
  }

  /** The live connection, if any. */
  get current(): amqp.ChannelModel | undefined {
    return this._status === 'connected' ? this.connection : undefined;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    void this.connect();
  }

  /** Resolves at the next (or current) successful connect. */
  waitUntilConnected(): Promise<void> {
    if (this.isConnected) return Promise.resolve();
    return new Promise((resolve) => this.once('connected', () => resolve()));
  }

  /** Drops the current connection (e.g. after a channel error); a new one follows. */
  reset(reason: string): void {
    const conn = this.connection;
    if (!conn || this.stopped) return;
    this.logger.warn(`resetting AMQP connection: ${reason}`);
    conn.close().catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const conn = this.connection;
    this.connection = undefined;
    this.setStatus('closed');
    if (conn) await conn.close().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.timer = undefined;
    if (this.stopped) return;
    this.setStatus('connecting');
    let conn: amqp.ChannelModel;
    try {
      conn = await amqp.connect(this.options.url, {
        clientProperties: { connection_name: this.options.connectionName },
        heartbeat: this.options.heartbeatSeconds ?? 10,
        timeout: 5000,
      } as never);
    } catch (err) {
      this.retryLater(err);
      return;
    }
    if (this.stopped) {
      await conn.close().catch(() => undefined);
      return;
    }
    this.connection = conn;
    coalesceWrites(conn);
    conn.on('error', (err: Error) => this.logger.warn(`AMQP connection error: ${err.message}`));
    conn.on('blocked', (reason: string) => this.logger.warn(`AMQP connection blocked by the broker: ${reason}`));
    conn.on('close', (err?: Error) => {
      if (this.connection !== conn) return;
      this.connection = undefined;
      if (this.stopped) return;
      this.setStatus('disconnected');
      this.emit('disconnected', err);
      this.retryLater(err ?? new Error('connection closed'));
    });
    try {
      await this.options.onConnect(conn);
    } catch (err) {
      this.logger.warn(`AMQP setup failed: ${(err as Error).message}`);
      // 'close' (if the connection is still ours) schedules the retry.
      if (this.connection === conn) await conn.close().catch(() => undefined);
      return;
    }
    if (this.connection !== conn || this.stopped) return;
    this.failures = 0;
    this.setStatus('connected');
    this.emit('connected');
  }

  private retryLater(err: unknown): void {
    if (this.stopped || this.timer) return;
    const min = this.options.minReconnectDelayMs ?? 100;
    const max = this.options.maxReconnectDelayMs ?? 5000;
    const delay = Math.min(max, min * 2 ** this.failures) * (0.8 + Math.random() * 0.4);
    this.failures++;
    if (this._status !== 'disconnected') this.setStatus('disconnected');
    this.logger.warn(`AMQP not connected (${(err as Error)?.message ?? err}); retrying in ${Math.round(delay)} ms`);
    this.timer = setTimeout(() => void this.connect(), delay);
  }

  private setStatus(status: AmqpStatus): void {
    if (this._status === status) return;
    this._status = status;
    this.emit('status', status);
  }
}
