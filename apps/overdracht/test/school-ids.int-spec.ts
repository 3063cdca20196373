import { deterministicUuid } from '@pao/contracts';
import { scholenRegister } from '@pao/swv';
import { migratedTestDatabase, type MigratedTestDatabase } from '@pao/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { migrateAll } from '../../../scripts/migrate';
import { SchoolIdsUitRegister1765000200000 } from '../src/persistence/migrations/1765000200000-school-ids-uit-register';

jest.setTimeout(60_000);

/** The ids this service gave its schools before the shared school register (ADR 0034). */
const oudId = (brin: string) => deterministicUuid(`overdracht/school/${brin}`);

describe('migration: overdracht\'s school ids become the shared register\'s', () => {
  let db: MigratedTestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await migratedTestDatabase('overdracht_school_ids', { migrations: migrateAll });
    ds = db.dataSource;
  });
  afterAll(() => db?.close());

  it('moves every stored reference (register, cohort, case columns and state) to the register\'s id; MBO too', async () => {
    const scholen = [
      { brin: 'DEMO01', swv: 'PO', soort: 'po' },
      { brin: '16AW00', swv: 'VO', soort: 'vo' },
      { brin: 'DEMOM1', swv: null, soort: 'mbo' },
    ];
    for (const s of scholen) await ds.query(`INSERT INTO overdracht.school (id, brin, naam, soort, swv) VALUES ($1, $2, 'x', $3, $4)`, [oudId(s.brin), s.brin, s.soort, s.swv]);
    const cohort = randomUUID();
    await ds.query(`INSERT INTO overdracht.cohort (id, swv, schooljaar, verzendende_school_id) VALUES ($1, 'PO', '2025-2026', $2)`, [cohort, oudId('DEMO01')]);
    const leerling = randomUUID();
    await ds.query(`INSERT INTO overdracht.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente) VALUES ($1, 'PO', 'bsn', 'h', 'v', '***', 'GM0034')`, [leerling]);
    const zaak = randomUUID();
    const state = { id: zaak, verzendendeSchoolId: oudId('DEMO01'), plaatsing: { schoolId: oudId('16AW00') }, aanmeldingen: [{ schoolId: oudId('16AW00') }, { schoolId: oudId('DEMOM1') }] };
    await ds.query(
      `INSERT INTO overdracht.overdracht (id, swv, versie, formaat, state, cohort_id, leerling_id, schooljaar, route, status, open, verzendende_school_id, ontvangende_school_id, regie, afwijzingen, kwetsbaar, voorzieningen_open, escalaties, termijn_sleutels)
       VALUES ($1, 'PO', 1, 1, $2, $3, $4, '2025-2026', 'po-vo', 'geplaatst', true, $5, $6, 'school', 0, false, 0, 0, '{}')`,
      [zaak, JSON.stringify(state), cohort, leerling, oudId('DEMO01'), oudId('16AW00')],
    );

    const q = ds.createQueryRunner();
    await new SchoolIdsUitRegister1765000200000().up(q);
    await q.release();

    const r = scholenRegister();
    const nieuw = (brin: string) => r.get(brin).id;
    expect((await ds.query(`SELECT id FROM overdracht.school ORDER BY brin`)).map((x: { id: string }) => x.id)).toEqual(['16AW00', 'DEMO01', 'DEMOM1'].map(nieuw));
    expect(await ds.query(`SELECT verzendende_school_id AS v FROM overdracht.cohort`)).toEqual([{ v: nieuw('DEMO01') }]);
    const [rij] = await ds.query(`SELECT verzendende_school_id AS v, ontvangende_school_id AS o, state FROM overdracht.overdracht WHERE id = $1`, [zaak]);
    expect(rij).toEqual({
      v: nieuw('DEMO01'),
      o: nieuw('16AW00'),
      state: { id: zaak, verzendendeSchoolId: nieuw('DEMO01'), plaatsing: { schoolId: nieuw('16AW00') }, aanmeldingen: [{ schoolId: nieuw('16AW00') }, { schoolId: nieuw('DEMOM1') }] },
    });
    // The foreign key is back: a cohort cannot name a school that is not in the register.
    await expect(ds.query(`INSERT INTO overdracht.cohort (id, swv, schooljaar, verzendende_school_id) VALUES ($1, 'PO', '2026-2027', $2)`, [randomUUID(), oudId('DEMO01')])).rejects.toThrow(/foreign key/);
  });
});
