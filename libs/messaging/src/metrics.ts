import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from '@pao/platform';

// Messaging metrics in the process-wide registry (served at /metrics by every app).
// Labels are low-cardinality on purpose: `schema` and `consumer` name services, `event_type`
// comes from the event catalogue (a message that failed validation counts as `(invalid)`,
// so a producer cannot mint label values), `outcome` is a fixed set.

/** The event type label of a message that did not pass the catalogue. */
export const INVALID_EVENT_TYPE = '(invalid)';

/** What the backlog gauges ask, per schema, on each scrape (one running relay per schema answers). */
export interface BacklogSource {
  readonly schema: string;
  backlog(): Promise<{ unpublished: number; oldestAgeSeconds: number | null }>;
}

const backlogSources = new Map<string, Set<BacklogSource>>();

/** Registers a running relay as the source of its schema's backlog gauges; returns the unregister function. */
export function registerBacklogSource(source: BacklogSource): () => void {
  let set = backlogSources.get(source.schema);
  if (!set) backlogSources.set(source.schema, (set = new Set()));
  set.add(source);
  return () => {
    set.delete(source);
    if (set.size === 0 && backlogSources.get(source.schema) === set) backlogSources.delete(source.schema);
  };
}

// Both gauges are filled by one query per schema per scrape: a scrape collects its metrics
// concurrently, so the second gauge joins the query still in flight.
type Backlogs = Map<string, { unpublished: number; oldestAgeSeconds: number | null }>;
let inFlight: Promise<Backlogs> | undefined;

function readBacklogs(): Promise<Backlogs> {
  inFlight ??= (async () => {
    const out: Backlogs = new Map();
    await Promise.all(
      [...backlogSources].map(async ([schema, sources]) => {
        const source = sources.values().next().value;
        if (!source) return;
        try {
          out.set(schema, await source.backlog());
        } catch {
          // database unreachable: leave the series out of this scrape rather than fail /metrics
        }
      }),
    );
    return out;
  })().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

export const outboxUnpublished = new Gauge({
  name: 'messaging_outbox_unpublished',
  help: 'Outbox rows not yet confirmed by the broker (read on scrape)',
  labelNames: ['schema'],
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [schema, b] of await readBacklogs()) this.set({ schema }, b.unpublished);
  },
});

export const outboxOldestUnpublishedAge = new Gauge({
  name: 'messaging_outbox_oldest_unpublished_age_seconds',
  help: 'Age of the oldest unpublished outbox row, 0 when none (read on scrape; alert on this)',
  labelNames: ['schema'],
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [schema, b] of await readBacklogs()) this.set({ schema }, b.oldestAgeSeconds ?? 0);
  },
});

export const eventsPublished = new Counter({
  name: 'messaging_events_published_total',
  help: 'Outbox events confirmed by the broker and marked published',
  labelNames: ['schema'],
  registers: [metricsRegistry],
});

export const publishFailures = new Counter({
  name: 'messaging_publish_failures_total',
  help: 'Outbox events the broker did not confirm (nacked, returned, timed out); they are retried',
  labelNames: ['schema'],
  registers: [metricsRegistry],
});

export const consumerEvents = new Counter({
  name: 'messaging_consumer_events_total',
  help: 'Messages taken off the service queue, by outcome: handled (acked), retried (sent to a retry queue), parked',
  labelNames: ['consumer', 'event_type', 'outcome'],
  registers: [metricsRegistry],
});

export const handlerDuration = new Histogram({
  name: 'messaging_handler_duration_seconds',
  help: 'Time an event handler took, by outcome (success, failure)',
  labelNames: ['consumer', 'event_type', 'outcome'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const prunedRows = new Counter({
  name: 'messaging_pruned_rows_total',
  help: 'Published outbox rows and inbox rows deleted by the retention job',
  labelNames: ['schema', 'table'],
  registers: [metricsRegistry],
});
