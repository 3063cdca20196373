import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from '@pao/platform';
import type { ReconcileReport } from './types';

// Deadline metrics in the process-wide registry (served at /metrics by every app).
// Labels: `schema` names the owning service, `what` is a fixed set; never a case id.

/** How long past its moment a deadline counts as overdue-not-fired (the reconciler runs every 60 s). */
export const OVERDUE_AFTER_SECONDS = 120;

export interface OverdueSource {
  readonly schema: string;
  overdue(): Promise<{ overdue: number; oldestSeconds: number }>;
}

const sources = new Map<string, OverdueSource>();

/** Registers a running scheduler as the source of its schema's overdue gauges; returns the unregister function. */
export function registerOverdueSource(source: OverdueSource): () => void {
  sources.set(source.schema, source);
  return () => {
    if (sources.get(source.schema) === source) sources.delete(source.schema);
  };
}

// One query per schema per scrape; both gauges join the one in flight.
let inFlight: Promise<Map<string, { overdue: number; oldestSeconds: number }>> | undefined;
function readOverdue(): Promise<Map<string, { overdue: number; oldestSeconds: number }>> {
  inFlight ??= (async () => {
    const out = new Map<string, { overdue: number; oldestSeconds: number }>();
    await Promise.all(
      [...sources.values()].map(async (s) => {
        try {
          out.set(s.schema, await s.overdue());
        } catch {
          // database unreachable: leave the series out rather than fail /metrics
        }
      }),
    );
    return out;
  })().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

export const deadlinesOverdue = new Gauge({
  name: 'deadlines_overdue',
  help: `Armed deadlines and warnings whose moment passed more than ${OVERDUE_AFTER_SECONDS} s ago without firing (read on scrape; alert on this)`,
  labelNames: ['schema'],
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [schema, o] of await readOverdue()) this.set({ schema }, o.overdue);
  },
});

export const deadlinesOverdueOldest = new Gauge({
  name: 'deadlines_overdue_oldest_seconds',
  help: 'How long ago the oldest armed, unfired deadline or warning was due; 0 when none is due (read on scrape)',
  labelNames: ['schema'],
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [schema, o] of await readOverdue()) this.set({ schema }, o.oldestSeconds);
  },
});

export const deadlinesFired = new Counter({
  name: 'deadlines_fired_total',
  help: 'Deadlines, warnings and recurring moments fired (each once, whichever instance fired it)',
  labelNames: ['schema', 'what'],
  registers: [metricsRegistry],
});

export const deadlineFireLag = new Histogram({
  name: 'deadlines_fire_lag_seconds',
  help: 'Time from a deadline\'s moment to its firing (PostgreSQL clock): the deadline lag',
  labelNames: ['schema'],
  buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600],
  registers: [metricsRegistry],
});

export const deadlineWakeUps = new Counter({
  name: 'deadlines_wake_ups_total',
  help: 'Deadline wake-up jobs by what they found: fired (in a batch or alone), known-fired (this process fired it already: no query), stale (fired, moved or cancelled), early',
  labelNames: ['schema', 'outcome'],
  registers: [metricsRegistry],
});

export const deadlineFireBatches = new Histogram({
  name: 'deadlines_fire_batch_size',
  help: 'Deadlines per committed firing transaction (a burst is fired in batches; 1 = alone)',
  labelNames: ['schema'],
  buckets: [1, 10, 50, 100, 250, 500, 1000, 2500],
  registers: [metricsRegistry],
});

export const deadlineFireBatchSeconds = new Histogram({
  name: 'deadlines_fire_batch_seconds',
  help: 'Duration of a firing transaction (mark fired, effects, commit), committed or not',
  labelNames: ['schema'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const deadlineBatchFallbacks = new Counter({
  name: 'deadlines_fire_batch_fallbacks_total',
  help: 'Firing batches that failed and were fired one by one instead (one effect failed; the others fire alone)',
  labelNames: ['schema'],
  registers: [metricsRegistry],
});

export const deadlineFireRetries = new Counter({
  name: 'deadlines_fire_retries_total',
  help: 'Firing transactions run again after a deadlock or serialization failure (concurrent batches updating the same rows)',
  labelNames: ['schema'],
  registers: [metricsRegistry],
});

export const deadlinesReconciled = new Counter({
  name: 'deadlines_reconciled_total',
  help: 'Work the reconciler did: overdue deadlines it fired, lost wake-up jobs it re-armed, deadlines it could not fire, runs that failed',
  labelNames: ['schema', 'action'],
  registers: [metricsRegistry],
});

export function countReconcile(schema: string, report: ReconcileReport, errored = false): void {
  if (errored) deadlinesReconciled.inc({ schema, action: 'error' });
  if (report.skipped) return;
  deadlinesReconciled.inc({ schema, action: 'fired' }, report.fired + report.warningsFired + report.recurringCaughtUp);
  deadlinesReconciled.inc({ schema, action: 'rearmed' }, report.rearmed + report.warningsRearmed + report.schedulersRestored);
  deadlinesReconciled.inc({ schema, action: 'failed' }, report.failed);
}
