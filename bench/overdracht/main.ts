// Overdracht benchmark: prints, on this machine,
//  (a) the import of a cohort of 5,000 pupils through the service's own import path
//      (parse, check every row, register pupils, decide, store cases with projection,
//      arm their deadlines, audit, commit, wake-ups), a few times;
//  (b) cohort board latency (p50/p95/p99) with 50,000 pupils in the SWV, as the endpoints
//      run it: the board counts of a cohort, its first page of pupils, and the SWV's
//      overview of cohorts, each with its access-log row.
// Run: npm run bench:overdracht. Knobs (env): BENCH_IMPORT (5000), BENCH_PUPILS (50000),
// BENCH_QUERIES (1000), BENCH_KEEP=1 keeps the database, BENCH_ALLEEN_DIEP=1 measures after the fill only
// (c) the deep pages of the SWV-wide pupil list (first, last by cursor, last by OFFSET) against their ceilings.
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import { recordAccess, runMigrations, type Actor } from '@pao/platform';
import { createTestDatabase, localServers, testLeerlingSleutels } from '@pao/testing';
import { DataSource } from 'typeorm';
import { schoolId, SCHOLEN, seedScholen } from '../../apps/overdracht/src/demo/scholen';
import { overdrachtPersistence, SCHEMA } from '../../apps/overdracht/src/persistence/persistence';
import { cohortBord, cohortOverzicht, LIJST_SORTEER, overdrachtenLijst } from '../../apps/overdracht/src/queries/bord';
import { meetDiepePaginas } from '../keyset-diep';
import { bouwOverdracht } from '../../apps/overdracht/src/runtime';
import { cohortCsv } from './cohort-csv';

const IMPORT = Number(process.env.BENCH_IMPORT ?? 5000);
const LEERLINGEN = Number(process.env.BENCH_PUPILS ?? 50_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const VANDAAG = '2026-02-02';

const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

async function main(): Promise<void> {
  const db = await createTestDatabase('bench_overdracht');
  const redisPrefix = `bench-overdracht-${process.pid}`;
  await runMigrations(db.url, overdrachtPersistence);
  const ds = await new DataSource({ type: 'postgres', url: db.url, extra: { max: 4 } }).initialize();
  await seedScholen(ds.manager);
  const klok = new ManualClock(new Date(`${VANDAAG}T09:00:00Z`));
  const rt = bouwOverdracht({ dataSource: ds, redisUrl: localServers.redisUrl, redisPrefix, leerlingGeheim: testLeerlingSleutels, klok, worker: false });
  const actor: Actor = { id: randomUUID(), rol: 'consulent', swv: 'PO', organisatie: 'swv-po-almere' };
  const scholen = SCHOLEN.filter((s) => s.swv === 'PO' && s.soort === 'po').map((s) => schoolId(s.brin));

  console.log(`overdracht benchmark — ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  // Calibration: what a trivial round trip costs right now (the machine is shared).
  const tKal = performance.now();
  for (let i = 0; i < 500; i++) await ds.query('SELECT 1');
  console.log(`    calibration: 500 × SELECT 1 in ${fmt(ms(tKal))} ms (${fmt(ms(tKal) / 500)} ms per round trip)`);

  // (a) import: a cohort of IMPORT pupils, three times (different schools, new pupils)
  const importTijden: number[] = [];
  const importCpu: number[] = [];
  let volgnummer = 0;
  for (let r = 0; r < 3; r++) {
    const cohort = await rt.overdrachten.cohort(actor, '2025-2026', scholen[r]);
    const bestand = cohortCsv(volgnummer, IMPORT);
    volgnummer += IMPORT;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const rapport = await rt.overdrachten.importeer(actor, cohort.id, bestand, false);
    importTijden.push(ms(t0));
    const cpu = process.cpuUsage(cpu0);
    importCpu.push((cpu.user + cpu.system) / 1000);
    if (rapport.geimporteerd !== IMPORT) throw new Error(`import: ${rapport.geimporteerd} of ${IMPORT} (${JSON.stringify(rapport.geweigerd.slice(0, 3))})`);
  }
  const deadlines = Number((await ds.query(`SELECT count(*) AS n FROM overdracht.deadline WHERE state = 'armed'`))[0].n);
  console.log(`(a) import of ${fmt(IMPORT)} pupils (${(cohortCsv(0, IMPORT).length / 1024).toFixed(0)} KB CSV): ${importTijden.map((t) => `${fmt(t)} ms`).join(', ')}; ${fmt(deadlines)} deadlines armed for ${fmt(3 * IMPORT)} cases`);
  console.log(`    of which CPU in this process: ${importCpu.map((t) => `${fmt(t)} ms`).join(', ')}`);

  // (b) fill up to LEERLINGEN pupils through the same import, in cohorts of a realistic size
  //     (one sending school's leavers: ~200), over synthetic schools and two school years.
  const tFill = performance.now();
  const PER_COHORT = 200;
  const extraScholen = Math.ceil((LEERLINGEN - volgnummer) / PER_COHORT / 2);
  const benchScholen = Array.from({ length: extraScholen }, (_, i) => ({ id: randomUUID(), brin: `BENCH${String(i).padStart(4, '0')}` }));
  await ds.query(
    `INSERT INTO overdracht.school (id, brin, naam, soort, swv) SELECT id, brin, 'Bench ' || brin, 'po', 'PO' FROM unnest($1::uuid[], $2::text[]) AS t(id, brin)`,
    [benchScholen.map((b) => b.id), benchScholen.map((b) => b.brin)],
  );
  let c = 0;
  while (volgnummer < LEERLINGEN) {
    const aantal = Math.min(PER_COHORT, LEERLINGEN - volgnummer);
    const cohort = await rt.overdrachten.cohort(actor, c % 2 === 0 ? '2025-2026' : '2024-2025', benchScholen[Math.floor(c / 2)].id);
    await rt.overdrachten.importeer(actor, cohort.id, cohortCsv(volgnummer, aantal), false);
    volgnummer += aantal;
    c++;
  }
  // Some pupils in other states, as the board would see them mid-year.
  await ds.query(`UPDATE overdracht.overdracht SET status = 'geplaatst', geplaatst_op = '2026-04-15', ontvangende_school_id = $1 WHERE random() < 0.3`, [schoolId('01FP00')]);
  await ds.query(`UPDATE overdracht.overdracht SET afwijzingen = 2 WHERE random() < 0.03`);
  await ds.query('ANALYZE');
  const totaal = Number((await ds.query(`SELECT count(*) AS n FROM overdracht.overdracht`))[0].n);
  console.log(`    filled to ${fmt(totaal)} pupils in ${fmt(ms(tFill) / 1000)} s`);

  // The board is per school: measure it on the cohorts of a realistic size.
  let cohorten: Array<{ id: string }> = await ds.query(`SELECT c.id FROM overdracht.cohort c JOIN overdracht.school s ON s.id = c.verzendende_school_id WHERE s.brin LIKE 'BENCH%'`);
  if (cohorten.length === 0) cohorten = await ds.query(`SELECT id FROM overdracht.cohort`);
  // (c) deep pages of the SWV-wide list (no cohort chosen: every pupil of the SWV) and of the largest cohort.
  const [grootste] = await ds.query(`SELECT cohort_id AS id, count(*)::int AS n FROM overdracht.overdracht WHERE swv = 'PO' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
  const volgorde = 'open DESC, volgende_datum NULLS LAST, id';
  await meetDiepePaginas(ds, 'bench:overdracht', [
    {
      naam: 'PO pupil list, whole SWV',
      lees: (m, pagina) => overdrachtenLijst(m, 'PO', VANDAAG, { limit: 50, offset: 0, ...pagina }),
      sorteer: LIJST_SORTEER,
      sleutels: 2,
      aantal: Number((await ds.query(`SELECT count(*)::int AS n FROM overdracht.overdracht WHERE swv = 'PO'`))[0].n),
      plafond: { sql: `SELECT id FROM overdracht.overdracht WHERE swv = $1 ORDER BY ${volgorde} LIMIT 25`, params: ['PO'] },
    },
    {
      naam: 'PO pupil list, largest cohort',
      lees: (m, pagina) => overdrachtenLijst(m, 'PO', VANDAAG, { cohortId: grootste.id, limit: 50, offset: 0, ...pagina }),
      sorteer: LIJST_SORTEER,
      sleutels: 2,
      aantal: grootste.n,
      plafond: { sql: `SELECT id FROM overdracht.overdracht WHERE cohort_id = $1 ORDER BY ${volgorde} LIMIT 25`, params: [grootste.id] },
    },
  ]);
  const alleenDiep = process.env.BENCH_ALLEEN_DIEP === '1';
  const meten = async (naam: string, fn: (i: number) => Promise<unknown>) => {
    const tijden: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const t0 = performance.now();
      await fn(i);
      tijden.push(ms(t0));
    }
    console.log(`(b) ${naam}: p50 ${fmt(pct(tijden, 50))} ms, p95 ${fmt(pct(tijden, 95))} ms, p99 ${fmt(pct(tijden, 99))} ms (${QUERIES} requests)`);
  };
  const metLog = (fn: (m: DataSource['manager']) => Promise<unknown>) =>
    ds.transaction(async (m) => {
      await fn(m);
      await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'cohort', doel: 'behandeling' });
    });
  if (!alleenDiep) await meten('cohort board (counts + next date)', (i) => metLog((m) => cohortBord(m, 'PO', VANDAAG, cohorten[i % cohorten.length].id)));
  if (!alleenDiep) await meten('cohort board, first page of 50 pupils (open first, by next date)', (i) =>
    metLog((m) => overdrachtenLijst(m, 'PO', VANDAAG, { cohortId: cohorten[i % cohorten.length].id, limit: 50, offset: 0 })),
  );
  if (!alleenDiep) await meten('cohort board, open pupils with a warning', (i) => metLog((m) => overdrachtenLijst(m, 'PO', VANDAAG, { cohortId: cohorten[i % cohorten.length].id, open: true, signaal: 'waarschuwing', limit: 50, offset: 0 })));
  if (!alleenDiep) await meten('SWV overview of all cohorts of a school year', () => metLog((m) => cohortOverzicht(m, 'PO', VANDAAG, { schooljaar: '2025-2026' })));

  await rt.scheduler.close();
  await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix);
  await ds.destroy();
  if (process.env.BENCH_KEEP === '1') console.log(`database kept: ${db.url}`);
  else await db.drop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
