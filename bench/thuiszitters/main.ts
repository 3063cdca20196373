// Thuiszitters benchmark: prints, on this machine, the latency (p50/p95/p99) of
//  (a) the meldingen werkvoorraad and (b) the Actietafel agenda, as the endpoints run
//      them (the query plus its access-log row, one transaction), with 50,000 meldingen in
//      each of two SWVs (PO and VO) in one database.
// Data: states reached by the real domain commands with the real rules (no hand-written
// state): a few hundred random lives of a casus, cloned with new ids and pupils, stored
// through the service's own projection. Run: npm run bench:thuiszitters.
// Knobs (env): BENCH_MELDINGEN (50000 per SWV), BENCH_QUERIES (1000), BENCH_KEEP=1 keeps the database,
// BENCH_DB=<name> measures again on a kept database (no generating or loading).
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { runMigrations, recordAccess, type Actor } from '@pao/platform';
import { createTestDatabase, localServers } from '@pao/testing';
import { isZaakFout, plusDagen } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { DEMO_SCHOLEN, schoolId, seedScholen } from '../../apps/thuiszitters/src/demo/scholen';
import {
  casusBeslisser,
  maakCasus,
  NIVEAUS,
  STATUSSEN,
  termijnen,
  type Aanmaakcommando,
  type Casus,
  type CasusCommando,
  type Rol,
  type ThuiszittersWerkcontext,
} from '../../apps/thuiszitters/src/domain';
import { WerkvoorraadQuery } from '../../apps/thuiszitters/src/http/schemas';
import { CASUS_KOLOMMEN, casusProjectie } from '../../apps/thuiszitters/src/persistence/projectie';
import { SCHEMA, thuiszittersPersistence } from '../../apps/thuiszitters/src/persistence/persistence';
import { agenda } from '../../apps/thuiszitters/src/queries/agenda';
import { werkvoorraad } from '../../apps/thuiszitters/src/queries/werkvoorraad';
import { thuiszittersRegels } from '../../apps/thuiszitters/src/regels/thuiszitters-regels';

const PER_SWV = Number(process.env.BENCH_MELDINGEN ?? 50_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const SJABLONEN = 400;
const VANDAAG = '2026-11-23';
const REGELS = thuiszittersRegels();

const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const w = (swv: string, rol: Rol, vandaag: string): ThuiszittersWerkcontext => ({
  actor: { id: `bench-${rol}`, rol, organisatie: rol === 'systeem' ? 'systeem' : swv },
  vandaag,
  swv,
  regels: REGELS,
  nieuwId: randomUUID,
});

const BETROKKEN = { ouders: 'betrokken', leerling: 'betrokken' } as const;

/** One random life of a casus, started `leeftijd` days ago, with the engine giving 'bewaken' as days pass. */
function leven(r: () => number, swv: 'PO' | 'VO', scholen: string[]): Casus {
  const leeftijd = Math.floor(r() * 300);
  let dag = plusDagen(VANDAAG, -leeftijd);
  const school = scholen[Math.floor(r() * scholen.length)];
  const soortKans = r();
  const soort = soortKans < 0.55 ? 'langdurig-relatief-verzuim' : soortKans < 0.7 ? 'dreigend' : soortKans < 0.8 ? 'absoluut-verzuim' : soortKans < 0.9 ? 'crisis' : 'vrijstelling';
  const start: Aanmaakcommando =
    soort === 'vrijstelling'
      ? { type: 'vrijstellingRegistreren', leerlingRef: randomUUID(), grond: 'art-5-onder-a', ingangsdatum: dag, schoolId: school }
      : {
          type: 'melden',
          leerlingRef: randomUUID(),
          soort,
          melder: { soort: r() < 0.7 ? 'school' : 'steunpunt' },
          schoolId: soort === 'absoluut-verzuim' ? undefined : school,
          thuisSinds: soort === 'langdurig-relatief-verzuim' || soort === 'absoluut-verzuim' ? plusDagen(dag, -Math.floor(r() * 40)) : undefined,
          betrokkenheid: BETROKKEN,
        };
  let s = maakCasus(start, randomUUID(), w(swv, 'consulent', dag)).state;
  const engine = () => {
    if (termijnen(s).some((t) => t.vervaltOp < dag)) s = casusBeslisser.beslis(s, { type: 'bewaken' }, w(swv, 'systeem', dag)).state;
  };
  for (let stap = 0; stap < 12 && dag < VANDAAG; stap++) {
    dag = plusDagen(dag, Math.min(Math.floor(r() * 25), Math.max(0, -plusDagenVerschil(dag))));
    engine();
    const later = plusDagen(dag, 5 + Math.floor(r() * 30));
    const kans = r();
    const opties: Array<[Rol, CasusCommando]> = [
      ['consulent', { type: 'actieToevoegen', omschrijving: 'Gesprek', eigenaar: 'school', uiterlijkOp: later }],
      ['consulent', { type: 'escaleren', toelichting: 'Geen voortgang' }],
      ['actietafel', { type: 'doorzettingskrachtInzetten', afspraak: 'Plek', partijen: ['school', 'ouders'], plaatsingUiterlijk: later, betrokkenheid: BETROKKEN }],
      ['teamleider', { type: 'doorzettingsmachtInzetten', aangewezenSchoolId: school, motivering: 'm', kaders: 'k' }],
      ['consulent', { type: 'uitkomstVastleggen', uitkomst: r() < 0.7 ? 'plaatsing-onderwijs' : 'plaatsing-jeugdhulp', schoolId: school, startOp: later, betrokkenheid: BETROKKEN }],
      ['consulent', { type: 'afsluiten', gestartOp: dag }],
      ['consulent', { type: 'afsluiten', reden: 'teruggekeerd' }],
      ['consulent', { type: 'aanmeldingVastleggen', schoolId: school, aanmeldingOp: dag }],
    ];
    const [rol, c] = opties[Math.floor(kans * opties.length)];
    try {
      s = casusBeslisser.beslis(s, c, w(swv, rol, dag)).state;
    } catch (e) {
      if (!isZaakFout(e)) throw e;
    }
  }
  dag = VANDAAG;
  engine();
  return s;
}

function plusDagenVerschil(dag: string): number {
  return Math.round((Date.parse(`${dag}T00:00:00Z`) - Date.parse(`${VANDAAG}T00:00:00Z`)) / 86_400_000);
}

function kloon(s: Casus): Casus {
  return { ...s, id: randomUUID(), leerlingRef: s.leerlingRef ? randomUUID() : undefined, ...(s.bron ? { bron: { ...s.bron, bronId: randomUUID() } } : {}) };
}

const KOLOM_TYPES: Record<string, string> = {
  status: 'text', soort: 'text', niveau: 'text', open: 'boolean', aan_tafel: 'boolean', leerling_id: 'uuid', school_id: 'uuid', bevoegd_gezag_id: 'uuid', gemeente: 'text',
  aangemaakt_op: 'date', gemeld_op: 'date', thuis_sinds: 'date', thuiszitter_sinds: 'date', volgende_termijn_op: 'date', volgende_termijn_soort: 'text', actietafel_sinds: 'date',
  aandacht_teamleider: 'boolean', aandacht: 'boolean', open_acties: 'int', verlopen_acties: 'int', pact_verstreken_op: 'date', aanbod_uitkomst: 'text', aanbod_start: 'date', afgesloten_op: 'date',
  afsluit_reden: 'text', vrijstelling_grond: 'text', vrijstelling_van: 'date', vrijstelling_tot: 'date', bron: 'text', bron_id: 'uuid', besproken_in: 'text',
};

async function laad(ds: DataSource, zaken: Casus[]): Promise<void> {
  for (let i = 0; i < zaken.length; i += 2000) {
    const batch = zaken.slice(i, i + 2000);
    const metLeerling = batch.filter((s) => s.leerlingRef);
    await ds.query(
      `INSERT INTO thuiszitters.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
       SELECT id, swv, 'bsn', id::text, 'v1.bench', '***-**-' || lpad((random() * 999)::int::text, 3, '0'), 'GM0034' FROM unnest($1::uuid[], $2::text[]) AS t(id, swv)`,
      [metLeerling.map((s) => s.leerlingRef), metLeerling.map((s) => s.swv)],
    );
    const kolommen = ['id', 'swv', 'versie', 'formaat', 'state', ...CASUS_KOLOMMEN];
    const rijen = batch.map((s) => {
      const p = casusProjectie(s);
      return [s.id, s.swv, s.versie, 1, JSON.stringify(s), ...CASUS_KOLOMMEN.map((k) => (k === 'besproken_in' ? `{${(p[k] as string[]).join(',')}}` : p[k]))];
    });
    const types = ['uuid', 'text', 'int', 'int', 'jsonb', ...CASUS_KOLOMMEN.map((k) => KOLOM_TYPES[k])];
    await ds.query(
      `INSERT INTO thuiszitters.casus (${kolommen.join(', ')}) SELECT ${kolommen.map((k, j) => (k === 'besproken_in' ? `c${j}::uuid[]` : `c${j}`)).join(', ')}
         FROM unnest(${types.map((t, j) => `$${j + 1}::${t}[]`).join(', ')}) AS t(${kolommen.map((_, j) => `c${j}`).join(', ')})`,
      kolommen.map((_, j) => rijen.map((r) => r[j])),
    );
  }
}

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
