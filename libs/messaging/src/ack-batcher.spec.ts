import type { Channel, Message } from 'amqplib';
import fc from 'fast-check';
import { AckBatcher } from './ack-batcher';

/** The broker's side of acks on one channel (AMQP 0-9-1 basic.ack). */
class BrokerChannel {
  readonly unacked = new Set<number>();
  readonly handling = new Set<number>();
  frames = 0;

  ack(message: Message, allUpTo = false): void {
    this.frames++;
    const tag = message.fields.deliveryTag;
    if (!allUpTo) {
      // an unknown tag closes the channel (PRECONDITION_FAILED): a double ack
      if (!this.unacked.delete(tag)) throw new Error(`unknown delivery tag ${tag}`);
      if (this.handling.has(tag)) throw new Error(`acked ${tag} while it is still handled`);
      return;
    }
    if (!this.unacked.has(tag)) throw new Error(`unknown delivery tag ${tag}`);
    for (const t of [...this.unacked]) {
      if (t > tag) continue;
      if (this.handling.has(t)) throw new Error(`multiple ack up to ${tag} covers ${t}, still handled`);
      this.unacked.delete(t);
    }
  }
}

describe('AckBatcher', () => {
  it('acks every finished delivery exactly once and never one still handled, whatever the order and the flushes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.boolean())),
        (n, steps) => {
          const broker = new BrokerChannel();
          const batcher = new AckBatcher(broker as unknown as Channel);
          for (let tag = 1; tag <= n; tag++) {
            broker.unacked.add(tag);
            broker.handling.add(tag);
            batcher.delivered(tag);
          }
          // finish deliveries in a random order, flushing at random points
          const order = [...broker.handling];
          for (const [pick, flush] of steps) {
            if (order.length === 0) break;
            const [tag] = order.splice(pick % order.length, 1);
            broker.handling.delete(tag);
            batcher.finish(tag);
            if (flush) batcher.flush();
          }
          for (const tag of order) {
            broker.handling.delete(tag);
            batcher.finish(tag);
          }
          batcher.flush();
          expect([...broker.unacked]).toEqual([]);
          expect(broker.frames).toBeLessThanOrEqual(n);
        },
      ),
    );
  });

  it('sends one frame for deliveries that finish together in delivery order', () => {
    const broker = new BrokerChannel();
    const batcher = new AckBatcher(broker as unknown as Channel);
    for (let tag = 1; tag <= 10; tag++) {
      broker.unacked.add(tag);
      batcher.delivered(tag);
    }
    for (let tag = 1; tag <= 10; tag++) batcher.finish(tag);
    batcher.flush();
    expect(broker.frames).toBe(1);
    expect(broker.unacked.size).toBe(0);
  });

  it('acks at the end of the tick without an explicit flush', async () => {
    const broker = new BrokerChannel();
    const batcher = new AckBatcher(broker as unknown as Channel);
    broker.unacked.add(1);
    batcher.delivered(1);
    batcher.finish(1);
    expect(broker.unacked.size).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(broker.unacked.size).toBe(0);
  });

  it('does not throw when the channel is gone', () => {
    const gone = { ack: () => { throw new Error('Channel closed'); } } as unknown as Channel;
    const batcher = new AckBatcher(gone);
    batcher.delivered(1);
    batcher.finish(1);
    expect(() => batcher.flush()).not.toThrow();
  });
});
