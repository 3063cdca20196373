import { randomBytes } from 'node:crypto';
import { createEvent, deterministicUuid } from '@pao/contracts';
import { appendToOutbox, messagingTablesSql } from '@pao/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { ManualClock } from './clock';
import { DeadlineScheduler, deadlineJobId } from './deadline-scheduler';
import { type BedSchedulerOptions, deadlineTestBed, type DeadlineTestBed } from './deadline-test-bed';
import { occurrencesBetween, quarterEnds, yearly } from './recurring';
import { rows } from './sql';
import { deleteRedisPrefix } from './testing';
import { ArmInput, DeadlineEffects } from './types';

jest.setTimeout(180_000);

const prefix = `test-dl-${process.pid}-${randomBytes(3).toString('hex')}`;
let bed: DeadlineTestBed;
let ds: DataSource;
let schemaCounter = 0;

beforeAll(async () => {
  bed = await deadlineTestBed({ database: 'deadlines', prefix, pool: 30 });
  ds = bed.dataSource;
});

afterAll(() => bed?.close());

/** Effects that write one row per firing, so "exactly once" is counted in PostgreSQL. */
function effectRows(schema: string): DeadlineEffects {
  const insert = (m: EntityManager, kind: string, ref: string, due: Date | null) =>
    m.query(`INSERT INTO "${schema}".effect (kind, ref, due_at) VALUES ($1, $2, $3)`, [kind, ref, due]).then(() => undefined);
  return {
    onDeadline: (m, d) => insert(m, 'deadline', d.id, d.dueAt),
    onWarning: (m, w) => insert(m, 'warning', `${w.deadlineId}/${w.lead}`, w.warnAt),
    onRecurring: (m, o) => insert(m, 'recurring', `${o.name}/${o.occurrenceAt.toISOString()}`, o.occurrenceAt),
  };
}

/** A schema and a queue of its own per test. */
async function setup(overrides: Partial<BedSchedulerOptions> = {}, clock = new ManualClock()) {
  const schema = `dl_t${++schemaCounter}`;
  await bed.createTables(schema);
  await bed.createTables(schema); // idempotent
  await ds.query(`CREATE TABLE "${schema}".effect (n bigserial PRIMARY KEY, kind text NOT NULL, ref text NOT NULL, due_at timestamptz, at timestamptz NOT NULL DEFAULT now())`);
  const queueName = `q${schemaCounter}`;
  const make = (extra: Partial<BedSchedulerOptions> = {}) =>
    bed.scheduler({
      schema,
      queueName,
      clock,
      effects: effectRows(schema),
      reconcileIntervalMs: 0,
      ...overrides,
      ...extra,
    });
  const count = async (kind: string) => {
    const [r] = await ds.query(`SELECT count(*)::int AS n, count(DISTINCT ref)::int AS d FROM "${schema}".effect WHERE kind = $1`, [kind]);
    return r as { n: number; d: number };
  };
  return { schema, queueName, clock, make, count };
}

async function waitFor<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await probe();
  }
  return last;
}

/** Waits until the queue has nothing left to run now (delayed jobs may remain). */
async function drained(s: DeadlineScheduler): Promise<void> {
  await waitFor('queue drained', () => s.queue.getJobCounts('waiting', 'active', 'prioritized'), (c) => c.waiting + c.active + c.prioritized === 0);
}

const input = (subjectId: string, dueAt: Date, extra: Partial<ArmInput> = {}): ArmInput => ({
  kind: 'bezwaartermijn',
  subjectId,
  dueAt,
  ruleVersion: 'pao-regels-2026.1/bezwaartermijn.awb',
  ...extra,
});

describe('DeadlineScheduler against PostgreSQL and Redis', () => {
  it('arms in the caller transaction, wakes after commit, fires once at the moment (clock travel + promote)', async () => {
    const t = await setup();
    const s = t.make();
    await s.start();
    const T0 = t.clock.now().getTime();
    const { deadline } = await s.transaction((tx) => tx.arm(input('case-1', new Date(T0 + 3_600_000), { warnings: [{ minutes: 30 }] })));
    expect(deadline.state).toBe('armed');
    const job = await s.queue.getJob(deadlineJobId(deadline.id, 1));
    expect(await job?.getState()).toBe('delayed');
    expect(job?.data).toEqual({ id: deadline.id, g: 1 }); // ids only

    // Woken too early (promoted before the moment): goes back to sleep, no effect.
    await job!.promote();
    await waitFor('early job re-delayed', () => s.queue.getJobState(job!.id!), (st) => st === 'delayed');
    expect(await t.count('deadline')).toEqual({ n: 0, d: 0 });

    t.clock.advance({ minutes: 31 });
    await s.queue.promoteJobs();
    await waitFor('warning', () => t.count('warning'), (c) => c.n === 1);
    await drained(s);
    expect(await t.count('deadline')).toEqual({ n: 0, d: 0 });

    t.clock.advance({ minutes: 30 });
    await s.queue.promoteJobs();
    await waitFor('deadline fired', () => t.count('deadline'), (c) => c.n === 1);
    const fired = await s.get(deadline.id);
    expect(fired?.state).toBe('fired');
    // The legal timestamp is PostgreSQL's now(), not the job's (virtual) fire time.
    const [{ now }] = await ds.query('SELECT now() AS now');
    expect(Math.abs(fired!.firedAt!.getTime() - (now as Date).getTime())).toBeLessThan(60_000);
  });

  it('does not enqueue when the transaction rolls back', async () => {
    const t = await setup();
    const s = t.make({ worker: false });
    await expect(
      s.transaction(async (tx) => {
        await tx.arm(input('case-rollback', new Date(Date.now() + 60_000)));
        throw new Error('command failed');
      }),
    ).rejects.toThrow('command failed');
    expect(await s.queue.getJobCounts('delayed', 'waiting')).toMatchObject({ delayed: 0, waiting: 0 });
    expect(await ds.query(`SELECT * FROM "${t.schema}".deadline`)).toEqual([]);
  });

  it('Redis unreachable: a transaction answers within wakeWaitMs, its deadline armed in PostgreSQL for the reconciler', async () => {
    const t = await setup();
    // Nothing listens on port 1: BullMQ keeps the commands until a reconnect that never comes.
    const s = new DeadlineScheduler({ dataSource: ds, schema: t.schema, redis: { host: '127.0.0.1', port: 1, connectTimeout: 500 }, queueName: t.queueName, prefix, effects: effectRows(t.schema), reconcileIntervalMs: 0, worker: false, wakeWaitMs: 300 });
    try {
      const started = Date.now();
      await s.transaction((tx) => tx.arm(input('case-no-redis', new Date(Date.now() + 60_000))));
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await ds.query(`SELECT state FROM "${t.schema}".deadline WHERE subject_id = 'case-no-redis'`)).toEqual([{ state: 'armed' }]);
    } finally {
      await s.close();
    }
  });

  it('arming is idempotent per (kind, subject, moment); another moment is a conflict', async () => {
    const t = await setup();
    const s = t.make({ worker: false });
    const due = new Date(Date.now() + 60_000);
    const a = await s.transaction((tx) => tx.arm(input('case-2', due)));
    const b = await s.transaction((tx) => tx.arm(input('case-2', due)));
    expect([a.created, b.created, b.deadline.id]).toEqual([true, false, a.deadline.id]);
    await expect(s.transaction((tx) => tx.arm(input('case-2', new Date(due.getTime() + 1))))).rejects.toThrow(/reschedule/);
    await expect(s.transaction((tx) => tx.arm(input('Jan Jansen', due)))).rejects.toThrow(/ids only/);
  });

  it('a job that runs twice (or fires concurrently) has one effect', async () => {
    const t = await setup();
    const s = t.make({ concurrency: 10 });
    await s.start();
    const { deadline } = await s.transaction((tx) => tx.arm(input('case-3', new Date(t.clock.now().getTime() + 1000))));
    t.clock.advance({ seconds: 2 });
    // Duplicates of the same wake-up under other job ids (a stalled job re-run, a re-add after removal).
    await s.queue.addBulk(['dup-a', 'dup-b', 'dup-c'].map((jobId) => ({ name: 'dl', data: { id: deadline.id, g: 1 }, opts: { jobId } })));
    await s.queue.promoteJobs();
    const direct = await Promise.all(Array.from({ length: 5 }, () => s.fireDeadline(deadline.id, 1)));
    await drained(s);
    await waitFor('delayed job gone', () => s.queue.getJobCounts('delayed'), (c) => c.delayed === 0);
    expect(await t.count('deadline')).toEqual({ n: 1, d: 1 });
    expect(direct.filter((r) => r.outcome === 'fired').length).toBeLessThanOrEqual(1);
  });

  it('a deadline rescheduled 3 times fires once, at the last moment; old generations are inert', async () => {
    const t = await setup();
    const s = t.make();
    await s.start();
    const T0 = t.clock.now().getTime();
    const h = (n: number) => new Date(T0 + n * 3_600_000);
    const { deadline } = await s.transaction((tx) => tx.arm(input('case-4', h(1), { warnings: [{ minutes: 10 }] })));
    for (const n of [2, 3, 4]) {
      const r = await s.transaction((tx) => tx.reschedule(deadline.id, { dueAt: h(n), ruleVersion: `v${n}` }));
      expect(r.changed).toBe(true);
    }
    const again = await s.transaction((tx) => tx.reschedule(deadline.id, { dueAt: h(4), ruleVersion: 'v4' }));
    expect(again.changed).toBe(false); // idempotent
    expect((await s.get(deadline.id))?.generation).toBe(4);
    expect(await s.queue.getJob(deadlineJobId(deadline.id, 1))).toBeUndefined(); // superseded jobs removed

    // Even if the old jobs survived, they would be ignored: add them back, due now.
    await s.queue.addBulk([1, 2, 3].map((g) => ({ name: 'dl', data: { id: deadline.id, g }, opts: { jobId: deadlineJobId(deadline.id, g) } })));
    t.clock.set(h(3.5));
    await s.queue.promoteJobs();
    await drained(s);
    expect(await t.count('deadline')).toEqual({ n: 0, d: 0 });
    expect(await t.count('warning')).toEqual({ n: 0, d: 0 });

    t.clock.set(h(4).getTime() + 1000);
    await s.queue.promoteJobs();
    await waitFor('fired once', () => t.count('deadline'), (c) => c.n >= 1);
    await drained(s);
    expect(await t.count('deadline')).toEqual({ n: 1, d: 1 });
    const [effect] = await ds.query(`SELECT due_at FROM "${t.schema}".effect WHERE kind = 'deadline'`);
    expect((effect.due_at as Date).toISOString()).toBe(h(4).toISOString());
    expect((await s.get(deadline.id))?.ruleVersion).toBe('v4');
    expect((await s.reconcile()).fired).toBe(0);
  });

  it('cancel prevents firing, is idempotent, and a cancelled deadline cannot be rescheduled', async () => {
    const t = await setup();
    const s = t.make();
    await s.start();
    const due = new Date(t.clock.now().getTime() + 60_000);
    const { deadline } = await s.transaction((tx) => tx.arm(input('case-5', due, { warnings: [{ minutes: 1 }] })));
    const first = await s.transaction((tx) => tx.cancel(deadline.id));
    const second = await s.transaction((tx) => tx.cancel(deadline.id));
    expect([first.cancelled, second.cancelled]).toEqual([true, false]);
    expect((await s.transaction((tx) => tx.reschedule(deadline.id, { dueAt: new Date(due.getTime() + 1) }))).changed).toBe(false);
    t.clock.advance({ minutes: 5 });
    await s.queue.addBulk([1, 2].map((g) => ({ name: 'dl', data: { id: deadline.id, g }, opts: { jobId: `again-${g}` } })));
    await s.queue.promoteJobs();
    const report = await s.reconcile();
    await drained(s);
    expect(report.fired).toBe(0);
    expect(await t.count('deadline')).toEqual({ n: 0, d: 0 });
    expect(await t.count('warning')).toEqual({ n: 0, d: 0 });
    expect((await s.get(deadline.id))?.state).toBe('cancelled');
  });

  it('Redis loses everything while 10,000 deadlines are armed: after reconcile each fires exactly once', async () => {
    const t = await setup({ concurrency: 50 });
    // Adding 11,000 jobs can take longer than the default 2 s wake wait on a slow machine; this test counts them.
    const s = t.make({ wakeWaitMs: 120_000 });
    await s.start();
    const T0 = t.clock.now().getTime();
    const inputs: ArmInput[] = [];
    for (let i = 0; i < 10_000; i++) {
      const early = i % 2 === 0; // half falls due while "down", half after
      inputs.push(
        input(`case-${i}`, new Date(T0 + (early ? 3_600_000 : 3 * 3_600_000) + i), {
          kind: 'thuiszitter.vier-weken',
          ...(i % 10 === 1 ? { warnings: [{ minutes: 30 }] } : {}),
        }),
      );
    }
    const armed = await s.transaction((tx) => tx.armMany(inputs));
    expect(armed).toHaveLength(10_000);
    expect((await s.queue.getJobCounts('delayed')).delayed).toBe(11_000);

    const lost = await deleteRedisPrefix(bed.redis, `${prefix}:${t.queueName}`);
    expect(lost).toBeGreaterThan(10_000);
    expect((await s.queue.getJobCounts('delayed')).delayed).toBe(0);

    // The system comes back two hours later: 5,000 are overdue, 5,000 still ahead.
    t.clock.set(T0 + 2 * 3_600_000);
    const report = await s.reconcile();
    expect(report).toMatchObject({ skipped: false, fired: 5000, rearmed: 5000, warningsRearmed: 1000, failed: 0 });
    expect(await t.count('deadline')).toEqual({ n: 5000, d: 5000 });
    expect((await s.queue.getJobCounts('delayed')).delayed).toBe(6000);
    expect((await s.reconcile()).rearmed).toBe(0); // nothing missing any more

    // The warnings (30 minutes before) come first, then the deadlines.
    t.clock.set(T0 + 2.75 * 3_600_000);
    await s.queue.promoteJobs({ count: 10_000 });
    await waitFor('warnings fired', () => t.count('warning'), (c) => c.n >= 1000, 60_000);
    await drained(s); // the deadline jobs promoted too early went back to sleep
    expect(await t.count('deadline')).toEqual({ n: 5000, d: 5000 });
    t.clock.set(T0 + 3 * 3_600_000 + 60_000);
    await s.queue.promoteJobs({ count: 10_000 });
    await waitFor('all fired', () => t.count('deadline'), (c) => c.n >= 10_000, 120_000);
    await drained(s);
    const final = await s.reconcile();
    expect(final.fired).toBe(0);
    expect(await t.count('deadline')).toEqual({ n: 10_000, d: 10_000 });
    expect(await t.count('warning')).toEqual({ n: 1000, d: 1000 });
    const [{ armedLeft }] = await ds.query(`SELECT count(*)::int AS "armedLeft" FROM "${t.schema}".deadline WHERE state = 'armed'`);
    expect(armedLeft).toBe(0);
  });

  it('an effect that throws keeps its deadline armed and does not block the others', async () => {
    let poisoned = true;
    const t = await setup();
    const base = effectRows(t.schema);
    const s = t.make({
      batchSize: 10,
      effects: {
        onDeadline: async (m, d) => {
          if (poisoned && d.subjectId === 'poison') throw new Error('outbox rejected the event');
          await base.onDeadline(m, d);
        },
      },
    });
    const T0 = t.clock.now().getTime();
    await s.transaction((tx) => tx.armMany(Array.from({ length: 25 }, (_, i) => input(i === 7 ? 'poison' : `ok-${i}`, new Date(T0 + 1000 + i)))));
    t.clock.advance({ minutes: 1 });
    const first = await s.reconcile();
    expect(first).toMatchObject({ fired: 24, failed: 1 });
    expect(await t.count('deadline')).toEqual({ n: 24, d: 24 });
    expect((await s.findArmed(ds.manager, 'bezwaartermijn', 'poison'))?.state).toBe('armed');
    poisoned = false;
    expect(await s.reconcile()).toMatchObject({ fired: 1, failed: 0 });
    expect(await t.count('deadline')).toEqual({ n: 25, d: 25 });
  });

  it('two instances: every recurring moment fires once; a duplicated occurrence job is a no-op', async () => {
    const t = await setup({ recurring: [{ name: 'elke-seconde', pattern: '* * * * * *' }], concurrency: 5 }, new ManualClock());
    const a = t.make();
    const b = t.make();
    await Promise.all([a.start(), b.start()]);
    expect(await a.queue.getJobSchedulersCount()).toBe(1);
    await waitFor('six occurrences', () => t.count('recurring'), (c) => c.n >= 6, 30_000);
    // A re-run of an occurrence that already fired (e.g. a stalled job).
    const [{ occurrence_at }] = await ds.query(`SELECT occurrence_at FROM "${t.schema}".recurring_occurrence ORDER BY occurrence_at LIMIT 1`);
    await a.queue.addBulk(['x', 'y'].map((jobId) => ({ name: 'rc', data: { name: 'elke-seconde', at: (occurrence_at as Date).getTime() }, opts: { jobId } })));
    await drained(a);
    await a.queue.removeJobScheduler('rc-elke-seconde');
    await Promise.all([a.close(), b.close()]);
    const occurrences = await rows<{ n: number }>(ds.manager, `SELECT count(*)::int AS n FROM "${t.schema}".recurring_occurrence`);
    expect(await t.count('recurring')).toEqual({ n: occurrences[0].n, d: occurrences[0].n });
    // Occurrences are the scheduled moments (whole seconds), not the moments the jobs ran.
    const moments = await ds.query(`SELECT occurrence_at FROM "${t.schema}".recurring_occurrence`);
    expect(moments.every((r: { occurrence_at: Date }) => r.occurrence_at.getTime() % 1000 === 0)).toBe(true);
  });

  it('calendar moments follow Europe/Amsterdam, and missed occurrences are caught up once across instances', async () => {
    const clock = new ManualClock(new Date('2026-09-15T10:00:00Z'));
    const recurring = [yearly('teldatum-vo', { maand: 10, dag: 1 }), quarterEnds('kwartaaleinde'), yearly('schooljaar-start', { maand: 8, dag: 1 })];
    const t = await setup({ recurring, worker: false }, clock);
    const a = t.make();
    const b = t.make();
    await a.start();
    await b.start();
    // BullMQ's next run of the cron pattern in Europe/Amsterdam matches our own computation.
    const next = await a.queue.getJobScheduler('rc-teldatum-vo');
    const realNow = new Date();
    const expected = occurrencesBetween(recurring[0], realNow, new Date(realNow.getTime() + 400 * 86_400_000))[0];
    expect(next?.next).toBe(expected.getTime());
    expect(new Date(next!.next!).toISOString()).toMatch(/-09-30T22:00:00.000Z$/); // 1 Oct 00:00 CEST

    // The system was down from 15 September until 2 January: three occurrences were missed.
    clock.set(new Date('2027-01-02T09:00:00Z'));
    const [ra, rb] = await Promise.all([a.reconcile(), b.reconcile()]);
    expect(ra.recurringCaughtUp + rb.recurringCaughtUp).toBe(3);
    expect((await a.reconcile()).recurringCaughtUp).toBe(0);
    const got = await ds.query(`SELECT name, occurrence_date::text AS d FROM "${t.schema}".recurring_occurrence ORDER BY name, occurrence_at`);
    expect(got).toEqual([
      { name: 'kwartaaleinde', d: '2026-10-01' },
      { name: 'kwartaaleinde', d: '2027-01-01' },
      { name: 'teldatum-vo', d: '2026-10-01' },
    ]);
    expect(await t.count('recurring')).toEqual({ n: 3, d: 3 });

    // Redis loses the job schedulers: the reconciler restores them (and only then).
    await deleteRedisPrefix(bed.redis, `${prefix}:${t.queueName}`);
    expect(await a.queue.getJobScheduler('rc-teldatum-vo')).toBeUndefined();
    expect((await a.reconcile()).schedulersRestored).toBe(3);
    expect((await a.queue.getJobScheduler('rc-teldatum-vo'))?.next).toBe(expected.getTime());
    expect((await a.reconcile()).schedulersRestored).toBe(0);
    for (const m of recurring) await a.queue.removeJobScheduler(`rc-${m.name}`);
  });

  it('wires to the outbox of @pao/messaging in one line: one event per firing', async () => {
    const t = await setup();
    for (const sql of messagingTablesSql(t.schema)) await ds.query(sql);
    const s = t.make({
      effects: {
        onDeadline: (m, d) =>
          appendToOutbox(m, t.schema, [
            createEvent('nl.passend-onderwijs.toeleiding.termijn-verstreken.v1', {
              id: deterministicUuid(`deadline:${d.id}:${d.generation}`),
              subject: d.subjectId,
              swv: 'VO',
              correlationid: deterministicUuid(`deadline:${d.id}`),
              data: { termijnId: d.id, soort: d.kind, onderwerpId: d.subjectId, vervaltOp: '2026-10-13', regelVersie: d.ruleVersion },
            }),
          ]),
      },
    });
    await s.start();
    const subject = '6a1d3e5f-7b9c-4d2e-8f10-2a4c6e8b0d13';
    const { deadline } = await s.transaction((tx) => tx.arm(input(subject, new Date(t.clock.now().getTime() + 1000))));
    t.clock.advance({ seconds: 5 });
    await s.queue.add('dl', { id: deadline.id, g: 1 }, { jobId: 'dup' });
    await s.queue.promoteJobs();
    await waitFor('fired', async () => (await s.get(deadline.id))?.state, (st) => st === 'fired');
    await drained(s);
    expect((await s.reconcile()).fired).toBe(0);
    const outbox = await ds.query(`SELECT type, aggregate_id FROM "${t.schema}".outbox`);
    expect(outbox).toEqual([{ type: 'nl.passend-onderwijs.toeleiding.termijn-verstreken.v1', aggregate_id: subject }]);
  });
});
