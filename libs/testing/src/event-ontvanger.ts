import { randomUUID } from 'node:crypto';
import * as amqp from 'amqplib';
import { assertEventExchange, EVENTS_EXCHANGE } from '@pao/messaging';

export interface OntvangenEvent {
  id: string;
  type: string;
  subject: string;
  swv: string;
  dataref?: string;
  data: Record<string, unknown>;
}

/**
 * A consumer of our own on pao.events in a test vhost: what another service or a gemeente
 * would see. `volledigType` turns the short name a test uses into the event type (a
 * service's tests name their own events without the prefix and version).
 */
export class EventOntvanger {
  readonly ontvangen: OntvangenEvent[] = [];
  private constructor(
    private readonly conn: amqp.ChannelModel,
    private readonly volledigType: (type: string) => string,
  ) {}

  static async start(url: string, patroon: string, volledigType: (type: string) => string = (type) => type): Promise<EventOntvanger> {
    const conn = await amqp.connect(url);
    const ch = await conn.createChannel();
    await assertEventExchange(ch);
    const { queue } = await ch.assertQueue(`test-ontvanger-${randomUUID()}`, { exclusive: true });
    await ch.bindQueue(queue, EVENTS_EXCHANGE, patroon);
    const o = new EventOntvanger(conn, volledigType);
    await ch.consume(queue, (msg) => {
      if (!msg) return;
      o.ontvangen.push(JSON.parse(msg.content.toString('utf8')) as OntvangenEvent);
      ch.ack(msg);
    });
    return o;
  }

  /** The events of one type received so far, optionally about one subject. */
  van(type: string, subject?: string): OntvangenEvent[] {
    const volledig = this.volledigType(type);
    return this.ontvangen.filter((e) => e.type === volledig && (subject === undefined || e.subject === subject));
  }

  stop(): Promise<void> {
    return this.conn.close();
  }
}
