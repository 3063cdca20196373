import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ManualClock } from './clock';
import { DeadlineScheduler } from './deadline-scheduler';
import { type BedSchedulerOptions, deadlineTestBed, type DeadlineTestBed } from './deadline-test-bed';
import { ArmInput, DeadlineEffects, FiredDeadline } from './types';

// A burst: many deadlines due at the same moment are fired in batches per transaction
// (a woken worker drains them), each exactly once, also with two instances at it; a batch
// that fails is fired one by one, so one failing effect keeps only its own deadline armed.

jest.setTimeout(180_000);

const prefix = `test-dlb-${process.pid}-${randomBytes(3).toString('hex')}`;
let bed: DeadlineTestBed;
let ds: DataSource;
let n = 0;

beforeAll(async () => {
  bed = await deadlineTestBed({ database: 'deadline_burst', prefix, pool: 40 });
  ds = bed.dataSource;
});

afterAll(() => bed?.close());

async function setup() {
  const schema = `dlb_t${++n}`;
  await bed.createTables(schema);
  // No unique key: a second effect would show. `tx` tells the firing transactions apart.
  await ds.query(`CREATE TABLE "${schema}".effect (ref uuid NOT NULL, tx bigint NOT NULL DEFAULT txid_current())`);
  const clock = new ManualClock();
  const insert = (m: EntityManager, ds: readonly FiredDeadline[]) =>
    m.query(`INSERT INTO "${schema}".effect (ref) SELECT unnest($1::uuid[])`, [ds.map((d) => d.id)]).then(() => undefined);
  const calls = { single: 0, batch: 0 };
  const effects: DeadlineEffects = {
    onDeadline: (m, d) => (calls.single++, insert(m, [d])),
    onDeadlines: (m, all) => (calls.batch++, insert(m, all)),
  };
  const make = (extra: Partial<BedSchedulerOptions> = {}) => bed.scheduler({ schema, queueName: schema, clock, effects, reconcileIntervalMs: 0, ...extra });
  const count = async () => {
    const [r] = await ds.query(`SELECT count(*)::int AS n, count(DISTINCT ref)::int AS d, count(DISTINCT tx)::int AS tx FROM "${schema}".effect`);
    return r as { n: number; d: number; tx: number };
  };
  const armedLeft = async () => (await ds.query(`SELECT count(*)::int AS n FROM "${schema}".deadline WHERE state = 'armed'`))[0].n as number;
  return { schema, clock, make, count, armedLeft, calls };
}

async function waitFor<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await probe();
  }
  return last;
}

async function drained(s: DeadlineScheduler): Promise<void> {
  await waitFor('queue drained', () => s.queue.getJobCounts('waiting', 'active', 'prioritized'), (c) => c.waiting + c.active + c.prioritized === 0);
}

const input = (subjectId: string, dueAt: Date): ArmInput => ({ kind: 'bezwaartermijn', subjectId, dueAt, ruleVersion: 'pao-regels-2026.1/bezwaartermijn.awb' });

describe('a burst of deadlines due at the same moment', () => {
  it('is fired in batches by two instances, each deadline exactly once, its other jobs answered without firing again', async () => {
    const t = await setup();
    const options = { concurrency: 20, fireBatch: 50, drainBatch: 400, concurrentFirings: 2, wakeWaitMs: 60_000 };
    const [a, b] = [t.make(options), t.make(options)];
    await Promise.all([a.start(), b.start()]);
    const at = new Date(t.clock.now().getTime() + 1000);
    const N = 4000;
    for (let i = 0; i < N; i += 1000) await a.transaction((tx) => tx.armMany(Array.from({ length: 1000 }, (_, k) => input(`case-${i + k}`, at))));
    t.clock.advance({ seconds: 2 });
    await a.queue.promoteJobs({ count: N });
    await waitFor('all fired', t.count, (c) => c.n >= N);
    await Promise.all([drained(a), drained(b)]);

    const c = await t.count();
    expect(c.n).toBe(N);
    expect(c.d).toBe(N);
    // In batches: at most N / 20 transactions (one each would be 4,000), the effects of a
    // batch in one onDeadlines call.
    expect(c.tx).toBeLessThanOrEqual(N / 20);
    expect(t.calls.batch).toBeGreaterThan(0);
    expect(t.calls.batch + t.calls.single).toBe(c.tx);
    expect(await t.armedLeft()).toBe(0);
    // Running a job again (a duplicate, a stalled job) fires nothing: fired is final.
    const [any] = await ds.query(`SELECT id FROM "${t.schema}".deadline LIMIT 1`);
    expect(await a.wakeDeadline(any.id, 1)).toEqual({ outcome: 'stale' });
    expect(await b.fireDeadline(any.id, 1)).toEqual({ outcome: 'stale' });
    expect((await a.reconcile()).fired).toBe(0);
    expect((await t.count()).n).toBe(N);
  });

  it("takes a subject's other due deadlines into the same batch: a batch's limit does not split a subject's terms", async () => {
    const t = await setup();
    // One firing at a time: two claims at the same instant may still split a pair (each skips
    // the row the other just locked); their effects' deadlock is then retried.
    const s = t.make({ concurrency: 20, fireBatch: 7, drainBatch: 13, concurrentFirings: 1, wakeWaitMs: 60_000 });
    await s.start();
    const at = new Date(t.clock.now().getTime() + 1000);
    const N = 300;
    // Every subject has two deadlines due at the same moment: a batch's limit would split some pairs.
    await s.transaction((tx) =>
      tx.armMany([
        ...Array.from({ length: N }, (_, i) => input(`case-${i}`, at)),
        ...Array.from({ length: N }, (_, i): ArmInput => ({ ...input(`case-${i}`, at), kind: 'evaluatie' })),
      ]),
    );
    t.clock.advance({ seconds: 2 });
    await s.queue.promoteJobs({ count: 2 * N });
    await waitFor('all fired', t.count, (c) => c.n >= 2 * N);
    await drained(s);

    expect(await t.count()).toMatchObject({ n: 2 * N, d: 2 * N });
    const gedeeld = await ds.query(
      `SELECT d.subject_id FROM "${t.schema}".effect e JOIN "${t.schema}".deadline d ON d.id = e.ref GROUP BY 1 HAVING count(DISTINCT e.tx) > 1`,
    );
    expect(gedeeld).toEqual([]);
  });

  it('a failing batch is fired one by one: only the failing deadline stays armed, the others fire once, it fires once later', async () => {
    const t = await setup();
    let poisoned = true;
    const warnings: string[] = [];
    const fails = (d: FiredDeadline) => poisoned && d.subjectId === 'poison';
    const s = t.make({
      concurrency: 10,
      fireBatch: 50,
      drainBatch: 200,
      concurrentFirings: 1,
      jobAttempts: 1,
      logger: { info: () => undefined, warn: (_o, msg) => void warnings.push(String(msg)), error: (_o, msg) => void warnings.push(String(msg)) },
      effects: {
        // One bad event makes the whole append fail, as a rejected outbox insert would.
        onDeadline: async (m, d) => {
          if (fails(d)) throw new Error('outbox rejected the event');
          await m.query(`INSERT INTO "${t.schema}".effect (ref) VALUES ($1)`, [d.id]);
        },
        onDeadlines: async (m, all) => {
          if (all.some(fails)) throw new Error('outbox rejected the event');
          await m.query(`INSERT INTO "${t.schema}".effect (ref) SELECT unnest($1::uuid[])`, [all.map((d) => d.id)]);
        },
      },
    });
    await s.start();
    const at = new Date(t.clock.now().getTime() + 1000);
    const N = 800;
    await s.transaction((tx) => tx.armMany(Array.from({ length: N }, (_, i) => input(i === 3 ? 'poison' : `case-${i}`, at))));
    t.clock.advance({ seconds: 2 });
    await s.queue.promoteJobs({ count: N });
    await waitFor('all but the failing one fired', t.count, (c) => c.n >= N - 1);
    await drained(s);

    expect(await t.count()).toMatchObject({ n: N - 1, d: N - 1 });
    expect(await t.armedLeft()).toBe(1);
    expect((await s.findArmed(ds.manager, 'bezwaartermijn', 'poison'))?.state).toBe('armed');
    expect(warnings.some((w) => /one by one/.test(w))).toBe(true);
    // Most still went in batches: the fallback covers the batches that held the failing one.
    expect((await t.count()).tx).toBeLessThan(N / 2);

    poisoned = false;
    expect(await s.reconcile()).toMatchObject({ fired: 1, failed: 0 });
    expect(await t.count()).toMatchObject({ n: N, d: N });
    expect(await t.armedLeft()).toBe(0);
  });
});
