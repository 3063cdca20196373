// Toeleiding benchmark: prints, on this machine,
//  (a) the teldatum telling over 100,000 valid TLVs (plus expired TLVs and open requests
//      that must not count): time to fix it (count, store, publish) and whether it matches
//      a direct count made from the case states themselves;
//  (b) werkvoorraad latency (p50/p95/p99) over all cases, as the endpoint runs it: the
//      query plus its access-log row, for a mix of filters, sorts and pages.
// Data: states reached by the real domain commands, cloned with new ids (genereer.ts),
// stored through the service's own projection. Run: npm run bench:toeleiding.
//  (c) every filter shape the UI and API offer, first and last page (vormen.ts), with the
//      ceilings of the same run and EXPLAIN (ANALYZE, BUFFERS) of the costliest shapes.
// Knobs (env): BENCH_TLVS (100000), BENCH_QUERIES (1000), BENCH_VORMEN (repetitions per
// shape, 10; 0 skips), BENCH_KEEP=1 keeps the database, BENCH_DB=<name> reuses a kept one
// (no load, no telling check; its migrations run first).
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { runMigrations, recordAccess, type Actor } from '@pao/platform';
import { swvRegister } from '@pao/swv';
import { createTestDatabase, localServers, testSecrets } from '@pao/testing';
import { LeerlingRegister, LeerlingSleutels } from '@pao/zaak';
import { schoolId as demoSchoolId, SCHOLEN, seedRegister } from '../../apps/toeleiding/src/demo/register';
import { plusDagen, STATUSSEN, type TlvAanvraag, type TlvSoort } from '../../apps/toeleiding/src/domain';
import { WerkvoorraadQuery, type WerkvoorraadFilter } from '../../apps/toeleiding/src/http/schemas';
import { SCHEMA, toeleidingPersistence } from '../../apps/toeleiding/src/persistence/persistence';
import { werkvoorraad } from '../../apps/toeleiding/src/queries/werkvoorraad';
import { stelTellingVast, telOp, type TellingRegel } from '../../apps/toeleiding/src/telling/telling';
import { genereerZaak, kloon, rng, type Einde } from './genereer';
import { laad } from './laad';
import { BEHANDELAAR, meetVormen, wijsBehandelaarsToe } from './vormen';

const TLVS = Number(process.env.BENCH_TLVS ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const KLONEN = 100;
const PEILDATUM = '2026-10-01';
const VANDAAG = '2026-11-23';
const SOORTEN: TlvSoort[] = ['PrO', 'VSO-laag', 'VSO-midden', 'VSO-hoog'];
const LEERLINGEN = new LeerlingRegister(SCHEMA, new LeerlingSleutels({ versleuteling: testSecrets.PUPIL_NUMBER_ENCRYPTION_KEYS, hash: testSecrets.PUPIL_NUMBER_HASH_KEYS }, 'toeleiding'));
const BENCH_ACTOR = BEHANDELAAR(1);

const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

const vo = SCHOLEN.filter((s) => s.swv === 'VO');
const aanvragers = vo.filter((s) => s.soort === 'regulier').map((s) => demoSchoolId('VO', s.brin));
const plaatsen = { PrO: vo.filter((s) => s.soort === 'PrO'), VSO: vo.filter((s) => s.soort === 'VSO') };

function plaatsVoor(s: TlvAanvraag, i: number): string {
  const soort = s.besluit?.inhoud.uitkomst === 'toelaatbaar' ? s.besluit.inhoud.soort : 'PrO';
  const lijst = soort === 'PrO' ? plaatsen.PrO : plaatsen.VSO;
  return demoSchoolId('VO', lijst[i % lijst.length].brin);
}

/** Cases: `aantal` clones of templates made by the domain, started between `van` and `tot` days before the peildatum. */
function maak(r: () => number, aantal: number, einde: Einde, van: number, tot: number): TlvAanvraag[] {
  const uit: TlvAanvraag[] = [];
  for (let t = 0; t * KLONEN < aantal; t++) {
    const start = plusDagen(einde === 'procedure' ? VANDAAG : PEILDATUM, -(tot + Math.floor(r() * (van - tot))));
    const sjabloon = genereerZaak(r, start, einde === 'procedure' ? VANDAAG : PEILDATUM, VANDAAG, einde, aanvragers[0], demoSchoolId('VO', plaatsen.PrO[0].brin));
    for (let k = 0; k < KLONEN && uit.length < aantal; k++) {
      const i = uit.length;
      uit.push(kloon(sjabloon, aanvragers[i % aanvragers.length], plaatsVoor(sjabloon, i)));
    }
  }
  return uit;
}

/** The direct count: validity read from each case's state, independent of the projection columns. */
function directeTelling(zaken: TlvAanvraag[], d: string): Map<string, TellingRegel> {
  const regels = new Map<string, TellingRegel>();
  for (const s of zaken) {
    const u = s.uitvoering;
    const b = s.besluit?.inhoud;
    if (!u || b?.uitkomst !== 'toelaatbaar' || b.ingangsdatum > d) continue;
    if (b.einddatum !== 'onbepaald' && b.einddatum < d) continue;
    if (u.einde && (u.status === 'beeindigd' ? u.einde.datum <= d : u.einde.datum < d)) continue;
    const geplaatst = u.plaatsing !== undefined && u.plaatsing.datum <= d;
    const school = geplaatst ? u.plaatsing!.schoolId : s.aanvrager.schoolId;
    const sleutel = `${school}|${b.soort}`;
    const r = regels.get(sleutel) ?? { schoolId: school, soort: b.soort, geldigeTlvs: 0, plaatsingen: 0 };
    r.geldigeTlvs++;
    if (geplaatst) r.plaatsingen++;
    regels.set(sleutel, r);
  }
  return regels;
}

function werkvoorraadVraag(r: () => number): { q: WerkvoorraadFilter; rol: string } {
  const rol = ['consulent', 'orthopedagoog', 'teamleider'][Math.floor(r() * 3)];
  const basis: Record<string, unknown> = { offset: String(50 * Math.floor(r() * (r() < 0.7 ? 2 : 10))) };
  const soort = r();
  if (soort < 0.15) basis.sorteer = 'ingediend';
  const filter = r();
  if (filter < 0.25) basis.wie = 'mij';
  else if (filter < 0.45) basis.status = [STATUSSEN[Math.floor(r() * 8)], STATUSSEN[Math.floor(r() * 8)]];
  else if (filter < 0.6) basis.schoolId = aanvragers[Math.floor(r() * aanvragers.length)];
  else if (filter < 0.7) basis.soort = SOORTEN[Math.floor(r() * 4)];
  return { q: WerkvoorraadQuery.parse(basis), rol };
}

async function main(): Promise<void> {
  const hergebruik = process.env.BENCH_DB;
  const db = hergebruik
    ? { name: hergebruik, url: Object.assign(new URL(localServers.postgresAdminUrl), { pathname: `/${hergebruik}` }).toString(), drop: async () => undefined }
    : await createTestDatabase('bench_toeleiding');
  const ds = new DataSource({ type: 'postgres', url: db.url, extra: { max: 4 } });
  try {
    await runMigrations(db.url, toeleidingPersistence);
    await ds.initialize();
    const r = rng(20261123);
    if (hergebruik) {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM toeleiding.aanvraag`);
      console.log(`[bench:toeleiding] ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; reusing ${hergebruik}: ${fmt(n)} cases`);
      await werkvoorraadMix(ds, r, n);
      if (Number(process.env.BENCH_VORMEN ?? 10) > 0) await meetVormen(ds, LEERLINGEN, 'VO', VANDAAG, Number(process.env.BENCH_VORMEN ?? 10));
      return;
    }
    await seedRegister(ds.manager);

    let t0 = performance.now();
    const geldig = maak(r, TLVS, 'tlv', 320, 20);
    const verlopen = maak(r, TLVS / 10, 'tlv', 1150, 800);
    const procedure = maak(r, (TLVS * 3) / 10, 'procedure', 70, 1);
    const zaken = [...geldig, ...verlopen, ...procedure];
    const genereren = ms(t0);
    t0 = performance.now();
    await laad(ds, zaken, VANDAAG);
    await wijsBehandelaarsToe(ds);
    // After a bulk load, as an operator would: the counters took one trigger update per case.
    await ds.query('VACUUM ANALYZE toeleiding.werkvoorraad_teller');
    await ds.query('VACUUM ANALYZE toeleiding.aanvraag');
    await ds.query('VACUUM ANALYZE toeleiding.leerling');
    const laden = ms(t0);
    const [{ open }] = await ds.query(`SELECT count(*) FILTER (WHERE open)::int AS open FROM toeleiding.aanvraag`);
    const [{ mb }] = await ds.query(`SELECT round(pg_total_relation_size('toeleiding.aanvraag') / 1048576.0) AS mb`);
    console.log(`[bench:toeleiding] ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`data: ${fmt(zaken.length)} cases (${fmt(geldig.length)} TLVs valid on ${PEILDATUM}, ${fmt(verlopen.length)} expired TLVs, ${fmt(procedure.length)} requests), ${fmt(open)} open; generated in ${fmt(genereren / 1000)} s, loaded in ${fmt(laden / 1000)} s; aanvraag table ${mb} MB`);

    // (a) telling: the query alone (warm, 5 runs) and the whole vaststelling once.
    const queryTijden: number[] = [];
    for (let i = 0; i < 5; i++) {
      t0 = performance.now();
      await telOp(ds.manager, 'VO', PEILDATUM, SOORTEN);
      queryTijden.push(ms(t0));
    }
    t0 = performance.now();
    const telling = await ds.transaction((m) => stelTellingVast(m, 'VO', PEILDATUM, SOORTEN, swvRegister().sourceFor('VO', 'toeleiding')));
    const vaststellen = ms(t0);
    const direct = directeTelling(zaken, PEILDATUM);
    const verschillen = [...direct.values()].filter((d) => {
      const t = telling!.regels.find((x) => x.schoolId === d.schoolId && x.soort === d.soort);
      return !t || t.geldigeTlvs !== d.geldigeTlvs || t.plaatsingen !== d.plaatsingen;
    }).length + Math.max(0, telling!.regels.length - direct.size);
    const directTotaal = [...direct.values()].reduce((n, x) => n + x.geldigeTlvs, 0);
    console.log(
      `telling ${PEILDATUM}: ${fmt(telling!.totaalGeldigeTlvs)} valid TLVs, ${fmt(telling!.totaalPlaatsingen)} placed, ${telling!.regels.length} rows (school × soort)` +
        `; count query p50 ${fmt(pct(queryTijden, 50))} ms, fixing it (count + store + outbox) ${fmt(vaststellen)} ms` +
        `; direct count from the states: ${fmt(directTotaal)}, ${verschillen === 0 ? 'matches in every row' : `${verschillen} rows DIFFER`}`,
    );

    await werkvoorraadMix(ds, r, zaken.length);
    if (Number(process.env.BENCH_VORMEN ?? 10) > 0) await meetVormen(ds, LEERLINGEN, 'VO', VANDAAG, Number(process.env.BENCH_VORMEN ?? 10));
    console.log(`target: telling < 5 s ${vaststellen < 5000 && verschillen === 0 ? 'MET' : 'NOT MET'}`);
  } finally {
    await ds.destroy().catch(() => undefined);
    if (process.env.BENCH_KEEP === '1') console.log(`kept database ${db.name}`);
    else await dropMetHerkansing(db);
  }
}

/** (b) The issue's request mix, as the endpoint runs it: query + access-log row in one transaction. */
async function werkvoorraadMix(ds: DataSource, r: () => number, aantal: number): Promise<void> {
  let t0: number;
  const actor = (rol: string): Actor => ({ id: randomUUID(), rol: rol as Actor['rol'], swv: 'VO', organisatie: 'swv-vo-almere' });
  const vragen = Array.from({ length: QUERIES + 50 }, () => werkvoorraadVraag(r));
  const tijden: number[] = [];
  const perSoort = new Map<string, number[]>();
  for (const [i, { q, rol }] of vragen.entries()) {
    t0 = performance.now();
    await ds.transaction(async (m) => {
      await werkvoorraad(m, LEERLINGEN, { swv: 'VO', rol, id: BENCH_ACTOR }, q, VANDAAG);
      await recordAccess(m, SCHEMA, actor(rol), { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
    });
    if (i < 50) continue; // warm-up
    const t = ms(t0);
    tijden.push(t);
    const soort = q.wie ? 'wie=mij' : q.status ? 'status' : q.schoolId ? 'school' : q.soort ? 'soort' : q.sorteer === 'ingediend' ? 'sorteer=ingediend' : 'default';
    perSoort.set(soort, [...(perSoort.get(soort) ?? []), t]);
  }
  console.log(`werkvoorraad over ${fmt(aantal)} cases, ${QUERIES} requests: p50 ${fmt(pct(tijden, 50))} ms, p95 ${fmt(pct(tijden, 95))} ms, p99 ${fmt(pct(tijden, 99))} ms, max ${fmt(Math.max(...tijden))} ms`);
  for (const [soort, xs] of perSoort) console.log(`  ${soort.padEnd(18)} n=${String(xs.length).padStart(4)}  p50 ${fmt(pct(xs, 50))} ms  p99 ${fmt(pct(xs, 99))} ms`);
  console.log(`target: werkvoorraad p99 < 50 ms (this mix) ${pct(tijden, 99) < 50 ? 'MET' : 'NOT MET'}`);
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
