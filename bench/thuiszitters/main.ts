// Thuiszitters benchmark: prints, on this machine, the latency (p50/p95/p99) of
//  (a) the meldingen werkvoorraad and (b) the Actietafel agenda, as the endpoints run
//      them (the query plus its access-log row, one transaction), with 50,000 meldingen in
//      each of two SWVs (PO and VO) in one database.
// Data: states reached by the real domain commands with the real rules (no hand-written
// state): a few hundred random lives of a casus, cloned with new ids and pupils, stored
// through the service's own projection. Run: npm run bench:thuiszitters.
// Knobs (env): BENCH_MELDINGEN (50000 per SWV), BENCH_QUERIES (1000), BENCH_KEEP=1 keeps the database,
// BENCH_DB=<name> measures again on a kept database (no generating or loading), BENCH_ALLEEN_DIEP=1 measures
// only (c) the deep pages (first, last by cursor, last by OFFSET) against their ceilings.
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { runMigrations, recordAccess, type Actor } from '@pao/platform';
import { createTestDatabase, localServers } from '@pao/testing';
import { DataSource } from 'typeorm';
import { DEMO_SCHOLEN, schoolId, seedScholen } from '../../apps/thuiszitters/src/demo/scholen';
import { NIVEAUS, STATUSSEN, type Casus } from '../../apps/thuiszitters/src/domain';
import { WerkvoorraadQuery } from '../../apps/thuiszitters/src/http/schemas';
import { SCHEMA, thuiszittersPersistence } from '../../apps/thuiszitters/src/persistence/persistence';
import { agenda, AGENDA_SORTEER } from '../../apps/thuiszitters/src/queries/agenda';
import { werkvoorraad } from '../../apps/thuiszitters/src/queries/werkvoorraad';
import { meetDiepePaginas, type DiepeLijst } from '../keyset-diep';
import { kloon, laad, leven, rng, VANDAAG } from './genereer';

const PER_SWV = Number(process.env.BENCH_MELDINGEN ?? 50_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const SJABLONEN = 400;

const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

function werkvoorraadVraag(r: () => number, swv: string): { q: ReturnType<typeof WerkvoorraadQuery.parse>; rol: string; soort: string } {
  const rolKans = r();
  const rol = rolKans < 0.15 ? 'actietafel' : rolKans < 0.6 ? 'consulent' : rolKans < 0.8 ? 'teamleider' : 'orthopedagoog';
  const basis: Record<string, unknown> = { offset: String(50 * Math.floor(r() * (r() < 0.7 ? 2 : 10))) };
  let soort = rol === 'actietafel' ? 'actietafel' : 'default';
  if (r() < 0.3) {
    basis.sorteer = 'termijn';
    soort = `${soort}+termijn`;
  }
  const filter = r();
  if (filter < 0.15) {
    basis.status = STATUSSEN[Math.floor(r() * 5)];
    soort = 'status';
  } else if (filter < 0.3) {
    basis.niveau = NIVEAUS[Math.floor(r() * NIVEAUS.length)];
    soort = 'niveau';
  } else if (filter < 0.4) {
    basis.schoolId = schoolId(swv as 'PO' | 'VO', DEMO_SCHOLEN.filter((s) => s.swv === swv)[Math.floor(r() * 8)].brin);
    soort = 'school';
  } else if (filter < 0.5) {
    basis.aandacht = 'ja';
    soort = 'aandacht';
  }
  return { q: WerkvoorraadQuery.parse(basis), rol, soort };
}

async function main(): Promise<void> {
  const hergebruik = process.env.BENCH_DB;
  const db = hergebruik
    ? { name: hergebruik, url: `${localServers.postgresAdminUrl.replace(/\/[^/]*$/, '')}/${hergebruik}`, drop: async () => undefined }
    : await createTestDatabase('bench_thuiszitters');
  const ds = new DataSource({ type: 'postgres', url: db.url, extra: { max: 4 } });
  try {
    const r = rng(20261123);
    let t0 = performance.now();
    let genereren = 0;
    let laden = 0;
    let aantal = 0;
    if (hergebruik) {
      await ds.initialize();
      aantal = Number((await ds.query('SELECT count(*) AS n FROM thuiszitters.casus'))[0].n);
    } else {
      await runMigrations(db.url, thuiszittersPersistence);
      await ds.initialize();
      await seedScholen(ds.manager);
      const zaken: Casus[] = [];
      for (const swv of ['PO', 'VO'] as const) {
        const scholen = DEMO_SCHOLEN.filter((s) => s.swv === swv).map((s) => schoolId(swv, s.brin));
        const sjablonen = Array.from({ length: SJABLONEN }, () => leven(r, swv, scholen));
        for (let i = 0; i < PER_SWV; i++) zaken.push(kloon(sjablonen[i % sjablonen.length]));
      }
      genereren = ms(t0);
      t0 = performance.now();
      await laad(ds, zaken);
      await ds.query('VACUUM ANALYZE thuiszitters.casus');
      await ds.query('VACUUM ANALYZE thuiszitters.leerling');
      laden = ms(t0);
      aantal = zaken.length;
    }
    const telling: Array<{ swv: string; open: number; tafel: number; actietafel: number }> = await ds.query(
      `SELECT swv, count(*) FILTER (WHERE open)::int AS open, count(*) FILTER (WHERE aan_tafel)::int AS tafel, count(*) FILTER (WHERE open AND actietafel_sinds IS NOT NULL)::int AS actietafel
         FROM thuiszitters.casus GROUP BY swv ORDER BY swv`,
    );
    const [{ mb }] = await ds.query(`SELECT round(pg_total_relation_size('thuiszitters.casus') / 1048576.0) AS mb`);
    console.log(`[bench:thuiszitters] ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(
      `data: ${fmt(aantal)} meldingen (${fmt(PER_SWV)} per SWV, ${SJABLONEN} lives per SWV cloned); ` +
        telling.map((t) => `${t.swv}: ${fmt(t.open)} open, ${fmt(t.tafel)} at the table, ${fmt(t.actietafel)} visible to the Actietafel`).join('; ') +
        `; generated in ${fmt(genereren / 1000)} s, loaded in ${fmt(laden / 1000)} s; casus table ${mb} MB`,
    );

    const actor = (rol: string, swv: string): Actor => ({ id: randomUUID(), rol: rol as Actor['rol'], swv: swv as Actor['swv'], organisatie: `swv-${swv.toLowerCase()}` });

    // (c) deep pages of the largest SWV's list, both orders, and of its Actietafel agenda: cursor against OFFSET.
    const groot = [...telling].sort((a, b) => b.open - a.open)[0];
    await meetDiepePaginas(
      ds,
      'bench:thuiszitters',
      [
        ...(['thuis', 'termijn'] as const).map((sorteer): DiepeLijst => ({
          naam: `${groot.swv} werkvoorraad, open, sorteer=${sorteer}`,
          lees: (m, pagina) => werkvoorraad(m, groot.swv, 'consulent', { ...WerkvoorraadQuery.parse({ sorteer }), ...pagina, aandacht: false }, VANDAAG),
          sorteer,
          sleutels: 2,
          aantal: groot.open,
          plafond: {
            sql: `SELECT id FROM thuiszitters.casus WHERE swv = $1 AND open ORDER BY ${sorteer === 'thuis' ? 'thuis_sinds NULLS LAST, volgende_termijn_op' : 'volgende_termijn_op NULLS LAST, thuis_sinds'} NULLS LAST, id LIMIT 25`,
            params: [groot.swv],
          },
        })),
        {
          naam: `${groot.swv} actietafel agenda (cases at the table)`,
          lees: (m, pagina) => agenda(m, groot.swv, VANDAAG, { limit: 50, offset: 0, ...pagina }),
          sorteer: AGENDA_SORTEER,
          sleutels: 1,
          aantal: groot.tafel,
          plafond: { sql: `SELECT id FROM thuiszitters.casus WHERE swv = $1 AND aan_tafel ORDER BY thuis_sinds NULLS LAST, id LIMIT 25`, params: [groot.swv] },
        },
      ],
    );
    if (process.env.BENCH_ALLEEN_DIEP === '1') return;

    // (a) werkvoorraad as the endpoint runs it: query + access-log row in one transaction.
    const tijden: number[] = [];
    const perSoort = new Map<string, number[]>();
    for (let i = 0; i < QUERIES + 50; i++) {
      const swv = i % 2 === 0 ? 'VO' : 'PO';
      const { q, rol, soort } = werkvoorraadVraag(r, swv);
      t0 = performance.now();
      await ds.transaction(async (m) => {
        await werkvoorraad(m, swv, rol, { ...q, aandacht: q.aandacht === 'ja' }, VANDAAG);
        await recordAccess(m, SCHEMA, actor(rol, swv), { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
      });
      if (i < 50) continue; // warm-up
      const t = ms(t0);
      tijden.push(t);
      perSoort.set(soort, [...(perSoort.get(soort) ?? []), t]);
    }
    // The same requests without the access-log row and its commit: what the queries cost, apart from a WAL flush.
    const alleenQuery: number[] = [];
    const r2 = rng(7);
    for (let i = 0; i < QUERIES + 50; i++) {
      const swv = i % 2 === 0 ? 'VO' : 'PO';
      const { q, rol } = werkvoorraadVraag(r2, swv);
      t0 = performance.now();
      await werkvoorraad(ds.manager, swv, rol, { ...q, aandacht: q.aandacht === 'ja' }, VANDAAG);
      if (i >= 50) alleenQuery.push(ms(t0));
    }
    console.log(`werkvoorraad queries alone (no access-log commit): p50 ${fmt(pct(alleenQuery, 50))} ms, p99 ${fmt(pct(alleenQuery, 99))} ms`);
    console.log(`werkvoorraad, ${QUERIES} requests: p50 ${fmt(pct(tijden, 50))} ms, p95 ${fmt(pct(tijden, 95))} ms, p99 ${fmt(pct(tijden, 99))} ms, max ${fmt(Math.max(...tijden))} ms`);
    for (const [soort, xs] of [...perSoort].sort()) console.log(`  ${soort.padEnd(22)} n=${String(xs.length).padStart(4)}  p50 ${fmt(pct(xs, 50))} ms  p99 ${fmt(pct(xs, 99))} ms`);

    // (b) the Actietafel agenda: the next meeting's agenda (page 1 or 2), as the endpoint runs it.
    const agendaTijden: number[] = [];
    for (let i = 0; i < QUERIES + 50; i++) {
      const swv = i % 2 === 0 ? 'VO' : 'PO';
      t0 = performance.now();
      await ds.transaction(async (m) => {
        await agenda(m, swv, VANDAAG, { limit: 100, offset: r() < 0.8 ? 0 : 100 });
        await recordAccess(m, SCHEMA, actor('actietafel', swv), { handeling: 'zoeken', objectType: 'agenda', doel: 'actietafel' });
      });
      if (i >= 50) agendaTijden.push(ms(t0));
    }
    console.log(`actietafel agenda, ${QUERIES} requests: p50 ${fmt(pct(agendaTijden, 50))} ms, p95 ${fmt(pct(agendaTijden, 95))} ms, p99 ${fmt(pct(agendaTijden, 99))} ms, max ${fmt(Math.max(...agendaTijden))} ms`);
    console.log(`targets: werkvoorraad p99 < 50 ms ${pct(tijden, 99) < 50 ? 'MET' : 'NOT MET'}; agenda p99 < 50 ms ${pct(agendaTijden, 99) < 50 ? 'MET' : 'NOT MET'}`);
  } finally {
    await ds.destroy().catch(() => undefined);
    if (process.env.BENCH_KEEP === '1' || hergebruik) console.log(`kept database ${db.name}`);
    else await dropMetHerkansing(db);
  }
}

/** DROP … WITH (FORCE) fails while an autovacuum worker is in the database: try again shortly. */
async function dropMetHerkansing(db: { drop(): Promise<void>; name: string }): Promise<void> {
  for (let poging = 1; ; poging++) {
    try {
      return await db.drop();
    } catch (e) {
      if (poging >= 5) throw e;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
