// Search benchmark (issue 15): the toeleiding search endpoint's work — ZaakZoeker, the rows
// of the hits with the pupils' names decrypted, and the access-log row, in one transaction
// — over BENCH_ZAKEN cases (default 1,000,000) in two SWVs, each with its own pupil, name
// and birth date, found through keyed-hash search terms. Prints p50/p95/p99 per kind of
// query and overall. Run: npm run bench:zoeken. Knobs: BENCH_ZAKEN, BENCH_QUERIES (1000), BENCH_KEEP=1.
import { createHash, randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { recordAccess, runMigrations, type Actor } from '@pao/platform';
import { createTestDatabase, localServers } from '@pao/testing';
import { LeerlingRegister, LeerlingSleutels, ZaakZoeker, geboortedatumTerm, naamTermen, testBsn, LeerlingId, plusDagen } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { SCHOLEN, schoolId, seedRegister } from '../../apps/toeleiding/src/demo/register';
import { SCHEMA, toeleidingPersistence } from '../../apps/toeleiding/src/persistence/persistence';
import { alsItems, zakenMetIds } from '../../apps/toeleiding/src/queries/werkvoorraad';
import { rng } from '../toeleiding/genereer';

const ZAKEN = Number(process.env.BENCH_ZAKEN ?? 1_000_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const VANDAAG = '2026-11-23';
const MET_BSN = 5000;

const VOORNAMEN = ['Daan', 'Sem', 'Noah', 'Lucas', 'Finn', 'Levi', 'Milan', 'Bram', 'Mohammed', 'Ryan', 'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Nora', 'Fenna', 'Yara', 'Amira', 'Sara', 'Lina', 'Jesse', 'Thijs', 'Luuk', 'Sven', 'Ravi', 'Ayoub', 'Ilse', 'Roos', 'Eva', 'Lotte', 'Sanne', 'Iris', 'Femke', 'Jasper', 'Ruben', 'Stijn', 'Koen', 'Tim'];
const STAMMEN = ['Jansen', 'Vries', 'Berg', 'Bakker', 'Dijk', 'Visser', 'Smit', 'Meijer', 'Boer', 'Mulder', 'Yilmaz', 'Amrani', 'Bos', 'Linden', 'Kramer', 'Ozturk', 'Vos', 'Peters', 'Hendriks', 'Leeuwen', 'Dekker', 'Brouwer', 'Wit', 'Dijkstra', 'Smits', 'Graaf', 'Meer', 'Kok', 'Jacobs', 'Haan'];
// 30 stems × 20 endings: 600 surnames, every one a plausible Dutch-looking name.
const ACHTERNAMEN = STAMMEN.flatMap((s) => ['', 'ma', 'man', 'se', 'sen', 'ing', 'inga', 'er', 'ers', 'ink', 'stra', 'huis', 'veld', 'berg', 'hof', 'kamp', 'horst', 'weg', 'land', 'dal'].map((e) => `${s}${e}`));
const DATA = Array.from({ length: 3650 }, (_, i) => plusDagen('2008-01-01', i));

const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** Pupil n's name and birth date: indices into the vocabularies (deterministic). */
const voornaam = (n: number) => (n * 7919) % VOORNAMEN.length;
const achternaam = (n: number) => (n * 104_729) % ACHTERNAMEN.length;
const geboren = (n: number) => (n * 15_485_863) % DATA.length;

async function laad(ds: DataSource, sleutels: LeerlingSleutels): Promise<void> {
  // The hashes of the distinct terms, made by the service's own key derivation.
  const voc: Array<[string, number, string]> = [];
  VOORNAMEN.forEach((w, i) => naamTermen(w).forEach((t) => voc.push(['v', i, sleutels.zoekterm(t)])));
  ACHTERNAMEN.forEach((w, i) => naamTermen(w).forEach((t) => voc.push(['a', i, sleutels.zoekterm(t)])));
  DATA.forEach((d, i) => voc.push(['g', i, sleutels.zoekterm(geboortedatumTerm(d))]));
  await ds.query(`CREATE UNLOGGED TABLE bench_voc (soort text, idx int, term text)`);
  await ds.query(`INSERT INTO bench_voc SELECT * FROM unnest($1::text[], $2::int[], $3::text[])`, [voc.map((v) => v[0]), voc.map((v) => v[1]), voc.map((v) => v[2])]);
  const personalia = sleutels.versleutelPersonalia(JSON.stringify({ voornaam: 'Bench', achternaam: 'Leerling', geboortedatum: '2012-01-01' }));
  const scholen = (swv: 'PO' | 'VO') => SCHOLEN.filter((s) => s.swv === swv && s.soort === 'regulier').map((s) => schoolId(swv, s.brin));
  await ds.query(`CREATE UNLOGGED TABLE bench_school (swv text, idx int, id uuid)`);
  for (const swv of ['PO', 'VO'] as const) await ds.query(`INSERT INTO bench_school SELECT $1, i - 1, id FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, i)`, [swv, scholen(swv)]);

  // Pupils: n even → VO, odd → PO; the first MET_BSN get a real keyed hash of a test BSN.
  await ds.query(
    `INSERT INTO toeleiding.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente, personalia_versleuteld)
     SELECT md5('leerling' || n)::uuid, CASE WHEN n % 2 = 0 THEN 'VO' ELSE 'PO' END, 'bsn', 'bench.' || n, 'v2.bench', '***-**-' || lpad((n % 1000)::text, 3, '0'), 'GM0034', $2
     FROM generate_series(0, $1 - 1) n`,
    [ZAKEN, personalia],
  );
  const bsn = Array.from({ length: MET_BSN }, (_, n) => sleutels.hash('bsn', LeerlingId.parse(testBsn(n + 1)).onthulNummer()));
  await ds.query(`UPDATE toeleiding.leerling l SET nummer_hash = h.hash FROM unnest($1::text[]) WITH ORDINALITY AS h(hash, i) WHERE l.id = md5('leerling' || (h.i - 1))::uuid`, [bsn]);

  // Search terms: each pupil's first name, surname (with prefixes) and birth date.
  await ds.query(`ALTER TABLE toeleiding.leerling_zoekterm DROP CONSTRAINT leerling_zoekterm_pkey, DROP CONSTRAINT leerling_zoekterm_leerling_id_fkey`);
  await ds.query(`DROP INDEX toeleiding.leerling_zoekterm_leerling`);
  await ds.query(
    `WITH p AS (SELECT n, CASE WHEN n % 2 = 0 THEN 'VO' ELSE 'PO' END AS swv, md5('leerling' || n)::uuid AS id,
                       ((n::bigint * 7919) % $2)::int AS v, ((n::bigint * 104729) % $3)::int AS a, ((n::bigint * 15485863) % $4)::int AS g
                FROM generate_series(0, $1 - 1) n)
     INSERT INTO toeleiding.leerling_zoekterm (swv, term, leerling_id)
     SELECT p.swv, v.term, p.id FROM p JOIN bench_voc v ON v.soort = 'v' AND v.idx = p.v
     UNION ALL SELECT p.swv, v.term, p.id FROM p JOIN bench_voc v ON v.soort = 'a' AND v.idx = p.a
     UNION ALL SELECT p.swv, v.term, p.id FROM p JOIN bench_voc v ON v.soort = 'g' AND v.idx = p.g`,
    [ZAKEN, VOORNAMEN.length, ACHTERNAMEN.length, DATA.length],
  );
  await ds.query(`ALTER TABLE toeleiding.leerling_zoekterm ADD PRIMARY KEY (swv, term, leerling_id)`);
  await ds.query(`CREATE INDEX leerling_zoekterm_leerling ON toeleiding.leerling_zoekterm (leerling_id)`);

  // Cases: one per pupil, a kenmerk per SWV and year, spread over the SWV's schools.
  await ds.query(`ALTER TABLE toeleiding.aanvraag DISABLE TRIGGER USER`);
  await ds.query(
    `INSERT INTO toeleiding.aanvraag (id, swv, versie, formaat, state, leerling_id, kenmerk, status, school_id, bevoegd_gezag_id, soort, aangemaakt_op, ingediend_op, open, volgende_stap_partij, volgende_stap_actie)
     SELECT md5('zaak' || n)::uuid, l.swv, 1, 1, '{}'::jsonb, l.id,
            'TLV-' || l.swv || '-' || (2020 + (n / 2) % 7) || '-' || lpad(((n / 2) / 7 + 1)::text, 5, '0'),
            CASE WHEN n % 5 = 0 THEN 'ingediend' ELSE 'onherroepelijk' END, s.id, s.id, 'VSO-midden',
            DATE '2020-01-01' + (n / 2) % 2500, DATE '2020-01-02' + (n / 2) % 2500, n % 5 = 0,
            CASE WHEN n % 5 = 0 THEN 'consulent' END, CASE WHEN n % 5 = 0 THEN 'ontvankelijkheid-beoordelen' END
     FROM generate_series(0, $1 - 1) n
     JOIN toeleiding.leerling l ON l.id = md5('leerling' || n)::uuid
     JOIN bench_school s ON s.swv = l.swv AND s.idx = n % (CASE WHEN l.swv = 'VO' THEN $2::int ELSE $3::int END)`,
    [ZAKEN, scholen('VO').length, scholen('PO').length],
  );
  await ds.query(`ALTER TABLE toeleiding.aanvraag ENABLE TRIGGER USER`);
  for (const t of ['leerling', 'leerling_zoekterm', 'aanvraag']) await ds.query(`VACUUM ANALYZE toeleiding.${t}`);
}

type Soort = 'kenmerk' | 'bsn' | 'geboortedatum' | 'voornaam+achternaam' | 'begin achternaam' | 'achternaam' | 'school' | 'niemand';

function vraag(r: () => number, kenmerken: string[]): { soort: Soort; q: string; swv: 'PO' | 'VO' } {
  const n = Math.floor(r() * ZAKEN);
  const swv = n % 2 === 0 ? 'VO' : 'PO';
  const x = r();
  if (x < 0.2) return { soort: 'kenmerk', q: kenmerken[Math.floor(r() * kenmerken.length)], swv: 'VO' };
  if (x < 0.35) {
    const m = Math.floor(r() * MET_BSN);
    return { soort: 'bsn', q: testBsn(m + 1), swv: m % 2 === 0 ? 'VO' : 'PO' };
  }
  if (x < 0.5) return { soort: 'geboortedatum', q: DATA[geboren(n)].split('-').reverse().join('-'), swv };
  if (x < 0.7) return { soort: 'voornaam+achternaam', q: `${VOORNAMEN[voornaam(n)]} ${ACHTERNAMEN[achternaam(n)]}`, swv };
  if (x < 0.82) return { soort: 'begin achternaam', q: ACHTERNAMEN[achternaam(n)].slice(0, 3 + Math.floor(r() * 3)), swv };
  if (x < 0.9) return { soort: 'achternaam', q: ACHTERNAMEN[achternaam(n)], swv };
  if (x < 0.97) return { soort: 'school', q: SCHOLEN.filter((s) => s.swv === swv && s.soort === 'regulier')[Math.floor(r() * 5)].naam.split(' ')[0], swv };
  return { soort: 'niemand', q: 'Xylofoonstra', swv };
}

async function main(): Promise<void> {
  // BENCH_DB: measure again on a database a previous run kept (BENCH_KEEP=1), without loading.
  const bestaand = process.env.BENCH_DB;
  const db = bestaand ? { name: bestaand, url: Object.assign(new URL(localServers.postgresAdminUrl), { pathname: `/${bestaand}` }).toString(), drop: async () => undefined } : await createTestDatabase('bench_zoeken');
  const ds = new DataSource({ type: 'postgres', url: db.url, extra: { max: 4 } });
  try {
    if (!bestaand) await runMigrations(db.url, toeleidingPersistence);
    await ds.initialize();
    if (!bestaand) await seedRegister(ds.manager);
    // Fixed bench keys (not the per-process test secrets): a kept database can be measured again.
    const sleutel = (doel: string) => `k1:${createHash('sha256').update(`pao-bench-zoeken/${doel}`).digest('base64url')}`;
    const sleutels = new LeerlingSleutels({ versleuteling: sleutel('versleuteling'), hash: sleutel('hash') }, 'toeleiding');
    const leerlingen = new LeerlingRegister(SCHEMA, sleutels);
    const zoeker = new ZaakZoeker({
      schema: SCHEMA,
      tabel: 'aanvraag',
      kenmerkPrefix: 'TLV',
      leerlingen,
      school: { kolom: 'school_id', idsSql: (swv, patroon) => `SELECT id FROM toeleiding.school WHERE swv = ${swv} AND naam ILIKE ${patroon}` },
    });

    let t0 = performance.now();
    if (!bestaand) await laad(ds, sleutels);
    const laden = ms(t0);
    const [{ zaken, termen, mb }] = await ds.query(
      `SELECT (SELECT count(*) FROM toeleiding.aanvraag)::int AS zaken, (SELECT count(*) FROM toeleiding.leerling_zoekterm)::int AS termen,
              round((pg_total_relation_size('toeleiding.leerling_zoekterm') + pg_total_relation_size('toeleiding.leerling') + pg_total_relation_size('toeleiding.aanvraag')) / 1048576.0) AS mb`,
    );
    console.log(`[bench:zoeken] ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`data: ${fmt(zaken)} cases in two SWVs, ${fmt(termen)} search terms; loaded in ${fmt(laden / 1000)} s; ${mb} MB with indexes`);

    const kenmerken: string[] = (await ds.query(`SELECT kenmerk FROM toeleiding.aanvraag WHERE swv = 'VO' ORDER BY random() LIMIT 500`)).map((r: { kenmerk: string }) => r.kenmerk);
    const r = rng(15);
    const vragen = Array.from({ length: QUERIES + 50 }, () => vraag(r, kenmerken));
    const tijden: number[] = [];
    const perSoort = new Map<Soort, number[]>();
    const treffers = new Map<Soort, number[]>();
    for (const [i, v] of vragen.entries()) {
      const actor: Actor = { id: randomUUID(), rol: 'consulent', swv: v.swv, organisatie: 'bench' };
      t0 = performance.now();
      const n = await ds.transaction(async (m) => {
        const gevonden = await zoeker.zoek(m, v.swv, v.q, 50);
        const items = await alsItems(m, leerlingen, actor, await zakenMetIds(m, v.swv, gevonden.ids), VANDAAG);
        await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'aanvraag', doel: 'behandeling' });
        return items.length;
      });
      if (i < 50) continue;
      const t = ms(t0);
      tijden.push(t);
      perSoort.set(v.soort, [...(perSoort.get(v.soort) ?? []), t]);
      treffers.set(v.soort, [...(treffers.get(v.soort) ?? []), n]);
    }
    console.log(`search over ${fmt(zaken)} cases, ${QUERIES} requests (search + rows + names decrypted + access log): p50 ${fmt(pct(tijden, 50))} ms, p95 ${fmt(pct(tijden, 95))} ms, p99 ${fmt(pct(tijden, 99))} ms, max ${fmt(Math.max(...tijden))} ms`);
    for (const [soort, xs] of perSoort) {
      const h = treffers.get(soort)!;
      console.log(`  ${soort.padEnd(20)} n=${String(xs.length).padStart(4)}  p50 ${fmt(pct(xs, 50)).padStart(6)} ms  p99 ${fmt(pct(xs, 99)).padStart(6)} ms  hits p50 ${pct(h, 50)}`);
    }
    console.log(`target: p99 < 200 ms ${pct(tijden, 99) < 200 ? 'MET' : 'NOT MET'}`);
  } finally {
    await ds.destroy().catch(() => undefined);
    if (process.env.BENCH_KEEP === '1') console.log(`kept database ${db.name}`);
    else await db.drop().catch(() => undefined);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
