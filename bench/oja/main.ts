// OJA benchmark: prints, on this machine,
//  (a) the kwartaalrapportage over 20,000 arrangements: the figures (SQL) and fixing the
//      report (figures + snapshot + one event per gemeente + audit, one transaction), and
//      whether the SQL figures equal the domain's reference computation on the same rows;
//  (b) werkvoorraad latency (p50/p95/p99) as the endpoint runs it: query + access-log row
//      in one transaction, for a mix of lists, pages and a gemeente's view.
// Data: arrangement histories played through the real domain (aanvraag → beoordeling →
// toekenning → start → evaluations, realisations → einde/afsluiting; collective groups with
// pupils), each cloned with new ids and stored through the service's own repository
// (state, projection, ledger and pupils-in-arrangements tables).
//  (c) deep pages of the lists (first, last by cursor, last by OFFSET) against their ceilings.
// Run: npm run bench:oja. Knobs (env): BENCH_ARRANGEMENTEN (20000), BENCH_QUERIES (1000), BENCH_KEEP=1,
// BENCH_ALLEEN_DIEP=1 (only (c)).
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { recordAccess, runMigrations, type Actor } from '@pao/platform';
import { createTestDatabase } from '@pao/testing';
import { plusDagen } from '@pao/zaak';
import { alleBetalers, stelKwartaalrapportageVast } from '../../apps/oja/src/application/kwartaalrapportage';
import { type Arrangement, berekenKwartaal, type BoekingRij, type DeelnameRij } from '../../apps/oja/src/domain';
import { ojaPersistence, SCHEMA } from '../../apps/oja/src/persistence/persistence';
import { kwartaalcijfers } from '../../apps/oja/src/queries/kwartaalcijfers';
import { werkvoorraad, type Lijst } from '../../apps/oja/src/queries/werkvoorraad';
import { meetDiepePaginas } from '../keyset-diep';
import { collectiefSjabloon, individueelSjabloon, kloon, laad, REGELS, rng } from './genereer';

const AANTAL = Number(process.env.BENCH_ARRANGEMENTEN ?? 20_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const KLONEN = 50;
const VANDAAG = '2026-11-23';
const RAPPORTAGEDATUM = '2026-10-15'; // Q3 2026

const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

function vraag(r: () => number): { lijst: Lijst; offset: number; gemeente?: string } {
  const x = r();
  const lijst: Lijst = x < 0.3 ? 'alle' : x < 0.5 ? 'evaluatie' : x < 0.7 ? 'einde' : x < 0.8 ? 'budget' : 'beoordeling';
  return { lijst, offset: 50 * Math.floor(r() * (r() < 0.7 ? 2 : 5)), ...(r() < 0.1 ? { gemeente: 'GM0034' } : {}) };
}

async function main(): Promise<void> {
  const db = await createTestDatabase('bench_oja');
  const ds = new DataSource({ type: 'postgres', url: db.url, extra: { max: 4 } });
  try {
    await runMigrations(db.url, ojaPersistence);
    await ds.initialize();
    const r = rng(20261123);

    let t0 = performance.now();
    const zaken: Arrangement[] = [];
    const collectief = Math.round(AANTAL / 20);
    while (zaken.length < AANTAL - collectief) {
      // Each history is dated relative to a day up to two months back, so open arrangements look like today's
      // (evaluations due soon or just overdue, einddata near) and closed ones spread over the past year and more.
      const sjabloon = individueelSjabloon(r, plusDagen(VANDAAG, -Math.floor(r() * 60)));
      for (let k = 0; k < KLONEN && zaken.length < AANTAL - collectief; k++) zaken.push(kloon(sjabloon));
    }
    while (zaken.length < AANTAL) {
      const sjabloon = collectiefSjabloon(r, 2024 + Math.floor(r() * 3), VANDAAG);
      for (let k = 0; k < KLONEN && zaken.length < AANTAL; k++) zaken.push(kloon(sjabloon));
    }
    const genereren = ms(t0);
    t0 = performance.now();
    await laad(ds, zaken);
    for (const t of ['arrangement', 'boeking', 'deelname', 'leerling']) await ds.query(`VACUUM ANALYZE oja.${t}`);
    const laden = ms(t0);
    const [{ open, boekingen, deelnames }] = await ds.query(
      `SELECT (SELECT count(*) FILTER (WHERE open) FROM oja.arrangement)::int AS open, (SELECT count(*) FROM oja.boeking)::int AS boekingen, (SELECT count(*) FROM oja.deelname)::int AS deelnames`,
    );
    console.log(`[bench:oja] ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(
      `data: ${fmt(zaken.length)} arrangements (${fmt(collectief)} collective), ${fmt(open)} open, ${fmt(boekingen)} ledger entries, ${fmt(deelnames)} pupils in arrangements; generated in ${fmt(genereren / 1000)} s, loaded in ${fmt(laden / 1000)} s`,
    );

    // (c) deep pages: the open list (77 % of the arrangements) and the two date lists, cursor against OFFSET.
    const diepVensters = { evaluatieDagen: 30, eindeDagen: 56 };
    const lijstAantal = async (waar: string) => Number((await ds.query(`SELECT count(*)::int AS n FROM oja.arrangement WHERE swv = 'VO' AND open AND ${waar}`))[0].n);
    const diep: Array<{ lijst: Lijst; waar: string; kolom: string }> = [
      { lijst: 'alle', waar: 'true', kolom: 'aandacht_op' },
      { lijst: 'evaluatie', waar: `volgende_evaluatie IS NOT NULL AND volgende_evaluatie <= '${plusDagen(VANDAAG, 30)}'::date`, kolom: 'volgende_evaluatie' },
      { lijst: 'einde', waar: `status IN ('toegekend', 'lopend') AND einddatum <= '${plusDagen(VANDAAG, 56)}'::date`, kolom: 'einddatum' },
    ];
    await meetDiepePaginas(
      ds,
      'bench:oja',
      await Promise.all(
        diep.map(async (d) => ({
          naam: `VO werkvoorraad lijst=${d.lijst}`,
          lees: (m: Parameters<typeof werkvoorraad>[0], pagina: { na?: string; voor?: string; offset?: number }) =>
            werkvoorraad(m, 'VO', { lijst: d.lijst, limit: 50, offset: 0, ...pagina }, VANDAAG, diepVensters, true),
          sorteer: d.lijst,
          sleutels: 1,
          aantal: await lijstAantal(d.waar),
          plafond: { sql: `SELECT id FROM oja.arrangement WHERE swv = 'VO' AND open AND ${d.waar} ORDER BY ${d.kolom}, id LIMIT 25`, params: [] },
        })),
      ),
    );
    if (process.env.BENCH_ALLEEN_DIEP === '1') return;

    // (a) the quarter report: the figures alone (warm, 5 runs), fixing it (5 runs, each rolled back), equal to the reference.
    const betalers = alleBetalers(REGELS, 'VO');
    const cijferTijden: number[] = [];
    for (let i = 0; i < 5; i++) {
      t0 = performance.now();
      await kwartaalcijfers(ds.manager, 'VO', 2026, 3, RAPPORTAGEDATUM, betalers);
      cijferTijden.push(ms(t0));
    }
    const vaststelTijden: number[] = [];
    const systeem: Actor = { id: 'termijnmotor', rol: 'systeem' as Actor['rol'], swv: 'VO', organisatie: 'oja' };
    for (let i = 0; i < 5; i++) {
      const qr = ds.createQueryRunner();
      await qr.startTransaction();
      t0 = performance.now();
      await stelKwartaalrapportageVast(qr.manager, REGELS, 'VO', RAPPORTAGEDATUM, systeem);
      vaststelTijden.push(ms(t0));
      await qr.rollbackTransaction();
      await qr.release();
    }
    const sql = await kwartaalcijfers(ds.manager, 'VO', 2026, 3, RAPPORTAGEDATUM, betalers);
    const deelnameRijen: DeelnameRij[] = (await ds.query(`SELECT type_code, voorziening, gemeente, van::text, tot::text, resultaat, resultaat_op::text FROM oja.deelname WHERE swv = 'VO'`)).map(
      (x: Record<string, string | null>) => ({ typeCode: x.type_code!, voorziening: x.voorziening!, gemeente: x.gemeente!, van: x.van!, ...(x.tot ? { tot: x.tot } : {}), ...(x.resultaat ? { resultaat: x.resultaat, resultaatOp: x.resultaat_op } : {}) }),
    );
    const boekingRijen: BoekingRij[] = (await ds.query(`SELECT gemeente, betaler, soort, budgetperiode, bedrag_cent, geboekt_op::text, periode_van::text FROM oja.boeking WHERE swv = 'VO'`)).map(
      (x: Record<string, string | null>) => ({ gemeente: x.gemeente!, betaler: x.betaler!, soort: x.soort as BoekingRij['soort'], budgetperiode: x.budgetperiode!, bedragCent: Number(x.bedrag_cent), geboektOp: x.geboekt_op!, ...(x.periode_van ? { periodeVan: x.periode_van } : {}) }),
    );
    const referentie = berekenKwartaal(2026, 3, RAPPORTAGEDATUM, deelnameRijen, boekingRijen, betalers);
    const gelijk = isDeepStrictEqual(sql, referentie);
    if (!gelijk) {
      for (const deel of ['leerlingen', 'geld', 'resultaten'] as const) {
        if (!isDeepStrictEqual(sql[deel], referentie[deel])) console.log(`differs in ${deel}:\n sql ${JSON.stringify(sql[deel])}\n ref ${JSON.stringify(referentie[deel])}`);
      }
    }
    const lopend = sql.leerlingen.reduce((n, x) => n + x.lopend, 0);
    console.log(
      `kwartaalrapportage 2026 Q3 (fixed ${RAPPORTAGEDATUM}): ${fmt(lopend)} pupils current, ${sql.leerlingen.length} type × voorziening × gemeente rows, ${sql.geld.length} payer rows` +
        `; figures p50 ${fmt(pct(cijferTijden, 50))} ms (max ${fmt(Math.max(...cijferTijden))}), fixing it (figures + snapshot + events + audit) p50 ${fmt(pct(vaststelTijden, 50))} ms (max ${fmt(Math.max(...vaststelTijden))})` +
        `; equal to the reference computation: ${gelijk ? 'yes' : 'NO'}`,
    );

    // The floor on this machine right now: an empty transaction (BEGIN; SELECT 1; COMMIT), 300 times.
    const leeg: number[] = [];
    for (let i = 0; i < 300; i++) {
      t0 = performance.now();
      await ds.transaction((m) => m.query('SELECT 1'));
      leeg.push(ms(t0));
    }
    console.log(`baseline: an empty transaction p50 ${fmt(pct(leeg, 50))} ms, p99 ${fmt(pct(leeg, 99))} ms (load ${os.loadavg()[0].toFixed(1)})`);

    // (b) werkvoorraad as the endpoint runs it.
    const vensters = { evaluatieDagen: 30, eindeDagen: 56 };
    const persoon: Actor = { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere' };
    const tijden: number[] = [];
    const perLijst = new Map<string, number[]>();
    for (let i = 0; i < QUERIES + 50; i++) {
      const q = vraag(r);
      t0 = performance.now();
      await ds.transaction(async (m) => {
        await werkvoorraad(m, 'VO', { lijst: q.lijst, limit: 50, offset: q.offset, ...(q.gemeente ? { gemeente: q.gemeente } : {}) }, VANDAAG, vensters, !q.gemeente);
        if (!q.gemeente) await recordAccess(m, SCHEMA, persoon, { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
      });
      if (i < 50) continue;
      const t = ms(t0);
      tijden.push(t);
      const soort = q.gemeente ? 'gemeente' : q.lijst;
      perLijst.set(soort, [...(perLijst.get(soort) ?? []), t]);
    }
    console.log(`werkvoorraad over ${fmt(zaken.length)} arrangements, ${QUERIES} requests: p50 ${fmt(pct(tijden, 50))} ms, p95 ${fmt(pct(tijden, 95))} ms, p99 ${fmt(pct(tijden, 99))} ms, max ${fmt(Math.max(...tijden))} ms`);
    for (const [soort, xs] of perLijst) console.log(`  ${soort.padEnd(12)} n=${String(xs.length).padStart(4)}  p50 ${fmt(pct(xs, 50))} ms  p99 ${fmt(pct(xs, 99))} ms`);
    console.log(
      `targets: kwartaalrapportage < 2 s ${Math.max(...vaststelTijden) < 2000 && gelijk ? 'MET' : 'NOT MET'}; werkvoorraad p99 < 50 ms ${pct(tijden, 99) < 50 ? 'MET' : 'NOT MET'}`,
    );
  } finally {
    await ds.destroy().catch(() => undefined);
    if (process.env.BENCH_KEEP === '1') console.log(`kept database ${db.name}`);
    else await dropMetHerkansing(db);
  }
}

/** DROP … WITH (FORCE) fails while an autovacuum worker is in the database: try again shortly. */
async function dropMetHerkansing(db: { drop(): Promise<void>; name: string }): Promise<void> {
  for (let poging = 1; ; poging++) {
    try {
      await db.drop();
      return;
    } catch (e) {
      if (poging >= 5) throw e;
      await new Promise((r) => setTimeout(r, 1000 * poging));
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
