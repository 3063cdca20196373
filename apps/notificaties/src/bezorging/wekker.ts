import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';

export interface WekkerLogger {
  warn(obj: object, msg: string): void;
}

/**
 * Wake-ups in BullMQ: "look at subscription X at moment T". Only a nudge: the moment is
 * in PostgreSQL (gepauzeerd_tot, volgende_poging_op) and the sweeper finds due work
 * without it, so a lost or duplicated job costs at most a sweep interval or one empty claim.
 * Job ids are deterministic (`wek-<abonnement>-<ms>`, no ':'), so the same moment is
 * planned once.
 */
export class Wekker {
  private readonly queue: Queue;
  private worker?: Worker;
  private readonly producer: Redis;
  private readonly consumer: Redis;

  constructor(
    redisUrl: string,
    prefix: string,
    private readonly log: WekkerLogger,
  ) {
    // The producer fails fast when Redis is down (the sweeper covers); the worker waits for it.
    this.producer = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.consumer = new Redis(redisUrl, { maxRetriesPerRequest: null });
    for (const r of [this.producer, this.consumer]) r.on('error', () => undefined);
    this.queue = new Queue('notificaties-wekker', { connection: this.producer, prefix });
    this.queue.on('error', (err) => this.log.warn({ err: err.message }, 'wekker queue error'));
  }

  start(wek: (abonnementId: string) => void): void {
    if (this.worker) return;
    this.worker = new Worker(
      this.queue.name,
      async (job) => {
        wek(String((job.data as { abonnementId: string }).abonnementId));
      },
      { connection: this.consumer, prefix: this.queue.opts.prefix, concurrency: 16 },
    );
    this.worker.on('error', (err) => this.log.warn({ err: err.message }, 'wekker worker error'));
  }

  /** Plans a wake-up; never throws (a failure is logged, the sweeper covers it). */
  plan(abonnementId: string, op: Date, nu: Date): void {
    const delay = Math.max(0, op.getTime() - nu.getTime());
    this.queue
      .add('wek', { abonnementId }, { jobId: `wek-${abonnementId}-${op.getTime()}`, delay, removeOnComplete: true, removeOnFail: true })
      .catch((err: Error) => this.log.warn({ err: err.message, abonnementId }, 'wake-up not planned; the sweeper will find the work'));
  }

  async close(): Promise<void> {
    await this.worker?.close().catch(() => undefined);
    await this.queue.close().catch(() => undefined);
    this.producer.disconnect();
    this.consumer.disconnect();
  }
}
