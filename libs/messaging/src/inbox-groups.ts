import { AsyncResource } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { quoteSchema } from './schema';

/** One `handleOnce` call waiting for its transaction. */
interface Handling {
  consumer: string;
  event: { id: string; type: string; source: string };
  /** Bound to the caller's async context (its correlation id), wherever the group runs it. */
  fn: (manager: EntityManager) => Promise<void>;
  resolve: (ran: boolean) => void;
  reject: (err: unknown) => void;
}

export interface InboxGroupingOptions {
  /**
   * Transactions of this inbox running at once. Calls beyond that wait and go together into
   * the next free transaction (group commit). Default 4.
   */
  parallel?: number;
  /** Most calls in one transaction. Default 32. */
  maxGroup?: number;
}

const DEFAULT_PARALLEL = 4;
const DEFAULT_MAX_GROUP = 32;

/**
 * Group commit for the inbox of one schema on one DataSource: `handleOnce` calls that
 * arrive while `parallel` transactions are running share the next transaction. Each call's
 * inbox row and effects still commit atomically with everything else in that transaction,
 * so nothing is handled twice and nothing is acknowledged before its commit; a quiet
 * consumer still gets one transaction per event without waiting.
 *
 * Why: per event a consumer otherwise pays BEGIN, the inbox row, COMMIT and its WAL flush —
 * as much PostgreSQL work as the effect itself (ADR 0038).
 *
 * When anything in a shared transaction fails (an effect throws, a deadlock, a lost
 * connection), it rolls back and every call of the group runs again in a transaction of its
 * own, so one failing event cannot fail its neighbours. An effect may therefore run more
 * than once before it commits — as it may already after a rollback or a redelivery: effects
 * belong in the transaction, not outside it.
 */
export class InboxGroups {
  private readonly waiting: Handling[] = [];
  private running = 0;
  private readonly insertSql: string;
  private readonly parallel: number;
  private readonly maxGroup: number;

  constructor(
    private readonly dataSource: DataSource,
    schema: string,
    options: InboxGroupingOptions = {},
  ) {
    this.parallel = Math.max(1, options.parallel ?? DEFAULT_PARALLEL);
    this.maxGroup = Math.max(1, options.maxGroup ?? DEFAULT_MAX_GROUP);
    const s = quoteSchema(schema);
    this.insertSql = `INSERT INTO ${s}.inbox (consumer, event_id, source, event_type)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (consumer, event_id, source) DO NOTHING RETURNING consumer, event_id, source`;
  }

  /** Resolves to true when `fn` ran and committed, false when the event had been handled before. */
  handle(consumer: string, event: Handling['event'], fn: Handling['fn']): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.waiting.push({ consumer, event, fn: inCallersContext(fn), resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.parallel && this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.maxGroup);
      this.running++;
      void this.run(group).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async run(group: Handling[]): Promise<void> {
    if (group.length === 1) return this.runAlone(group[0]);
    let ran: boolean[];
    try {
      ran = await this.transaction(group);
    } catch {
      // one of them (or the transaction) failed: each on its own, so only the culprit fails;
      // one after another, in this group's slot, so the inbox stays within `parallel`
      for (const h of group) await this.runAlone(h);
      return;
    }
    group.forEach((h, i) => h.resolve(ran[i]));
  }

  private async runAlone(h: Handling): Promise<void> {
    try {
      const [ran] = await this.transaction([h]);
      h.resolve(ran);
    } catch (err) {
      h.reject(err);
    }
  }

  /** One transaction: the group's inbox rows in one statement, then each new event's effect in turn. */
  private transaction(group: Handling[]): Promise<boolean[]> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: { consumer: string; event_id: string; source: string }[] = await manager.query(this.insertSql, [
        group.map((h) => h.consumer),
        group.map((h) => h.event.id),
        group.map((h) => h.event.source),
        group.map((h) => h.event.type),
      ]);
      const isNew = new Set(inserted.map((r) => key(r.consumer, r.event_id, r.source)));
      const ran: boolean[] = [];
      for (const h of group) {
        // the same event twice in one group: the first copy runs, the second is a duplicate
        const fresh = isNew.delete(key(h.consumer, h.event.id, h.event.source));
        if (fresh) await h.fn(manager);
        ran.push(fresh);
      }
      return ran;
    });
  }
}

/**
 * `fn`, to run in the caller's async context (its correlation id) wherever the group runs it.
 * Not `AsyncResource.bind`: that also defines a deprecated accessor on every bound function,
 * 2 % of a busy consumer's CPU in a profile.
 */
function inCallersContext(fn: Handling['fn']): Handling['fn'] {
  const resource = new AsyncResource('pao.inbox');
  return (manager) => resource.runInAsyncScope(fn, undefined, manager);
}

function key(consumer: string, eventId: string, source: string): string {
  return `${consumer}\u0000${eventId}\u0000${source}`;
}
