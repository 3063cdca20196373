import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ManualClock } from './clock';
import { deadlineJobId, warningJobId } from './deadline-scheduler';
import { deadlineTestBed, type DeadlineTestBed } from './deadline-test-bed';
import { ArmInput, DeadlineConflictError } from './types';

jest.setTimeout(120_000);

const prefix = `test-dlb-${process.pid}-${randomBytes(3).toString('hex')}`;
let bed: DeadlineTestBed;
let ds: DataSource;
let counter = 0;

beforeAll(async () => {
  bed = await deadlineTestBed({ database: 'deadlines_bulk', prefix, pool: 20 });
  ds = bed.dataSource;
});

afterAll(() => bed?.close());

/** A schema, a queue and a clock of their own; the effect writes one row per firing so "once" is counted in PostgreSQL. */
async function setup() {
  const schema = `dlb_t${++counter}`;
  await bed.createTables(schema);
  await ds.query(`CREATE TABLE "${schema}".effect (kind text NOT NULL, ref text NOT NULL, due_at timestamptz NOT NULL)`);
  const clock = new ManualClock();
  const insert = (m: EntityManager, kind: string, ref: string, due: Date) =>
    m.query(`INSERT INTO "${schema}".effect (kind, ref, due_at) VALUES ($1, $2, $3)`, [kind, ref, due]).then(() => undefined);
  const s = bed.scheduler({
    schema,
    queueName: `qb${counter}`,
    clock,
    reconcileIntervalMs: 0,
    worker: false,
    effects: {
      onDeadline: (m, d) => insert(m, 'deadline', d.id, d.dueAt),
      onWarning: (m, w) => insert(m, 'warning', `${w.deadlineId}/${w.lead}`, w.warnAt),
    },
  });
  await s.start();
  const effects = async (kind: string) =>
    (await ds.query(`SELECT count(*)::int AS n, count(DISTINCT ref)::int AS d FROM "${schema}".effect WHERE kind = $1`, [kind]))[0] as { n: number; d: number };
  const states = async () =>
    Object.fromEntries(
      ((await ds.query(`SELECT state, count(*)::int AS n FROM "${schema}".deadline GROUP BY state`)) as Array<{ state: string; n: number }>).map((r) => [r.state, r.n]),
    );
  const jobExists = async (jobId: string) => (await bed.redis.exists(s.queue.toKey(jobId))) === 1;
  return { schema, clock, s, effects, states, jobExists, T0: clock.now().getTime() };
}

/** Runs `fn` in a transaction whose manager counts the statements sent through it. */
async function counted<T>(fn: (m: EntityManager) => Promise<T>): Promise<{ result: T; statements: number }> {
  let statements = 0;
  const result = await ds.transaction((m) => {
    const counting = new Proxy(m, {
      get: (target, key, receiver) =>
        key === 'query'
          ? (...args: Parameters<EntityManager['query']>) => {
              statements++;
              return target.query(...args);
            }
          : Reflect.get(target, key, receiver),
    });
    return fn(counting);
  });
  return { result, statements };
}

const input = (subjectId: string, dueAt: Date, extra: Partial<ArmInput> = {}): ArmInput => ({
  kind: 'thuiszitter.vier-weken',
  subjectId,
  dueAt,
  ruleVersion: 'pao-regels-2026.1/thuiszitter',
  ...extra,
});

describe('bulk deadline operations against PostgreSQL and Redis', () => {
  it('armMany: the same statements for 1 or 500 deadlines, one result per input, one addBulk after commit; each fires once', async () => {
    const t = await setup();
    const hour = (n: number) => new Date(t.T0 + n * 3_600_000);
    const one = await counted((m) => t.s.armMany(m, [input('solo', hour(2), { warnings: [{ minutes: 30 }] })]));
    const inputs = Array.from({ length: 500 }, (_, i) => input(`case-${i}`, hour(2), i % 5 === 0 ? { warnings: [{ minutes: 30 }, { minutes: 10 }] } : {}));
    const many = await counted((m) => t.s.armMany(m, inputs));
    expect(many.statements).toBe(one.statements); // deadlines in one INSERT, their warnings in another
    expect(many.statements).toBe(2);
    expect(many.result.map((r) => [r.deadline.subjectId, r.created])).toEqual(inputs.map((i) => [i.subjectId, true]));
    expect(many.result[0].wakeUp.add.map((j) => j.jobId)).toEqual([
      deadlineJobId(many.result[0].deadline.id, 1),
      warningJobId(many.result[0].deadline.id, 1, 'PT30M'),
      warningJobId(many.result[0].deadline.id, 1, 'PT10M'),
    ]);

    const addBulk = jest.spyOn(t.s.queue, 'addBulk');
    await t.s.wake(one.result[0], ...many.result);
    expect(addBulk).toHaveBeenCalledTimes(1); // 501 deadline jobs and 201 warning jobs
    expect((await t.s.queue.getJobCounts('delayed')).delayed).toBe(702);
    addBulk.mockRestore();

    t.clock.set(hour(2).getTime() - 20 * 60_000);
    expect(await t.s.reconcile()).toMatchObject({ warningsFired: 101, fired: 0 });
    t.clock.set(hour(2).getTime() + 1000);
    expect(await t.s.reconcile()).toMatchObject({ fired: 501, warningsFired: 0 });
    expect(await t.effects('deadline')).toEqual({ n: 501, d: 501 });
    // The 10-minute warnings were not yet due at the first round: skipped when their deadline fired.
    expect(await t.effects('warning')).toEqual({ n: 101, d: 101 });
  });

  it('armMany is arm per input: an identical armed deadline is kept, a repeat in the call too, another moment is a conflict and nothing of the call stays', async () => {
    const t = await setup();
    const due = new Date(t.T0 + 3_600_000);
    const [first] = await t.s.transaction((tx) => tx.armMany([input('a', due, { warnings: [{ minutes: 5 }] })]));
    const again = await t.s.transaction((tx) => tx.armMany([input('b', due), input('a', due), input('b', due), input('c', due)]));
    expect(again.map((r) => [r.deadline.subjectId, r.created])).toEqual([
      ['b', true],
      ['a', false],
      ['b', false],
      ['c', true],
    ]);
    expect(again[1].deadline.id).toBe(first.deadline.id);
    // The kept deadline answers the jobs it has (re-adding them is harmless: job ids deduplicate).
    expect(again[1].wakeUp.add.map((j) => j.jobId).sort()).toEqual([deadlineJobId(first.deadline.id, 1), warningJobId(first.deadline.id, 1, 'PT5M')].sort());
    expect(again[2].wakeUp).toEqual({ add: [], remove: [] });
    expect(again[2].deadline.id).toBe(again[0].deadline.id);

    const before = await t.s.queue.getJobCounts('delayed');
    const conflict = t.s.transaction((tx) => tx.armMany([input('d', due), input('a', new Date(due.getTime() + 1))]));
    await expect(conflict).rejects.toBeInstanceOf(DeadlineConflictError);
    await expect(t.s.transaction((tx) => tx.armMany([input('e', due), input('e', new Date(due.getTime() + 1))]))).rejects.toThrow(/reschedule/);
    expect(await t.s.findArmed(ds.manager, 'thuiszitter.vier-weken', 'd')).toBeUndefined();
    expect(await t.s.findArmed(ds.manager, 'thuiszitter.vier-weken', 'e')).toBeUndefined();
    expect(await t.s.queue.getJobCounts('delayed')).toEqual(before);
    expect(await t.states()).toEqual({ armed: 3 });
    await expect(t.s.transaction((tx) => tx.armMany([input('ok', due), input('Jan Jansen', due)]))).rejects.toThrow(/ids only/);
    expect(await t.states()).toEqual({ armed: 3 });
  });

  it('rescheduleMany: constant statements, moves only what changed, old generations inert, each fires once at its new moment', async () => {
    const t = await setup();
    const hour = (n: number) => new Date(t.T0 + n * 3_600_000);
    const armed = await t.s.transaction((tx) => tx.armMany(Array.from({ length: 300 }, (_, i) => input(`case-${i}`, hour(1), { warnings: [{ minutes: 30 }] }))));
    const ids = armed.map((r) => r.deadline.id);
    await t.s.transaction((tx) => tx.cancel(ids[299]));

    const changes = [
      ...ids.slice(0, 200).map((id) => ({ id, dueAt: hour(3), ruleVersion: 'v2' })), // moved, warnings kept
      ...ids.slice(200, 250).map((id) => ({ id, dueAt: hour(1) })), // the same: unchanged
      { id: ids[299], dueAt: hour(3) }, // cancelled: unchanged
    ];
    const one = await counted((m) => t.s.rescheduleMany(m, [{ id: ids[250], dueAt: hour(2) }]));
    const many = await counted((m) => t.s.rescheduleMany(m, changes));
    expect(one.statements).toBe(3); // lock, move (warnings superseded in the same statement), new warnings
    expect(many.statements).toBe(4); // and one read of the unchanged ones' jobs
    expect(many.result.map((r) => r.changed)).toEqual(changes.map((_, i) => i < 200));
    expect(many.result[0].deadline).toMatchObject({ generation: 2, ruleVersion: 'v2', dueAt: hour(3), warnings: [{ minutes: 30 }] });
    expect(many.result[0].wakeUp.remove).toEqual([deadlineJobId(ids[0], 1), warningJobId(ids[0], 1, 'PT30M')]);
    expect(many.result[0].wakeUp.add.map((j) => j.jobId)).toEqual([deadlineJobId(ids[0], 2), warningJobId(ids[0], 2, 'PT30M')]);
    expect(many.result[250].deadline.state).toBe('cancelled');
    await t.s.wake(one.result[0], ...many.result);
    expect(await t.jobExists(deadlineJobId(ids[0], 1))).toBe(false);
    expect(await t.jobExists(warningJobId(ids[0], 1, 'PT30M'))).toBe(false);
    expect(await t.jobExists(deadlineJobId(ids[0], 2))).toBe(true);
    expect(await t.jobExists(deadlineJobId(ids[200], 1))).toBe(true);

    await expect(t.s.transaction((tx) => tx.rescheduleMany([{ id: ids[0], dueAt: hour(4) }, { id: ids[0], dueAt: hour(5) }]))).rejects.toThrow(RangeError);
    await expect(t.s.transaction((tx) => tx.rescheduleMany([{ id: ids[1], dueAt: hour(4) }, { id: randomUUID(), dueAt: hour(4) }]))).rejects.toThrow(/no deadline/);
    expect((await t.s.get(ids[1]))?.generation).toBe(2); // the failed call changed nothing

    // At the old moment only the unmoved ones fire (and their warnings before them).
    t.clock.set(hour(1).getTime() + 1000);
    expect(await t.s.reconcile()).toMatchObject({ fired: 98, warningsFired: 0 }); // ids 200..298
    t.clock.set(hour(2).getTime() + 1000);
    expect(await t.s.reconcile()).toMatchObject({ fired: 1 }); // ids[250], moved alone
    t.clock.set(hour(3).getTime() - 20 * 60_000);
    expect(await t.s.reconcile()).toMatchObject({ fired: 0, warningsFired: 200 });
    t.clock.set(hour(3).getTime() + 1000);
    expect(await t.s.reconcile()).toMatchObject({ fired: 200 });
    expect(await t.effects('deadline')).toEqual({ n: 299, d: 299 });
    expect(await t.states()).toEqual({ fired: 299, cancelled: 1 });
    const [{ late }] = await ds.query(`SELECT count(*)::int AS late FROM "${t.schema}".effect WHERE kind = 'deadline' AND due_at = $1`, [hour(3)]);
    expect(late).toBe(200);
  });

  it('cancelMany: two statements, one result per id (unknown, repeated, fired), jobs removed, nothing of a cancelled one fires', async () => {
    const t = await setup();
    const due = new Date(t.T0 + 3_600_000);
    const armed = await t.s.transaction((tx) => tx.armMany(Array.from({ length: 100 }, (_, i) => input(`case-${i}`, due, { warnings: [{ minutes: 30 }] }))));
    const ids = armed.map((r) => r.deadline.id);
    const early = await t.s.transaction((tx) => tx.arm(input('early', new Date(t.T0 + 1000))));
    t.clock.advance({ seconds: 2 });
    expect((await t.s.reconcile()).fired).toBe(1);

    const unknown = randomUUID();
    const asked = [...ids.slice(0, 60), unknown, ids[0], early.deadline.id];
    const { result, statements } = await counted((m) => t.s.cancelMany(m, asked));
    expect(statements).toBe(2);
    expect(result.map((r) => r.cancelled)).toEqual(asked.map((_, i) => i < 60));
    expect(result[0].deadline).toMatchObject({ state: 'cancelled', generation: 2 });
    expect(result[0].wakeUp.remove).toEqual([deadlineJobId(ids[0], 1), warningJobId(ids[0], 1, 'PT30M')]);
    expect(result[60]).toEqual({ cancelled: false, wakeUp: { add: [], remove: [] } });
    expect(result[61].deadline?.state).toBe('cancelled');
    expect(result[62].deadline?.state).toBe('fired');
    await t.s.wake(...result);
    expect(await t.jobExists(deadlineJobId(ids[0], 1))).toBe(false);
    expect(await t.jobExists(warningJobId(ids[0], 1, 'PT30M'))).toBe(false);
    expect(await t.jobExists(deadlineJobId(ids[60], 1))).toBe(true);
    expect((await t.s.transaction((tx) => tx.cancelMany(ids.slice(0, 60)))).some((r) => r.cancelled)).toBe(false); // idempotent

    // An old job that survived anyway is inert.
    t.clock.set(due.getTime() + 1000);
    for (const id of ids.slice(0, 3)) expect(await t.s.wakeDeadline(id, 1)).toEqual({ outcome: 'stale' });
    expect(await t.s.reconcile()).toMatchObject({ fired: 40, warningsFired: 0 });
    expect(await t.effects('deadline')).toEqual({ n: 41, d: 41 });
    expect(await t.effects('warning')).toEqual({ n: 0, d: 0 });
  });

  it('bulk changes of overlapping deadlines in opposite orders do not deadlock, and each deadline is cancelled once', async () => {
    const t = await setup();
    const armed = await t.s.transaction((tx) => tx.armMany(Array.from({ length: 200 }, (_, i) => input(`case-${i}`, new Date(t.T0 + 3_600_000 + i)))));
    const ids = armed.map((r) => r.deadline.id);
    const moveAll = (order: string[]) => t.s.transaction((tx) => tx.rescheduleMany(order.map((id) => ({ id, dueAt: new Date(t.T0 + 7_200_000) }))));
    const cancelAll = (order: string[]) => t.s.transaction((tx) => tx.cancelMany(order));
    const [a, b, c] = await Promise.all([moveAll(ids), cancelAll([...ids].reverse()), cancelAll(ids)]);
    const cancelledOnce = ids.map((_, i) => Number(b[ids.length - 1 - i].cancelled) + Number(c[i].cancelled));
    expect(cancelledOnce.every((n) => n === 1)).toBe(true);
    expect(a.every((r) => r.changed) || a.every((r) => !r.changed)).toBe(true);
    expect(await t.states()).toEqual({ cancelled: 200 });
    // A wake-up of the move may still have landed after the cancel removed it: inert.
    t.clock.advance({ hours: 3 });
    expect((await t.s.reconcile()).fired).toBe(0);
    for (const id of ids.slice(0, 5)) expect(await t.s.wakeDeadline(id, 2)).toEqual({ outcome: 'stale' });
  });

  it('a bulk change in a transaction that rolls back leaves rows and Redis as they were', async () => {
    const t = await setup();
    const armed = await t.s.transaction((tx) => tx.armMany(Array.from({ length: 20 }, (_, i) => input(`case-${i}`, new Date(t.T0 + 3_600_000)))));
    const ids = armed.map((r) => r.deadline.id);
    const jobs = await t.s.queue.getJobCounts('delayed');
    await expect(
      t.s.transaction(async (tx) => {
        await tx.armMany([input('new-1', new Date(t.T0 + 60_000)), input('new-2', new Date(t.T0 + 60_000))]);
        await tx.rescheduleMany(ids.slice(0, 10).map((id) => ({ id, dueAt: new Date(t.T0 + 7_200_000) })));
        await tx.cancelMany(ids.slice(10));
        throw new Error('command failed');
      }),
    ).rejects.toThrow('command failed');
    expect(await t.states()).toEqual({ armed: 20 });
    expect((await t.s.get(ids[0]))?.generation).toBe(1);
    expect(await t.s.queue.getJobCounts('delayed')).toEqual(jobs);
  });
});
