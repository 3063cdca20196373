import { Logger, type LoggerService } from '@nestjs/common';
import { Client, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A dedicated PostgreSQL connection that LISTENs on one channel and calls `onWake` on every
 * notification and after every (re)connect (to catch up with anything committed while it
 * was away). Reconnects with backoff after a PostgreSQL restart or a dropped connection.
 */
export class OutboxListener {
  private client?: Client;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private failures = 0;
  private readonly logger: LoggerService;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly onWake: () => void,
    logger?: LoggerService,
  ) {
    this.logger = logger ?? new Logger('OutboxListener');
  }

  get isListening(): boolean {
    return this.client !== undefined;
  }

  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.timer = undefined;
    if (this.stopped) return;
    const client = new Client({ ...this.config, keepAlive: true });
    let lost = false;
    const onLost = (err?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      this.retryLater(err ?? new Error('connection ended'));
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', () => this.onWake());
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (err) {
      onLost(err as Error);
      return;
    }
    if (this.stopped || lost) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
    this.onWake();
  }

  private retryLater(err: Error): void {
    if (this.stopped || this.timer) return;
    const delay = Math.min(5000, 100 * 2 ** this.failures);
    this.failures++;
    this.logger.warn(`LISTEN connection lost (${err.message}); reconnecting in ${delay} ms (polling meanwhile)`);
    this.timer = setTimeout(() => void this.connect(), delay);
  }
}

/** pg client settings taken from a TypeORM postgres DataSource. */
export function pgConfigFromDataSource(dataSource: DataSource, applicationName: string): ClientConfig {
  const o = dataSource.options as {
    url?: string;
    host?: string;
    port?: number;
    username?: string;
    password?: string | (() => string | Promise<string>);
    database?: string;
    ssl?: ClientConfig['ssl'];
  };
  const common: ClientConfig = { application_name: applicationName, ssl: o.ssl };
  if (o.url) return { ...common, connectionString: o.url };
  return {
    ...common,
    host: o.host,
    port: o.port,
    user: o.username,
    password: typeof o.password === 'function' ? (o.password as () => string | Promise<string>) : o.password,
    database: o.database,
  };
}
