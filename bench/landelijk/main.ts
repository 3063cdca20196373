// National-scale benchmark (issue 19): 225 SWVs from a register, 2.5M pupils, 1M cases over
// the services in proportion (bench/landelijk/verdeling.ts). Loads the data set once into a
// named database and reuses it in later runs; then prints, in the same run,
//  - the ceilings: a SELECT 1 round trip and a primary-key read of a case;
//  - toeleiding werkvoorraad latency for every combination of the filters the UI offers
//    (status, school, soort, wie, binnen) × sort order × first/last page (the last by
//    cursor, as "Volgende" reaches it; the same for thuiszitters and OJA), as the endpoint
//    runs it (query, medewerker, access-log row in one transaction), in the largest SWV and
//    in random ones, with EXPLAIN (ANALYZE, BUFFERS) of the slowest shapes;
//  - POST /aanvragen/zoeken as the endpoint runs it, per kind of search text;
//  - the teldatum telling per SWV and for all SWVs.
//  - the thuiszitters and OJA werkvoorraad (every filter combination) and the overdracht
//    cohort board.
// Run: nice -n 10 npm run bench:landelijk. Knobs (env): BENCH_SCHAAL (1 = national size;
// 0.01 loads in seconds), BENCH_HERHAAL (20 requests per toeleiding shape; thuiszitters and
// OJA half, or BENCH_HERHAAL_TZ), BENCH_ZOEK (600 searches), BENCH_BORD (300 per board kind),
// BENCH_EXPLAIN (5 costliest shapes explained), BENCH_DB (database name), BENCH_OPNIEUW=1 reloads.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { recordAccess, runMigrations, type Actor } from '@pao/platform';
import { loadSwvRegister } from '@pao/swv';
import { LeerlingRegister, LeerlingSleutels, registreerMedewerker, testBsn } from '@pao/zaak';
import { DataSource, type EntityManager } from 'typeorm';
import { STATUSSEN, type TlvSoort } from '../../apps/toeleiding/src/domain';
import { WerkvoorraadQuery } from '../../apps/toeleiding/src/http/schemas';
import { SCHEMA, toeleidingPersistence } from '../../apps/toeleiding/src/persistence/persistence';
import { alsItems, werkvoorraad, zakenMetIds } from '../../apps/toeleiding/src/queries/werkvoorraad';
import { aanvraagZoeker } from '../../apps/toeleiding/src/queries/zoeker';
import { stelTellingVast, telOp } from '../../apps/toeleiding/src/telling/telling';
import { laatstePaginaCursor } from '../keyset-diep';
import { BELEIDEN } from '../toeleiding/genereer';
import { benchDatabase, markeerKlaar, moetLaden, samenvattingVan } from './database';
import { laadThuiszitters } from './thuiszitters';
import { laadOja } from './oja';
import { ojaMeting, overdrachtMeting } from './overige';
import { laadOverdracht } from './overdracht';
import { ojaPersistence } from '../../apps/oja/src/persistence/persistence';
import { overdrachtPersistence } from '../../apps/overdracht/src/persistence/persistence';
import { CASUS_SOORTEN, NIVEAUS, STATUSSEN as TZ_STATUSSEN } from '../../apps/thuiszitters/src/domain';
import { WerkvoorraadQuery as TzWerkvoorraadQuery } from '../../apps/thuiszitters/src/http/schemas';
import { werkvoorraad as tzWerkvoorraad } from '../../apps/thuiszitters/src/queries/werkvoorraad';
import { SCHEMA as THUISZITTERS, thuiszittersPersistence } from '../../apps/thuiszitters/src/persistence/persistence';
import { explainTekst, fmt, Metingen, ms, opnemend, pct, regel, serverKosten, type ServerKosten, type Statement } from './meten';
import { ACHTERNAMEN, behandelaarsVan, behandelaarVan, benchSleutel, bsnVan, GEBOORTEDATA, laadToeleiding, naamVan, PEILDATUM, scholenVan, SCHOOLWOORDEN, VANDAAG, VOORNAMEN, leerlingId } from './toeleiding';
import { landelijkRegisterData, leerlingVoorZaak, maakPlan, rng, type SwvPlan } from './verdeling';

const SCHAAL = Number(process.env.BENCH_SCHAAL ?? 1);
const HERHAAL = Number(process.env.BENCH_HERHAAL ?? 20);
const ZOEK = Number(process.env.BENCH_ZOEK ?? 600);
const EXPLAIN = Number(process.env.BENCH_EXPLAIN ?? 5);
const STATE = join(process.cwd(), '.state', 'bench-landelijk');
const log = (s: string) => console.log(s);

async function main(): Promise<void> {
  // Tenants come from a register file, read as every app reads config/swv-register.json.
  mkdirSync(STATE, { recursive: true });
  const registerPad = join(STATE, 'swv-register.json');
  writeFileSync(registerPad, JSON.stringify(landelijkRegisterData(), null, 2));
  const register = loadSwvRegister(registerPad);
  const plan = maakPlan(register, SCHAAL);
  const planSleutel = `v1/schaal=${SCHAAL}/swvs=${register.ids().length}`;
  const dbNaam = process.env.BENCH_DB ?? `bench_landelijk_${String(Math.round(SCHAAL * 1000)).padStart(4, '0')}`;
  log(`[bench:landelijk] ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  log(`plan: ${register.ids().length} SWVs, ${fmt(plan.leerlingen)} pupils, cases ${Object.entries(plan.zaken).map(([d, n]) => `${d} ${fmt(n)}`).join(', ')} (BENCH_SCHAAL=${SCHAAL})`);

  const db = await benchDatabase(dbNaam, process.env.BENCH_OPNIEUW === '1');
  const sleutels = new LeerlingSleutels({ versleuteling: benchSleutel('versleuteling'), hash: benchSleutel('hash') }, 'toeleiding');
  const leerlingen = new LeerlingRegister(SCHEMA, sleutels);
  // Each service: its migrations (a new one, e.g. an index, applies to a reused data set as
  // it would in production), then its part of the data unless a finished load is there.
  const diensten = [
    { dienst: 'toeleiding', persistence: toeleidingPersistence, laad: (x: DataSource) => laadToeleiding(x, plan, register, sleutels, log), tabellen: ['aanvraag', 'leerling', 'leerling_zoekterm', 'deadline', 'deadline_warning', 'school'] },
    { dienst: 'thuiszitters', persistence: thuiszittersPersistence, laad: (x: DataSource) => laadThuiszitters(x, plan, log), tabellen: ['casus', 'leerling', 'deadline', 'school'] },
    // versie: raised when the service's loader changes, so a kept data set reloads that service.
    { dienst: 'oja', versie: 2, persistence: ojaPersistence, laad: (x: DataSource) => laadOja(x, plan, log), tabellen: ['arrangement', 'boeking', 'deelname', 'leerling', 'deadline', 'deadline_warning'] },
    { dienst: 'overdracht', persistence: overdrachtPersistence, laad: (x: DataSource) => laadOverdracht(x, plan, register, log), tabellen: ['overdracht', 'cohort', 'leerling', 'deadline', 'audit_trail'] },
  ];
  for (const d of diensten) {
    const sleutel = `${planSleutel}/${d.dienst}${'versie' in d ? `@${d.versie}` : ''}`;
    const laden = await moetLaden(db.url, sleutel, d.persistence.schema);
    const t0 = performance.now();
    const nieuw = await runMigrations(db.url, d.persistence);
    if (nieuw.length > 0) log(`${d.dienst}: migrations run now: ${nieuw.join(', ')} (${fmt(ms(t0))} ms)`);
    if (laden) {
      log(`${d.dienst}: loading into database ${db.name}`);
      const x = await new DataSource({ type: 'postgres', url: db.url, extra: { max: 2 } }).initialize();
      try {
        const t1 = performance.now();
        const wat = await d.laad(x);
        const s = ms(t1) / 1000;
        const t2 = performance.now();
        for (const t of d.tabellen) await x.query(`VACUUM ANALYZE ${d.persistence.schema}.${t}`);
        const [{ mb }] = await x.query(`SELECT round(sum(pg_total_relation_size(c.oid)) / 1048576.0)::int AS mb FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`, [d.persistence.schema]);
        await markeerKlaar(db.url, sleutel, { ...wat, laden_s: s, vacuum_s: ms(t2) / 1000, mb });
      } finally {
        await x.destroy();
      }
    }
    log(`${d.dienst} data (${laden ? 'loaded now' : 'reused'}): ${JSON.stringify(await samenvattingVan(db.url, sleutel))}`);
  }

  const ds = await new DataSource({ type: 'postgres', url: db.url, extra: { max: 2 } }).initialize();
  try {
    await ceilings(ds);
    const grootste = (sector: 'PO' | 'VO') => [...plan.swvs].filter((s) => s.sector === sector).sort((a, b) => b.zaken.toeleiding - a.zaken.toeleiding)[0];
    const gesorteerd = [...plan.swvs].sort((a, b) => a.zaken.toeleiding - b.zaken.toeleiding);
    const groot = [grootste('PO'), grootste('VO')];
    log(`largest SWVs: ${groot.map((s) => `${s.id} (${fmt(s.leerlingen)} pupils, ${fmt(s.zaken.toeleiding)} TLV cases)`).join(', ')}; median ${gesorteerd[Math.floor(gesorteerd.length / 2)].zaken.toeleiding} cases`);
    await werkvoorraadMeting(ds, leerlingen, plan.swvs, groot);
    await zoekMeting(ds, leerlingen, plan.swvs, groot);
    await tellingMeting(ds, plan.swvs, register);
    await thuiszittersMeting(ds, plan.swvs);
    await ojaMeting(ds, plan.swvs, Math.max(2, Math.round(HERHAAL / 2)), log);
    await overdrachtMeting(ds, plan.swvs, Number(process.env.BENCH_BORD ?? 300), log);
  } finally {
    await ds.destroy();
  }
  log(`kept database ${db.name} for the next run (BENCH_OPNIEUW=1 reloads; drop it with DROP DATABASE ${db.name})`);
}

async function ceilings(ds: DataSource): Promise<void> {
  const een: number[] = [];
  const pk: number[] = [];
  const ids: string[] = (await ds.query(`SELECT id FROM toeleiding.aanvraag TABLESAMPLE SYSTEM (0.1) LIMIT 500`)).map((r: { id: string }) => r.id);
  for (let i = 0; i < 50; i++) await ds.query('SELECT 1');
  for (let i = 0; i < 500; i++) {
    let t0 = performance.now();
    await ds.query('SELECT 1');
    een.push(ms(t0));
    t0 = performance.now();
    await ds.query('SELECT id, swv, versie, state FROM toeleiding.aanvraag WHERE id = $1', [ids[i % ids.length]]);
    pk.push(ms(t0));
  }
  log('ceilings (same run):');
  log(`  ${regel('SELECT 1 round trip', een)}`);
  log(`  ${regel('primary-key read of a case (state jsonb)', pk)}`);
}

type Vorm = { status: 0 | 1 | 2; school: boolean; soort: boolean; wie: '' | 'mij' | 'aan-zet' | 'niemand'; binnen: boolean; sorteer: 'termijn' | 'ingediend'; laatste: boolean };

function vormen(): Vorm[] {
  const uit: Vorm[] = [];
  for (const status of [0, 1, 2] as const)
    for (const school of [false, true])
      for (const soort of [false, true])
        for (const wie of ['', 'mij', 'aan-zet', 'niemand'] as const)
          for (const binnen of [false, true])
            for (const sorteer of ['termijn', 'ingediend'] as const) for (const laatste of [false, true]) uit.push({ status, school, soort, wie, binnen, sorteer, laatste });
  return uit;
}

const vormNaam = (v: Vorm) =>
  [v.status ? `status×${v.status}` : '', v.school ? 'school' : '', v.soort ? 'soort' : '', v.wie ? `wie=${v.wie}` : '', v.binnen ? 'binnen=week' : '', v.sorteer === 'ingediend' ? 'sorteer=ingediend' : '', v.laatste ? 'last page' : '']
    .filter(Boolean)
    .join(' + ') || 'default';

const ROLLEN = ['consulent', 'orthopedagoog', 'teamleider'];

async function werkvoorraadMeting(ds: DataSource, leerlingen: LeerlingRegister, swvs: SwvPlan[], groot: SwvPlan[]): Promise<void> {
  const r = rng(1919);
  const alle = vormen();
  const m = new Metingen();
  const verzoek = async (p: SwvPlan, v: Vorm, opname?: Statement[]) => {
    const rol = v.wie === 'mij' ? 'consulent' : ROLLEN[Math.floor(r() * ROLLEN.length)];
    const id = v.wie === 'mij' ? behandelaarVan(p.id, Math.floor(r() * behandelaarsVan(p))) : randomUUID();
    const s = scholenVan(p);
    const soorten = BELEIDEN[p.sector].soorten;
    const basis: Record<string, unknown> = { sorteer: v.sorteer };
    if (v.status) basis.status = Array.from({ length: v.status }, () => STATUSSEN[Math.floor(r() * STATUSSEN.length)]);
    if (v.school) basis.schoolId = s.regulier[Math.floor(r() * s.regulier.length)];
    if (v.soort) basis.soort = soorten[Math.floor(r() * soorten.length)];
    if (v.wie) basis.wie = v.wie;
    if (v.binnen) basis.binnen = 'week';
    const q = WerkvoorraadQuery.parse(basis);
    const actor: Actor = { id, rol: rol as Actor['rol'], swv: p.id, organisatie: `swv-${p.id.toLowerCase()}`, naam: 'Bench Medewerker' };
    if (v.laatste) {
      // The last page of this list: what "volgende" clicked to the end reaches (a cursor, as the screen pages).
      q.na = await laatstePaginaCursor((pag) => ds.transaction((x) => werkvoorraad(x, leerlingen, actor, { ...q, ...pag }, VANDAAG)), q.sorteer, 1);
    }
    const t0 = performance.now();
    await ds.transaction(async (tx) => {
      const x = opname ? opnemend(tx, opname) : tx;
      await werkvoorraad(x, leerlingen, actor, q, VANDAAG);
      await registreerMedewerker(x, SCHEMA, actor);
      await recordAccess(x, SCHEMA, actor, { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
    });
    return ms(t0);
  };
  // Warm-up: the caches a running service has.
  for (let i = 0; i < 100; i++) await verzoek(i % 2 ? groot[i % groot.length] : swvs[Math.floor(r() * swvs.length)], alle[Math.floor(r() * alle.length)]);
  log(`werkvoorraad (toeleiding): ${alle.length} shapes (status none/one/two × school × soort × wie × binnen × sort × first/last page) × ${HERHAAL}; half in the largest SWVs, half in random SWVs`);
  const t0 = performance.now();
  for (let h = 0; h < HERHAAL; h++) {
    for (const v of alle) {
      const inGroot = h % 2 === 0;
      const p = inGroot ? groot[(h / 2) % groot.length] : swvs[Math.floor(r() * swvs.length)];
      m.add(`${inGroot ? 'G' : 'R'}|${vormNaam(v)}`, await verzoek(p, v));
    }
  }
  log(`  ${fmt(m.alle().length)} requests in ${fmt(ms(t0) / 1000)} s`);
  log(`  ${regel('all requests', m.alle())}`);
  log(`  ${regel('largest SWVs', m.samen((l) => l.startsWith('G|')))}`);
  log(`  ${regel('random SWVs', m.samen((l) => l.startsWith('R|')))}`);
  const dim = (naam: string, f: (l: string) => boolean) => log(`  ${regel(naam, m.samen(f))}`);
  dim('  no filter (default list)', (l) => /\|(default|last page|sorteer=ingediend( \+ last page)?)$/.test(l));
  dim('  with a status filter (one)', (l) => l.includes('status×1'));
  dim('  with a status filter (two)', (l) => l.includes('status×2'));
  dim('  with school', (l) => l.includes('school'));
  dim('  with soort', (l) => l.includes('soort'));
  for (const w of ['mij', 'aan-zet', 'niemand']) dim(`  with wie=${w}`, (l) => l.includes(`wie=${w}`));
  dim('  with binnen=week', (l) => l.includes('binnen=week'));
  dim('  sorteer=ingediend', (l) => l.includes('sorteer=ingediend'));
  dim('  last page', (l) => l.includes('last page'));
  const perVorm = alle.map((v) => ({ naam: vormNaam(v), xs: m.samen((l) => l.slice(2) === vormNaam(v)) }));
  const boven = perVorm.filter((x) => pct(x.xs, 99) >= 50);
  log(`  shapes with p99 ≥ 50 ms: ${boven.length} of ${perVorm.length}`);
  perVorm.sort((a, b) => pct(b.xs, 99) - pct(a.xs, 99));
  for (const x of perVorm.slice(0, 10)) log(`    ${regel(x.naam, x.xs)}`);
  log(`  target p99 < 50 ms for every shape: ${boven.length === 0 ? 'MET' : 'NOT MET'}; over all requests p99 ${fmt(pct(m.alle(), 99))} ms`);
  // Inside the server: each shape's reads in the largest SWVs, EXPLAINed as they ran. This
  // separates what a plan costs from the waiting for a core on this shared machine.
  const kosten: Array<{ naam: string; swv: string } & ServerKosten> = [];
  for (const v of alle) {
    for (const p of groot) {
      const opname: Statement[] = [];
      await verzoek(p, v, opname);
      kosten.push({ naam: vormNaam(v), swv: p.id, ...(await serverKosten(ds.manager, opname)) });
    }
  }
  kosten.sort((a, b) => b.ms - a.ms);
  const serverMs = kosten.map((k) => k.ms);
  log(`  inside PostgreSQL (EXPLAIN ANALYZE of each shape's reads in the largest SWVs, warm): p50 ${fmt(pct(serverMs, 50), 2)} ms, p99 ${fmt(pct(serverMs, 99), 2)} ms, max ${fmt(Math.max(...serverMs), 2)} ms per request; buffers p50 ${pct(kosten.map((k) => k.buffers), 50)}, max ${Math.max(...kosten.map((k) => k.buffers))}`);
  for (const k of kosten.slice(0, 8)) log(`    ${k.naam.padEnd(70)} ${k.swv}  ${fmt(k.ms, 2).padStart(6)} ms  ${String(k.buffers).padStart(6)} buffers`);
  for (const k of kosten.slice(0, EXPLAIN)) {
    if (!k.duurste) continue;
    log(`\n  EXPLAIN (ANALYZE, BUFFERS) of the costliest read of '${k.naam}' in ${k.swv} (${fmt(k.duurste.serverMs, 2)} ms inside the server):`);
    log(`  ${k.duurste.sql.replace(/\s+/g, ' ').slice(0, 400)}`);
    for (const l of await explainTekst(ds.manager, k.duurste)) log(`    ${l}`);
  }
}

type ZoekSoort = 'kenmerk' | 'bsn' | 'geboortedatum' | 'voornaam+achternaam' | 'begin achternaam' | 'achternaam' | 'school' | 'niemand';

async function zoekMeting(ds: DataSource, leerlingen: LeerlingRegister, alle: SwvPlan[], groot: SwvPlan[]): Promise<void> {
  // A search looks for a pupil of a TLV case: at a small BENCH_SCHAAL some SWVs have none.
  const swvs = alle.filter((p) => p.zaken.toeleiding > 0);
  const r = rng(1515);
  const zoeker = aanvraagZoeker(leerlingen);
  const m = new Metingen();
  const treffers = new Map<string, number[]>();
  const vraag = async (p: SwvPlan): Promise<{ soort: ZoekSoort; q: string; in?: SwvPlan }> => {
    const k = Math.floor(r() * p.zaken.toeleiding);
    const n = leerlingVoorZaak(p, 'toeleiding', k);
    const naam = naamVan(n);
    const x = r();
    if (x < 0.2) {
      const [{ kenmerk }] = await ds.query(`SELECT kenmerk FROM toeleiding.aanvraag WHERE leerling_id = $1`, [leerlingId(n)]);
      return { soort: 'kenmerk', q: kenmerk };
    }
    if (x < 0.35) {
      // Every 25th pupil (national number) has a test BSN: in an SWV whose cases step over
      // those numbers, search in the next SWV that has one.
      for (let i = 0; i < swvs.length; i++) {
        const q = swvs[(swvs.indexOf(p) + i) % swvs.length];
        for (let j = 0; j < q.zaken.toeleiding; j++) {
          const b = bsnVan(leerlingVoorZaak(q, 'toeleiding', (k + j) % q.zaken.toeleiding));
          if (b) return { soort: 'bsn', q: b, in: q };
        }
      }
      return { soort: 'bsn', q: testBsn(99_999) };
    }
    if (x < 0.5) return { soort: 'geboortedatum', q: GEBOORTEDATA[naam.geboren].split('-').reverse().join('-') };
    if (x < 0.7) return { soort: 'voornaam+achternaam', q: `${VOORNAMEN[naam.voornaam]} ${ACHTERNAMEN[naam.achternaam]}` };
    if (x < 0.82) return { soort: 'begin achternaam', q: ACHTERNAMEN[naam.achternaam].slice(0, 3 + Math.floor(r() * 3)) };
    if (x < 0.9) return { soort: 'achternaam', q: ACHTERNAMEN[naam.achternaam] };
    if (x < 0.97) {
      // A word of the name of one of the SWV's schools (several schools share it).
      const s = scholenVan(p);
      const naam = s.namen.get(s.regulier[Math.floor(r() * s.regulier.length)])!;
      return { soort: 'school', q: SCHOOLWOORDEN.find((w) => naam.includes(w))! };
    }
    return { soort: 'niemand', q: 'Xylofoonstra' };
  };
  const verzoek = async (p: SwvPlan, q: string) => {
    const actor: Actor = { id: randomUUID(), rol: 'consulent', swv: p.id, organisatie: `swv-${p.id.toLowerCase()}`, naam: 'Bench Medewerker' };
    const t0 = performance.now();
    const n = await ds.transaction(async (tx: EntityManager) => {
      const gevonden = await zoeker.zoek(tx, p.id, q, 50);
      const items = await alsItems(tx, leerlingen, actor, await zakenMetIds(tx, p.id, gevonden.ids), VANDAAG);
      await registreerMedewerker(tx, SCHEMA, actor);
      await recordAccess(tx, SCHEMA, actor, { handeling: 'zoeken', objectType: 'aanvraag', doel: 'behandeling' });
      return items.length;
    });
    return { t: ms(t0), n };
  };
  for (let i = 0; i < 30; i++) {
    const p = swvs[Math.floor(r() * swvs.length)];
    await verzoek(p, (await vraag(p)).q);
  }
  for (let i = 0; i < ZOEK; i++) {
    const p = i % 2 === 0 ? groot[(i / 2) % groot.length] : swvs[Math.floor(r() * swvs.length)];
    const v = await vraag(p);
    const { t, n } = await verzoek(v.in ?? p, v.q);
    m.add(v.soort, t);
    treffers.set(v.soort, [...(treffers.get(v.soort) ?? []), n]);
  }
  log(`\nsearch (POST /aanvragen/zoeken: search, rows, names decrypted, medewerker, access log), ${ZOEK} requests, half in the largest SWVs:`);
  log(`  ${regel('all', m.alle())}`);
  for (const l of m.labels()) log(`  ${regel(`  ${l} (hits p50 ${pct(treffers.get(l)!, 50)})`, m.van(l))}`);
  log(`  target p99 < 50 ms: ${pct(m.alle(), 99) < 50 ? 'MET' : 'NOT MET'}`);
}

async function tellingMeting(ds: DataSource, swvs: SwvPlan[], register: ReturnType<typeof loadSwvRegister>): Promise<void> {
  const per: number[] = [];
  let geldig = 0;
  const t0 = performance.now();
  for (const p of swvs) {
    const t1 = performance.now();
    const regels = await telOp(ds.manager, p.id, PEILDATUM, BELEIDEN[p.sector].soorten as TlvSoort[]);
    per.push(ms(t1));
    geldig += regels.reduce((n, x) => n + x.geldigeTlvs, 0);
  }
  const alle = ms(t0);
  const grootste = [...swvs].sort((a, b) => b.zaken.toeleiding - a.zaken.toeleiding)[0];
  // Fixing it (count + store + outbox event) in the largest SWV, rolled back: the data set stays as loaded.
  const t2 = performance.now();
  await ds
    .transaction(async (m) => {
      await stelTellingVast(m, grootste.id, PEILDATUM, BELEIDEN[grootste.sector].soorten as TlvSoort[], register.sourceFor(grootste.id, 'toeleiding'));
      throw new Terugdraaien();
    })
    .catch((e) => {
      if (!(e instanceof Terugdraaien)) throw e;
    });
  const vaststellen = ms(t2);
  log(`\ntelling ${PEILDATUM} (telOp, the count the vaststelling stores): ${fmt(geldig)} valid TLVs over ${swvs.length} SWVs`);
  log(`  ${regel('per SWV', per)}`);
  log(`  all ${swvs.length} SWVs one after another: ${fmt(alle)} ms; fixing it in the largest SWV (${grootste.id}: count + store + outbox, rolled back): ${fmt(vaststellen)} ms`);
  log(`  target < 2 s per SWV and for all: ${Math.max(...per) < 2000 && alle < 2000 ? 'MET' : 'NOT MET'}`);
}

class Terugdraaien extends Error {}

type TzVorm = { status: 0 | 1 | 2; soort: boolean; niveau: boolean; school: boolean; aandacht: boolean; sorteer: 'thuis' | 'termijn'; actietafel: boolean; laatste: boolean };

/** The thuiszitters werkvoorraad (GET /casussen) for every combination of its filters, as the endpoint runs it. */
async function thuiszittersMeting(ds: DataSource, swvs: SwvPlan[]): Promise<void> {
  const r = rng(2121);
  const herhaal = Number(process.env.BENCH_HERHAAL_TZ ?? Math.max(2, Math.round(HERHAAL / 2)));
  const vormen: TzVorm[] = [];
  for (const status of [0, 1, 2] as const)
    for (const soort of [false, true])
      for (const niveau of [false, true])
        for (const school of [false, true])
          for (const aandacht of [false, true])
            for (const sorteer of ['thuis', 'termijn'] as const)
              for (const actietafel of [false, true]) for (const laatste of [false, true]) vormen.push({ status, soort, niveau, school, aandacht, sorteer, actietafel, laatste });
  const naam = (v: TzVorm) =>
    [v.status ? `status×${v.status}` : '', v.soort ? 'soort' : '', v.niveau ? 'niveau' : '', v.school ? 'school' : '', v.aandacht ? 'aandacht' : '', v.sorteer === 'termijn' ? 'sorteer=termijn' : '', v.actietafel ? 'actietafel' : '', v.laatste ? 'last page' : '']
      .filter(Boolean)
      .join(' + ') || 'default';
  const groot = [...swvs].sort((a, b) => b.zaken.thuiszitters - a.zaken.thuiszitters).slice(0, 2);
  const m = new Metingen();
  const verzoek = async (p: SwvPlan, v: TzVorm, opname?: Statement[]) => {
    const rol = v.actietafel ? 'actietafel' : ROLLEN[Math.floor(r() * ROLLEN.length)];
    const s = scholenVan(p);
    const basis: Record<string, unknown> = { sorteer: v.sorteer };
    if (v.status) basis.status = Array.from({ length: v.status }, () => TZ_STATUSSEN[Math.floor(r() * 4)]);
    if (v.soort) basis.soort = CASUS_SOORTEN[Math.floor(r() * CASUS_SOORTEN.length)];
    if (v.niveau) basis.niveau = NIVEAUS[Math.floor(r() * NIVEAUS.length)];
    if (v.school) basis.schoolId = s.regulier[Math.floor(r() * s.regulier.length)];
    if (v.aandacht) basis.aandacht = 'ja';
    const q = TzWerkvoorraadQuery.parse(basis);
    const filter = { ...q, aandacht: q.aandacht === 'ja' };
    if (v.laatste) {
      // By cursor, as the screen pages (an offset from the count, which stops at 1,000, did not reach the end of a longer list).
      filter.na = await laatstePaginaCursor((pag) => tzWerkvoorraad(ds.manager, p.id, rol, { ...filter, ...pag }, VANDAAG), q.sorteer, 2);
    }
    const actor: Actor = { id: randomUUID(), rol: rol as Actor['rol'], swv: p.id, organisatie: `swv-${p.id.toLowerCase()}` };
    const t0 = performance.now();
    await ds.transaction(async (tx) => {
      const x = opname ? opnemend(tx, opname) : tx;
      await tzWerkvoorraad(x, p.id, rol, filter, VANDAAG);
      await recordAccess(x, THUISZITTERS, actor, { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
    });
    return ms(t0);
  };
  for (let i = 0; i < 50; i++) await verzoek(swvs[Math.floor(r() * swvs.length)], vormen[Math.floor(r() * vormen.length)]);
  for (let h = 0; h < herhaal; h++) {
    for (const v of vormen) {
      const p = h % 2 === 0 ? groot[(h / 2) % groot.length] : swvs[Math.floor(r() * swvs.length)];
      m.add(naam(v), await verzoek(p, v));
    }
  }
  log(`\nthuiszitters werkvoorraad (GET /casussen: query, access log), ${vormen.length} shapes (status × soort × niveau × school × aandacht × sort × actietafel × first/last page) × ${herhaal}, half in the largest SWVs (${groot.map((g) => `${g.id} ${fmt(g.zaken.thuiszitters)} meldingen`).join(', ')}):`);
  log(`  ${regel('all requests', m.alle())}`);
  const perVorm = m.labels().map((l) => ({ l, xs: m.van(l) })).sort((a, b) => pct(b.xs, 99) - pct(a.xs, 99));
  const boven = perVorm.filter((x) => pct(x.xs, 99) >= 50);
  for (const x of perVorm.slice(0, 5)) log(`    ${regel(x.l, x.xs)}`);
  log(`  target p99 < 50 ms for every shape: ${boven.length === 0 ? 'MET' : `NOT MET (${boven.length} of ${perVorm.length} shapes)`}; over all requests p99 ${fmt(pct(m.alle(), 99))} ms`);
  const kosten: Array<{ naam: string; swv: string } & ServerKosten> = [];
  for (const v of vormen) {
    for (const p of groot) {
      const opname: Statement[] = [];
      await verzoek(p, v, opname);
      kosten.push({ naam: naam(v), swv: p.id, ...(await serverKosten(ds.manager, opname)) });
    }
  }
  kosten.sort((a, b) => b.ms - a.ms);
  log(`  inside PostgreSQL (EXPLAIN ANALYZE per shape, largest SWVs, warm): p50 ${fmt(pct(kosten.map((k) => k.ms), 50), 2)} ms, max ${fmt(kosten[0].ms, 2)} ms (${kosten[0].naam}, ${kosten[0].buffers} buffers)`);
  if (kosten[0].duurste) for (const l of await explainTekst(ds.manager, kosten[0].duurste)) log(`    ${l}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
