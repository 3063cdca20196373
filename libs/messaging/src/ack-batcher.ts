import type { Channel, Message } from 'amqplib';

/**
 * Acknowledges the deliveries of one channel in as few frames as it safely can: deliveries
 * that finish in the same tick are acked together at its end, the unbroken run of finished
 * deliveries from the oldest outstanding one in a single `multiple` ack, any others one by one.
 * A `multiple` ack never covers a delivery that is still being handled.
 *
 * Why: with group commit (inbox-groups.ts) the deliveries of a group finish together, and
 * one ack frame per message was a large part of the consumer's and the broker's CPU per event.
 */
export class AckBatcher {
  /** Delivery tags not yet acked, in delivery order (tags only grow on a channel). */
  private outstanding: number[] = [];
  private readonly finished = new Set<number>();
  private scheduled = false;

  constructor(private readonly channel: Channel) {}

  delivered(tag: number): void {
    this.outstanding.push(tag);
  }

  /** Marks a delivery done; its ack goes out at the end of this tick (or at `flush()`). */
  finish(tag: number): void {
    this.finished.add(tag);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Sends the acks of every finished delivery now. A closed channel is no error: the broker redelivers, the inbox dedupes. */
  flush(): void {
    this.scheduled = false;
    if (this.finished.size === 0) return;
    let run = 0;
    while (run < this.outstanding.length && this.finished.has(this.outstanding[run])) run++;
    const upTo = run > 0 ? this.outstanding[run - 1] : undefined;
    const alone = run === this.outstanding.length ? [] : this.outstanding.slice(run).filter((t) => this.finished.has(t));
    this.outstanding = run === this.outstanding.length ? [] : this.outstanding.slice(run).filter((t) => !this.finished.has(t));
    this.finished.clear();
    try {
      if (upTo !== undefined) this.channel.ack(tagged(upTo), run > 1);
      for (const tag of alone) this.channel.ack(tagged(tag));
    } catch {
      // the channel went away
    }
  }
}

/** amqplib's ack reads only the delivery tag. */
function tagged(deliveryTag: number): Message {
  return { fields: { deliveryTag } } as Message;
}
