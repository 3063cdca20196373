import { Logger, type LoggerService } from '@nestjs/common';
import { BaseRpcContext, Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { ConfirmChannel, ConsumeMessage, MessageProperties, Options } from 'amqplib';
import { EventEmitter } from 'node:events';
import { lastValueFrom } from 'rxjs';
import { AckBatcher } from './ack-batcher';
import { AmqpSupervisor, type AmqpStatus } from './amqp-supervisor';
import { runWithCorrelationId } from './correlation';
import type { EventEnvelope, EventValidator } from './envelope';
import { describeError, isParkSignal } from './errors';
import { Headers } from './headers';
import { consumerEvents, handlerDuration, INVALID_EVENT_TYPE } from './metrics';
import { assertConsumerTopology, consumerQueueNames, type ConsumerQueueNames } from './topology';

const DEFAULT_PREFETCH = 64;

/** Transport id, for `@EventPattern(type, AMQP_EVENTS_TRANSPORT)` when an app has several transports. */
export const AMQP_EVENTS_TRANSPORT = Symbol.for('pao.amqp-events');

export interface AmqpEventTransportOptions {
  amqpUrl: string;
  /** The consuming service; names its queues (`<serviceName>.events`, `.parking`, `.retry.<d>ms`). */
  serviceName: string;
  /** Validates every message before a handler sees it (the event catalogue). */
  validator: EventValidator;
  /** Extra routing keys to bind; the `@EventPattern` types of the handlers are bound anyway. */
  bindings?: readonly string[];
  /**
   * Unacknowledged messages in flight. Handlers using `handleOnce` share transactions (the
   * inbox runs a few at a time and groups the rest, see inbox-groups.ts), so messages beyond
   * those wait in memory, not in PostgreSQL; a window well above them keeps the broker from
   * holding back deliveries while a group commits. Default 64.
   */
  prefetch?: number;
  /** Delay before retry n (the last one repeats). Default 1 s, 10 s, 1 min, 5 min, 15 min. */
  retryDelaysMs?: readonly number[];
  /** Handler attempts before parking, the first included. Default retryDelaysMs.length + 1. */
  maxAttempts?: number;
  /** Broker-side `x-delivery-limit` (redeliveries after crashes or lost channels). Default 20. */
  deliveryLimit?: number;
  /** How long `close()` lets in-flight handlers finish. Default 30 s. */
  closeTimeoutMs?: number;
  /** Header-safe text of a handler failure. Default: error name and message, truncated. */
  describeError?: (err: unknown) => string;
  minReconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  logger?: LoggerService;
}

/** What a handler gets as `@Ctx()`. */
export class AmqpEventContext extends BaseRpcContext<[EventEnvelope, ConsumeMessage, number, string, string]> {
  /** The validated envelope (also the payload). */
  getEvent(): EventEnvelope {
    return this.args[0];
  }
  /** The raw AMQP message (read-only use: acknowledging is the transport's job). */
  getMessage(): ConsumeMessage {
    return this.args[1];
  }
  /** 1 for the first attempt, 2 for the first retry, ... */
  getAttempt(): number {
    return this.args[2];
  }
  /** The consuming service's name. */
  getConsumer(): string {
    return this.args[3];
  }
  getCorrelationId(): string {
    return this.args[4];
  }
  getPattern(): string {
    return this.args[0].type;
  }
}

type Parsed = { ok: true; event: EventEnvelope } | { ok: false; reason: string };

type TransportEvents = Record<'connected' | 'disconnected' | 'parked' | 'error', (...args: unknown[]) => void>;

/**
 * `@nestjs/microservices` transport over RabbitMQ for domain events, replacing the built-in
 * RMQ transport (auto-ack, transient messages, unlimited prefetch). Handlers are plain
 * `@EventPattern('<type>')` methods receiving the validated envelope; per message:
 *
 * - JSON-parsed and validated with the EventValidator; malformed, invalid, unknown or
 *   handler-less messages are parked with the reason, and consumption goes on;
 * - the handler runs inside `runWithCorrelationId(event.correlationid)`;
 * - success → ack (the handler awaits its own transaction, e.g. `handleOnce`, so the ack
 *   comes after the commit); failure → a copy goes to the retry queue of the next delay
 *   (confirmed) and the original is acked; after `maxAttempts`, or on ParkEventError, the
 *   message is parked with reason, consumer and attempt count;
 * - messages of one subject (aggregate) are handled one after the other, different
 *   subjects concurrently up to `prefetch`.
 *
 * A lost connection or channel rebuilds everything (with backoff); unacked messages return
 * to the queue and are redelivered, which the inbox turns into no-ops.
 */
export class AmqpEventTransport extends Server<TransportEvents, AmqpStatus> implements CustomTransportStrategy {
  override readonly transportId = AMQP_EVENTS_TRANSPORT;
  private readonly supervisor: AmqpSupervisor;
  private readonly events = new EventEmitter();
  private readonly log: LoggerService;
  private readonly retryDelays: readonly number[];
  private readonly maxAttempts: number;
  private readonly describe: (err: unknown) => string;
  private readonly names: ConsumerQueueNames;
  private channel?: ConfirmChannel;
  /** Acks of the current channel, sent per tick (ack-batcher.ts). */
  private acks?: AckBatcher;
  private consumerTag?: string;
  private closing = false;
  private listening = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly chains = new Map<string, Promise<void>>();

  constructor(private readonly options: AmqpEventTransportOptions) {
    super();
    this.log = options.logger ?? new Logger(`AmqpEventTransport:${options.serviceName}`);
    this.names = consumerQueueNames(options.serviceName);
    this.retryDelays = options.retryDelaysMs ?? [1_000, 10_000, 60_000, 300_000, 900_000];
    if (this.retryDelays.length === 0) throw new Error('messaging: retryDelaysMs needs at least one delay');
    this.maxAttempts = options.maxAttempts ?? this.retryDelays.length + 1;
    this.describe = options.describeError ?? ((err) => describeError(err));
    this.supervisor = new AmqpSupervisor({
      url: options.amqpUrl,
      connectionName: `${options.serviceName}-consumer`,
      logger: this.log,
      minReconnectDelayMs: options.minReconnectDelayMs,
      maxReconnectDelayMs: options.maxReconnectDelayMs,
      onConnect: (conn) => this.setup(conn),
    });
    this.supervisor.on('status', (s: AmqpStatus) => this._status$.next(s));
    this.supervisor.on('connected', () => this.events.emit('connected'));
    this.supervisor.on('disconnected', (err) => this.events.emit('disconnected', err));
  }

  /** Queue names of this consumer. */
  get queues(): ConsumerQueueNames {
    return this.names;
  }

  get isConnected(): boolean {
    return this.supervisor.isConnected;
  }

  /** Resolves once consuming (again). */
  waitUntilConnected(): Promise<void> {
    return this.supervisor.waitUntilConnected();
  }

  /** Called by Nest; `callback` runs once the topology is declared and consuming started. */
  /** True between listen() and close(): the app consumes through this transport. */
  get isListening(): boolean {
    return this.listening;
  }

  listen(callback: (...optionalParams: unknown[]) => unknown): void {
    this.closing = false;
    this.listening = true;
    this.supervisor.once('connected', () => callback());
    this.supervisor.start();
  }

  /** Stops consuming, lets in-flight handlers finish (up to closeTimeoutMs), closes the connection. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.listening = false;
    const ch = this.channel;
    if (ch && this.consumerTag) await ch.cancel(this.consumerTag).catch(() => undefined);
    const deadline = Date.now() + (this.options.closeTimeoutMs ?? 30_000);
    while (this.inFlight.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.inFlight]),
        new Promise((r) => {
          timer = setTimeout(r, Math.max(0, deadline - Date.now()));
        }),
      ]);
      clearTimeout(timer);
    }
    if (this.inFlight.size > 0) this.log.warn(`closing with ${this.inFlight.size} handler(s) still running; their messages will be redelivered`);
    this.acks?.flush();
    this.channel = undefined;
    await this.supervisor.stop();
  }

  on<K extends keyof TransportEvents>(event: K, callback: TransportEvents[K]): void {
    this.events.on(event, callback);
  }

  unwrap<T>(): T {
    const conn = this.supervisor.current;
    if (!conn) throw new Error('Not initialized. Please call the "listen"/"startAllMicroservices" method before accessing the server.');
    return conn as T;
  }

  private boundKeys(): string[] {
    const handlerTypes = [...this.messageHandlers.keys()];
    for (const key of handlerTypes) {
      if (!/^[A-Za-z0-9._*#-]+$/.test(key)) throw new Error(`messaging: @EventPattern must be an event type string, got ${key}`);
    }
    return [...new Set([...(this.options.bindings ?? []), ...handlerTypes])];
  }

  private async setup(conn: import('amqplib').ChannelModel): Promise<void> {
    const ch = await conn.createConfirmChannel();
    ch.on('error', (err: Error) => this.log.warn(`consumer channel error: ${err.message}`));
    ch.on('close', () => {
      if (this.channel === ch) this.channel = undefined;
      if (!this.closing) this.supervisor.reset('consumer channel closed');
    });
    await assertConsumerTopology(ch, {
      serviceName: this.options.serviceName,
      bindings: this.boundKeys(),
      retryDelaysMs: this.retryDelays,
      deliveryLimit: this.options.deliveryLimit ?? 20,
    });
    await ch.prefetch(this.options.prefetch ?? DEFAULT_PREFETCH);
    this.channel = ch;
    this.acks = new AckBatcher(ch);
    const { consumerTag } = await ch.consume(this.names.main, (msg) => this.onDelivery(ch, msg), { noAck: false });
    this.consumerTag = consumerTag;
  }

  private onDelivery(ch: ConfirmChannel, msg: ConsumeMessage | null): void {
    if (!msg) {
      this.supervisor.reset('consumer cancelled by the broker');
      return;
    }
    if (ch === this.channel) this.acks?.delivered(msg.fields.deliveryTag);
    const parsed = this.parse(msg);
    const key = parsed.ok ? (parsed.event.subject ?? parsed.event.id) : `\u0000${msg.fields.deliveryTag}`;
    const previous = this.chains.get(key);
    const task = (previous ? previous.then(() => this.process(ch, msg, parsed)) : this.process(ch, msg, parsed)).catch((err) => {
      this.log.error(`message handling failed unexpectedly: ${describeError(err)}`);
      this.events.emit('error', err);
    });
    this.chains.set(key, task);
    this.inFlight.add(task);
    void task.finally(() => {
      this.inFlight.delete(task);
      if (this.chains.get(key) === task) this.chains.delete(key);
    });
  }

  private parse(msg: ConsumeMessage): Parsed {
    let raw: unknown;
    try {
      raw = JSON.parse(msg.content.toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed: body is not JSON' };
    }
    const result = this.options.validator.validate(raw);
    return result.ok ? result : { ok: false, reason: `invalid: ${result.reason}` };
  }

  private async process(ch: ConfirmChannel, msg: ConsumeMessage, parsed: Parsed): Promise<void> {
    const attempt = attemptOf(msg);
    if (!parsed.ok) return this.park(ch, msg, parsed.reason, attempt);
    const event = parsed.event;
    // string patterns are stored as they are; skips Nest's JSON.parse attempt per message
    const handler = this.messageHandlers.get(event.type) ?? this.getHandlerByPattern(event.type);
    if (!handler) return this.park(ch, msg, `no handler for ${event.type} in ${this.options.serviceName}`, attempt, event.type);
    const headerCorrelation = msg.properties.headers?.[Headers.correlationId];
    const correlationId = event.correlationid ?? (typeof headerCorrelation === 'string' ? headerCorrelation : event.id);
    const ctx = new AmqpEventContext([event, msg, attempt, this.options.serviceName, correlationId]);
    const labels = { consumer: this.options.serviceName, event_type: event.type };
    const stopTimer = handlerDuration.startTimer(labels);
    try {
      await runWithCorrelationId(correlationId, async () => {
        const result = await handler(event, ctx);
        await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
      });
    } catch (err) {
      stopTimer({ outcome: 'failure' });
      return this.retryOrPark(ch, msg, event, attempt, err);
    }
    stopTimer({ outcome: 'success' });
    if (this.ack(ch, msg)) consumerEvents.inc({ ...labels, outcome: 'handled' });
  }

  private async retryOrPark(ch: ConfirmChannel, msg: ConsumeMessage, event: EventEnvelope, attempt: number, err: unknown): Promise<void> {
    const detail = this.describe(err);
    if (isParkSignal(err)) return this.park(ch, msg, `handler refused: ${detail}`, attempt, event.type);
    if (attempt >= this.maxAttempts) return this.park(ch, msg, `handler failed ${attempt} time(s), last: ${detail}`, attempt, event.type);
    const delay = this.retryDelays[Math.min(attempt - 1, this.retryDelays.length - 1)];
    this.log.warn(`event ${event.id} (${event.type}) failed attempt ${attempt}/${this.maxAttempts}; retry in ${delay} ms: ${detail}`);
    try {
      await confirmedSend(ch, this.names.retry(delay), msg, { [Headers.attempt]: attempt + 1, [Headers.lastError]: detail });
    } catch (sendErr) {
      this.log.warn(`could not schedule retry of ${event.id}: ${describeError(sendErr)}; leaving it to redelivery`);
      return;
    }
    consumerEvents.inc({ consumer: this.options.serviceName, event_type: event.type, outcome: 'retried' });
    this.ack(ch, msg);
  }

  /** `eventType` only for a validated event (a catalogue type): it becomes a metric label. */
  private async park(ch: ConfirmChannel, msg: ConsumeMessage, reason: string, attempts: number, eventType = INVALID_EVENT_TYPE): Promise<void> {
    const headers = {
      [Headers.parkReason]: reason.length > 500 ? `${reason.slice(0, 499)}…` : reason,
      [Headers.parkedBy]: this.options.serviceName,
      [Headers.parkedAttempts]: attempts,
      [Headers.parkedAt]: new Date().toISOString(),
    };
    try {
      await confirmedSend(ch, this.names.parking, msg, headers);
    } catch (sendErr) {
      this.log.warn(`could not park message ${msg.properties.messageId ?? '(no id)'}: ${describeError(sendErr)}; leaving it to redelivery`);
      return;
    }
    this.log.warn(`parked message ${msg.properties.messageId ?? '(no id)'} in ${this.names.parking}: ${headers[Headers.parkReason]}`);
    consumerEvents.inc({ consumer: this.options.serviceName, event_type: eventType, outcome: 'parked' });
    this.events.emit('parked', { messageId: msg.properties.messageId, reason });
    this.ack(ch, msg);
  }

  /**
   * Acks on the channel the message came on, at the end of this tick together with the others
   * finished in it; false when that channel is gone (the broker redelivers).
   */
  private ack(ch: ConfirmChannel, msg: ConsumeMessage): boolean {
    // Delivery tags belong to their channel: never ack on a newer one.
    if (ch !== this.channel || !this.acks) return false;
    this.acks.finish(msg.fields.deliveryTag);
    return true;
  }
}

function attemptOf(msg: ConsumeMessage): number {
  const n = Number(msg.properties.headers?.[Headers.attempt]);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Sends a copy of `msg` (body and properties, plus `headers`) to a queue and waits for the confirm. */
function confirmedSend(ch: ConfirmChannel, queue: string, msg: ConsumeMessage, headers: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      ch.sendToQueue(queue, msg.content, copyProperties(msg.properties, headers), (err) => (err ? reject(err) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}

function copyProperties(p: MessageProperties, extra: Record<string, unknown>): Options.Publish {
  const headers: Record<string, unknown> = { ...(p.headers ?? {}), ...extra };
  delete headers['x-delivery-count'];
  return {
    contentType: p.contentType,
    contentEncoding: p.contentEncoding,
    correlationId: p.correlationId,
    messageId: p.messageId,
    timestamp: p.timestamp,
    type: p.type,
    appId: p.appId,
    headers,
    persistent: true,
  };
}
