// Deadlines fired in one batch (ZaakTermijnEffecten.onDeadlines, the pipeline's pasToeVeel)
// write exactly what firing them one by one writes: the same case states and projection,
// the same events per case in the same order, the same audit entries, the same deadlines
// armed, moved and cancelled. Two copies of one database (the demo data, eight months on)
// are swept by the engine: one deadline per transaction, and batches of 1000.
import { ManualClock, deleteRedisPrefixAt } from '@pao/deadlines';
import { runMigrations } from '@pao/platform';
import { createTestDatabase, localServers, testLeerlingSleutels, type TestDatabase } from '@pao/testing';
import { DataSource } from 'typeorm';
import { seedToeleidingDemo } from '../src/demo/demo-data';
import { toeleidingPersistence } from '../src/persistence/persistence';
import { bouwToeleiding } from '../src/runtime';

jest.setTimeout(300_000);

const SEED = new Date('2026-11-23T08:00:00Z');
/** After the TLVs that end on 31 July: tlv-einde (verlopen), evaluations, re-assessments, nazendtermijnen fall due. */
const LATER = new Date('2027-08-02T08:00:00Z');

interface Uitkomst {
  zaken: unknown[];
  events: unknown[];
  audit: unknown[];
  termijnen: unknown[];
  waarschuwingen: unknown[];
  gevuurd: number;
  transacties: number;
}

/** What a firing leaves behind, without what differs by nature (row ids and timestamps, random event ids). */
async function uitkomst(ds: DataSource, sinds: Date): Promise<Uitkomst> {
  const q = (sql: string) => ds.query(sql) as Promise<unknown[]>;
  // A firing transaction stamps its deadlines with its own now().
  const [{ gevuurd, transacties }] = await ds.query(
    `SELECT count(*)::int AS gevuurd, count(DISTINCT fired_at)::int AS transacties FROM toeleiding.deadline WHERE state = 'fired' AND fired_at >= $1`,
    [sinds],
  );
  // A deadline armed during a sweep has a fresh id: named by what it is instead.
  const namen = new Map(
    ((await q(`SELECT id, subject_id, kind, due_at FROM toeleiding.deadline`)) as Array<{ id: string; subject_id: string; kind: string; due_at: Date }>).map((r) => [
      r.id,
      `${r.subject_id}/${r.kind}/${r.due_at.toISOString()}`,
    ]),
  );
  const benoemd = async (sql: string) => JSON.parse(JSON.stringify(await q(sql)).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => namen.get(id) ?? id)) as unknown[];
  return {
    zaken: await q(`SELECT to_jsonb(a) - 'bijgewerkt_op' AS rij FROM toeleiding.aanvraag a ORDER BY id`),
    // Per case in outbox order: the relay publishes a case's events in that order.
    events: await benoemd(
      `SELECT aggregate_id, type, payload - 'id' - 'time' AS payload FROM toeleiding.outbox ORDER BY aggregate_id, position`,
    ),
    audit: await benoemd(
      `SELECT object_type, object_id, swv, actor_id, rol, organisatie, actie, oud, nieuw, reden, correlation_id
         FROM toeleiding.audit_trail ORDER BY object_id, id`,
    ),
    termijnen: await q(
      `SELECT subject_id, kind, due_at, rule_version, state, generation, warnings FROM toeleiding.deadline ORDER BY subject_id, kind, due_at, state, generation`,
    ),
    waarschuwingen: await q(
      `SELECT d.subject_id, d.kind, w.lead, w.due_at, w.state, w.generation FROM toeleiding.deadline_warning w JOIN toeleiding.deadline d ON d.id = w.deadline_id
        ORDER BY d.subject_id, d.kind, w.generation, w.lead, w.state`,
    ),
    gevuurd,
    transacties,
  };
}

describe('deadlines fired in batches write what firing them one by one writes (real PostgreSQL and Redis)', () => {
  const dbs: TestDatabase[] = [];
  const prefix = `test-tb-${process.pid}-${Date.now()}`;

  afterAll(async () => {
    await deleteRedisPrefixAt(localServers.redisUrl, prefix);
    for (const db of dbs) await db.drop();
  });

  async function verbind(db: TestDatabase): Promise<DataSource> {
    const ds = new DataSource({ type: 'postgres', url: db.url, extra: { max: 4 } });
    return ds.initialize();
  }

  /** Sweeps what is due at LATER with `batch` deadlines per transaction. */
  async function veeg(template: string, batch: number): Promise<Uitkomst> {
    const db = await createTestDatabase(`toeleiding_tb${batch}`, template);
    dbs.push(db);
    const ds = await verbind(db);
    try {
      const rt = bouwToeleiding({
        dataSource: ds,
        redisUrl: localServers.redisUrl,
        redisPrefix: `${prefix}-${batch}`,
        leerlingGeheim: testLeerlingSleutels,
        klok: new ManualClock(LATER),
        worker: false,
        reconcileIntervalMs: 0,
        vuren: { batchSize: batch },
      });
      const [{ sinds }] = await ds.query(`SELECT now() AS sinds`);
      // Until nothing is due: a sweep stops after a batch that was not full, and deadlines a
      // firing armed (already due) are for the next one.
      for (let i = 0; ; i++) {
        const rapport = await rt.scheduler.reconcile();
        expect(rapport.failed).toBe(0);
        if (rapport.fired === 0) break;
        if (i > 20) throw new Error('the sweeps do not end');
      }
      await rt.scheduler.close();
      return await uitkomst(ds, sinds);
    } finally {
      await ds.destroy();
    }
  }

  it('the same states, projection, events, audit entries and deadlines', async () => {
    const basis = await createTestDatabase('toeleiding_tb_basis');
    dbs.push(basis);
    await runMigrations(basis.url, toeleidingPersistence);
    const ds = await verbind(basis);
    try {
      await seedToeleidingDemo({ dataSource: ds, redisUrl: localServers.redisUrl, redisPrefix: `${prefix}-basis`, leerlingGeheim: testLeerlingSleutels, nu: SEED, rondes: 1 });
      // One due deadline per case: with two, one by one lets the first one's command move or
      // cancel the second before it fires, a batch has marked both fired already (ADR 0032). The
      // others are cancelled here; a case that still declares one arms it again when the first
      // fires, and it fires after it in both sweeps.
      await ds.query(
        `UPDATE toeleiding.deadline SET state = 'cancelled', cancelled_at = now(), updated_at = now()
          WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY subject_id ORDER BY due_at, id) AS n
                                         FROM toeleiding.deadline WHERE state = 'armed' AND due_at <= $1) x WHERE n > 1)`,
        [LATER],
      );
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM toeleiding.deadline WHERE state = 'armed' AND due_at <= $1`, [LATER]);
      expect(n).toBeGreaterThanOrEqual(20);
    } finally {
      await ds.destroy();
    }

    const eenVoorEen = await veeg(basis.name, 1);
    const inBatches = await veeg(basis.name, 1000);

    // The sweeps did something worth comparing, and the second in far fewer transactions.
    expect(eenVoorEen.gevuurd).toBeGreaterThanOrEqual(20);
    expect(inBatches.gevuurd).toBe(eenVoorEen.gevuurd);
    expect(eenVoorEen.transacties).toBe(eenVoorEen.gevuurd);
    expect(inBatches.transacties).toBeLessThan(eenVoorEen.transacties / 4);
    const acties = (u: Uitkomst) => new Set(u.audit.map((a) => `${(a as { rol: string }).rol}:${(a as { actie: string }).actie}`));
    expect([...acties(inBatches)]).toEqual(expect.arrayContaining(['systeem:verlopen', 'systeem:onherroepelijkVerklaren']));
    expect(inBatches.events.some((e) => (e as { type: string }).type === 'nl.passend-onderwijs.toeleiding.termijn-verstreken.v1')).toBe(true);

    expect(inBatches.zaken).toEqual(eenVoorEen.zaken);
    expect(inBatches.events).toEqual(eenVoorEen.events);
    expect(inBatches.audit).toEqual(eenVoorEen.audit);
    expect(inBatches.termijnen).toEqual(eenVoorEen.termijnen);
    expect(inBatches.waarschuwingen).toEqual(eenVoorEen.waarschuwingen);
  });
});
