import type { LoggerService } from '@nestjs/common';
import type { ConfirmChannel, Options } from 'amqplib';
import { AmqpSupervisor, type AmqpStatus } from './amqp-supervisor';
import { assertEventExchange } from './topology';

export interface OutgoingMessage {
  exchange: string;
  routingKey: string;
  content: Buffer;
  options: Options.Publish & { messageId: string };
}

export type PublishOutcome = { ok: true } | { ok: false; error: string };

export class NotConnectedError extends Error {
  override readonly name = 'NotConnectedError';
}

export interface ConfirmPublisherOptions {
  url: string;
  connectionName: string;
  logger?: LoggerService;
  minReconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
}

/**
 * Publishes windows of messages on one confirm channel and reports, per message, whether
 * the broker confirmed it. Every message is `mandatory` and persistent; a message the broker
 * returns (no queue and no alternate exchange took it) counts as failed even though its
 * confirm is an ack. Confirms of a window are awaited together, not one by one.
 */
export class ConfirmPublisher {
  private channel?: ConfirmChannel;
  private readonly returned = new Set<string>();
  readonly supervisor: AmqpSupervisor;

  constructor(options: ConfirmPublisherOptions) {
    this.supervisor = new AmqpSupervisor({
      url: options.url,
      connectionName: options.connectionName,
      logger: options.logger,
      minReconnectDelayMs: options.minReconnectDelayMs,
      maxReconnectDelayMs: options.maxReconnectDelayMs,
      onConnect: async (conn) => {
        const ch = await conn.createConfirmChannel();
        ch.on('error', () => undefined); // reported through 'close'
        ch.on('return', (msg) => {
          const id = msg.properties.messageId;
          if (typeof id === 'string') this.returned.add(id);
        });
        ch.on('close', () => {
          if (this.channel === ch) this.channel = undefined;
          this.supervisor.reset('publisher channel closed');
        });
        await assertEventExchange(ch);
        this.channel = ch;
      },
    });
  }

  get status(): AmqpStatus {
    return this.supervisor.status;
  }

  get isReady(): boolean {
    return this.supervisor.isConnected && this.channel !== undefined;
  }

  start(): void {
    this.supervisor.start();
  }

  async stop(): Promise<void> {
    this.channel = undefined;
    await this.supervisor.stop();
  }

  /**
   * Publishes `messages` in order and waits (at most `timeoutMs`) for their confirms.
   * Throws NotConnectedError when there is no channel; otherwise never throws: failures
   * (nack, return, channel loss, timeout) are reported per message.
   */
  async publishWindow(messages: readonly OutgoingMessage[], timeoutMs: number): Promise<PublishOutcome[]> {
    const ch = this.channel;
    if (!ch || !this.supervisor.isConnected) throw new NotConnectedError('AMQP publisher is not connected');
    const outcomes: (PublishOutcome | undefined)[] = new Array(messages.length).fill(undefined);
    const confirmations = messages.map(
      (m, i) =>
        new Promise<void>((resolve) => {
          const settle = (outcome: PublishOutcome) => {
            outcomes[i] ??= outcome;
            resolve();
          };
          try {
            ch.publish(m.exchange, m.routingKey, m.content, { ...m.options, persistent: true, mandatory: true }, (err) => {
              if (err) settle({ ok: false, error: `not confirmed: ${err.message ?? err}` });
              else if (this.returned.delete(m.options.messageId)) settle({ ok: false, error: 'returned by the broker: unroutable' });
              else settle({ ok: true });
            });
          } catch (err) {
            settle({ ok: false, error: `publish failed: ${(err as Error).message}` });
          }
        }),
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(confirmations),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    return outcomes.map((o) => o ?? { ok: false, error: `no confirm within ${timeoutMs} ms` });
  }
}
