import type { DataSource, EntityManager } from 'typeorm';
import type { EventEnvelope } from './envelope';
import { InboxGroups, type InboxGroupingOptions } from './inbox-groups';

export type { InboxGroupingOptions } from './inbox-groups';

const groups = new WeakMap<DataSource, Map<string, InboxGroups>>();

/**
 * Runs `fn` at most once per (consumer, event id, source): the inbox row and the handler's effects
 * commit in one transaction. A redelivered event finds the row and is skipped; if two
 * copies run at the same moment, the second waits on the first's row lock and then skips
 * (or runs, if the first rolled back).
 *
 * Calls that arrive while the schema's inbox already runs its `parallel` transactions share
 * the next one (group commit, see inbox-groups.ts); `fn` then runs in the caller's async
 * context, after the other calls' effects in that transaction.
 *
 * `consumer` names the effect, e.g. `thuiszitters.escalatie`; two handlers of one service
 * that react to the same event type need different names.
 *
 * Resolves to true when `fn` ran, false when the event had been handled before.
 */
export function handleOnce(
  dataSource: DataSource,
  schema: string,
  consumer: string,
  event: Pick<EventEnvelope, 'id' | 'type' | 'source'>,
  fn: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return inboxOf(dataSource, schema).handle(consumer, event, fn);
}

/** Sets how the inbox of `schema` groups its transactions (before the first `handleOnce`; otherwise it replaces the grouping for later calls). */
export function configureInbox(dataSource: DataSource, schema: string, options: InboxGroupingOptions): void {
  bySchema(dataSource).set(schema, new InboxGroups(dataSource, schema, options));
}

function inboxOf(dataSource: DataSource, schema: string): InboxGroups {
  const map = bySchema(dataSource);
  let inbox = map.get(schema);
  if (!inbox) map.set(schema, (inbox = new InboxGroups(dataSource, schema)));
  return inbox;
}

function bySchema(dataSource: DataSource): Map<string, InboxGroups> {
  let map = groups.get(dataSource);
  if (!map) groups.set(dataSource, (map = new Map()));
  return map;
}
