import { randomBytes } from 'node:crypto';
import { metricsRegistry } from '@pao/platform';
import { ManualClock } from './clock';
import { deadlineTestBed, type DeadlineTestBed } from './deadline-test-bed';

jest.setTimeout(120_000);

/**
 * The metrics the deadline alerts rest on (infra/monitoring): a deadline whose moment passed
 * without firing shows in deadlines_overdue until the reconciler fires it; then it counts once
 * in deadlines_fired_total, its lateness in deadlines_fire_lag_seconds.
 */
const prefix = `test-dlm-${process.pid}-${randomBytes(3).toString('hex')}`;
const schema = `dlm_${randomBytes(3).toString('hex')}`;
let bed: DeadlineTestBed;

beforeAll(async () => {
  bed = await deadlineTestBed({ database: 'deadline_metrics', prefix });
  await bed.createTables(schema);
});

afterAll(() => bed?.close());

async function sample(name: string, labels: Record<string, string>): Promise<number | undefined> {
  // A histogram's _count and _sum are values of the histogram, told apart by metricName.
  const values = (await metricsRegistry.getMetricsAsJSON()).flatMap((m) => m.values.map((v) => ({ ...v, metricName: (v as { metricName?: string }).metricName ?? m.name })));
  return values.find((v) => v.metricName === name && Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value;
}

it('shows an overdue deadline until the reconciler fires it, then counts it once with its lag', async () => {
  // No worker and no periodic reconcile: nothing fires unless the test says so.
  const scheduler = bed.scheduler({ schema, clock: new ManualClock(), worker: false, reconcileIntervalMs: 0, effects: { onDeadline: async () => undefined } });
  await scheduler.transaction((tx) => tx.arm({ kind: 'bezwaartermijn', subjectId: 'zaak-1', dueAt: new Date(Date.now() - 10 * 60_000), ruleVersion: 'test' }));
  await scheduler.transaction((tx) => tx.arm({ kind: 'bezwaartermijn', subjectId: 'zaak-2', dueAt: new Date(Date.now() + 3_600_000), ruleVersion: 'test' }));
  // Registered as the overdue source by start(), which also reconciles: read it before that.
  expect(await scheduler.overdue()).toEqual({ overdue: 1, oldestSeconds: expect.any(Number) });
  expect((await scheduler.overdue()).oldestSeconds).toBeGreaterThan(590);

  const report = await scheduler.start();
  expect(report.fired).toBe(1);
  expect(await sample('deadlines_overdue', { schema })).toBe(0);
  expect(await sample('deadlines_overdue_oldest_seconds', { schema })).toBe(0);
  expect(await sample('deadlines_fired_total', { schema, what: 'deadline' })).toBe(1);
  expect(await sample('deadlines_reconciled_total', { schema, action: 'fired' })).toBe(1);
  expect(await sample('deadlines_fire_lag_seconds_count', { schema })).toBe(1);
  expect(await sample('deadlines_fire_lag_seconds_sum', { schema })).toBeGreaterThan(590);

  // Reconciling again fires nothing more: the counter stays at one.
  await scheduler.reconcile();
  expect(await sample('deadlines_fired_total', { schema, what: 'deadline' })).toBe(1);
});
