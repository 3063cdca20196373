// The national data set's toeleiding part: schools, pupils (number, encrypted personalia,
// keyed-hash search terms), TLV cases and their armed deadlines for every SWV of the plan,
// loaded with unnest into the service's own schema (its migrations ran first).
// Cases are states reached by the real domain commands (bench/toeleiding/genereer.ts) for
// the demo SWV of the sector, cloned per case with new ids and relabelled to the national
// SWV; projection columns come from the service's own `projecteer`.
import { createHash, randomUUID } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { subDays } from 'date-fns';
import { deterministicUuid } from '@pao/contracts';
import { geboortedatumTerm, LeerlingId, naamTermen, plusDagen, testBsn, type LeerlingSleutels } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { type SwvRegister } from '@pao/swv';
import { kalenderTermijnrekenaar } from '../../apps/toeleiding/src/application/kalender-termijnrekenaar';
import { Samenwerkingsverbanden } from '../../apps/toeleiding/src/application/samenwerkingsverbanden';
import { termijnen, type TlvAanvraag } from '../../apps/toeleiding/src/domain';
import { PROJECTIE_KOLOMMEN, projecteer } from '../../apps/toeleiding/src/persistence/projectie';
import { vervaltMoment, waarschuwingenVoor } from '../../apps/toeleiding/src/termijnen/termijn-regels';
import { BELEIDEN, genereerZaak, kloon, type Einde, type Sector } from '../toeleiding/genereer';
import { kolomType } from '../toeleiding/kolom-type';
import { leerlingVoorZaak, rng, type Plan, type SwvPlan } from './verdeling';

export const VANDAAG = '2026-11-23';
export const PEILDATUM = '2026-10-01';
const BATCH = 2000;

export const VOORNAMEN = ['Daan', 'Sem', 'Noah', 'Lucas', 'Finn', 'Levi', 'Milan', 'Bram', 'Mohammed', 'Ryan', 'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Nora', 'Fenna', 'Yara', 'Amira', 'Sara', 'Lina', 'Jesse', 'Thijs', 'Luuk', 'Sven', 'Ravi', 'Ayoub', 'Ilse', 'Roos', 'Eva', 'Lotte', 'Sanne', 'Iris', 'Femke', 'Jasper', 'Ruben', 'Stijn', 'Koen', 'Tim'];
const STAMMEN = ['Jansen', 'Vries', 'Berg', 'Bakker', 'Dijk', 'Visser', 'Smit', 'Meijer', 'Boer', 'Mulder', 'Yilmaz', 'Amrani', 'Bos', 'Linden', 'Kramer', 'Ozturk', 'Vos', 'Peters', 'Hendriks', 'Leeuwen', 'Dekker', 'Brouwer', 'Wit', 'Dijkstra', 'Smits', 'Graaf', 'Meer', 'Kok', 'Jacobs', 'Haan'];
export const ACHTERNAMEN = STAMMEN.flatMap((s) => ['', 'ma', 'man', 'se', 'sen', 'ing', 'inga', 'er', 'ers', 'ink', 'stra', 'huis', 'veld', 'berg', 'hof', 'kamp', 'horst', 'weg', 'land', 'dal'].map((e) => `${s}${e}`));
export const GEBOORTEDATA = Array.from({ length: 3650 }, (_, i) => plusDagen('2008-01-01', i));
export const SCHOOLWOORDEN = ['Regenboog', 'Zonnebloem', 'Klimop', 'Kompas', 'Vlieger', 'Wereldwijzer', 'Horizon', 'Optimist', 'Springplank', 'Toermalijn', 'Meander', 'Atlas', 'Baken', 'Vuurtoren', 'Klaver', 'Windroos', 'Ark', 'Bolder', 'Duinroos', 'Eiland'];
/** National pupil n's name and birth date: indices into the vocabularies (deterministic). */
export const naamVan = (n: number) => ({ voornaam: (n * 7919) % VOORNAMEN.length, achternaam: (n * 104_729) % ACHTERNAMEN.length, geboren: (n * 15_485_863) % GEBOORTEDATA.length });
/** Every 25th pupil has a (test) BSN whose keyed hash is the real one; test numbers run out at 100,000. */
export const bsnVan = (n: number): string | undefined => (n % 25 === 0 && n / 25 < 100_000 ? testBsn(n / 25 + 1) : undefined);

export const leerlingId = (n: number) => deterministicUuid(`landelijk/toeleiding/leerling/${n}`);
export const schoolIdVan = (swv: string, k: number) => deterministicUuid(`landelijk/school/${swv}/${k}`);
const bestuurIdVan = (swv: string) => deterministicUuid(`landelijk/bestuur/${swv}`);
export const behandelaarVan = (swv: string, k: number) => `landelijk-${swv.toLowerCase()}-consulent-${k}`;

/** Schools of an SWV: about one regular school per 350 pupils (at least 4), plus special schools. */
export function scholenVan(p: SwvPlan): { regulier: string[]; speciaal: string[]; namen: Map<string, string>; soort: Map<string, string> } {
  const nRegulier = Math.max(4, Math.round(p.leerlingen / 350));
  const nSpeciaal = Math.max(2, Math.round(nRegulier / 8));
  const namen = new Map<string, string>();
  const soort = new Map<string, string>();
  const regulier = Array.from({ length: nRegulier }, (_, k) => schoolIdVan(p.id, k));
  const speciaal = Array.from({ length: nSpeciaal }, (_, k) => schoolIdVan(p.id, nRegulier + k));
  [...regulier, ...speciaal].forEach((id, k) => {
    namen.set(id, `${k < nRegulier ? (p.sector === 'PO' ? 'Basisschool' : 'College') : p.sector === 'PO' ? 'SO' : 'VSO'} ${SCHOOLWOORDEN[(k * 7) % SCHOOLWOORDEN.length]} ${p.id}-${k}`);
    soort.set(id, k < nRegulier ? 'regulier' : k % 2 === 0 ? (p.sector === 'PO' ? 'SBO' : 'PrO') : p.sector === 'PO' ? 'SO' : 'VSO');
  });
  return { regulier, speciaal, namen, soort };
}

/** Consulenten per SWV who are behandelaar of cases: one per 2,000 pupils, at least 2. */
export const behandelaarsVan = (p: SwvPlan) => Math.max(2, Math.round(p.leerlingen / 2000));

/** Templates per sector and kind, made once: the domain commands cost a few ms per case. */
function sjablonen(seed: number): Record<Sector, Record<'geldig' | 'verlopen' | 'procedure', TlvAanvraag[]>> {
  const r = rng(seed);
  const maak = (sector: Sector, einde: Einde, aantal: number, van: number, tot: number, basis: string) =>
    Array.from({ length: aantal }, () => {
      const start = plusDagen(basis, -(tot + Math.floor(r() * (van - tot))));
      return genereerZaak(r, start, einde === 'procedure' ? VANDAAG : PEILDATUM, VANDAAG, einde, randomUUID(), randomUUID(), sector);
    });
  const per = (sector: Sector) => ({
    geldig: maak(sector, 'tlv', 400, 320, 20, PEILDATUM),
    verlopen: maak(sector, 'tlv', 60, 1150, 800, PEILDATUM),
    procedure: maak(sector, 'procedure', 200, 70, 1, VANDAAG),
  });
  return { PO: per('PO'), VO: per('VO') };
}

interface Teller {
  zaken: number;
  leerlingen: number;
  termen: number;
  deadlines: number;
  waarschuwingen: number;
}

/** Loads the toeleiding part for every SWV of the plan. Triggers off during the load; the counters are rebuilt as the migration builds them. */
export async function laadToeleiding(ds: DataSource, plan: Plan, register: SwvRegister, sleutels: LeerlingSleutels, log: (s: string) => void): Promise<Teller> {
  // The calendar of the national SWVs, as the service builds it from its register.
  const REKENAAR = kalenderTermijnrekenaar(new Samenwerkingsverbanden(register));
  const teller: Teller = { zaken: 0, leerlingen: 0, termen: 0, deadlines: 0, waarschuwingen: 0 };
  const tpl = sjablonen(20261123);
  const r = rng(191);
  const personalia = sleutels.versleutelPersonalia(JSON.stringify({ voornaam: 'Bench', achternaam: 'Leerling', geboortedatum: '2012-01-01' }));
  await woordenlijst(ds, sleutels);
  await ds.query(`ALTER TABLE toeleiding.aanvraag DISABLE TRIGGER USER`);
  await ds.query(`ALTER TABLE toeleiding.leerling_zoekterm DROP CONSTRAINT leerling_zoekterm_pkey, DROP CONSTRAINT leerling_zoekterm_leerling_id_fkey`);
  await ds.query(`DROP INDEX toeleiding.leerling_zoekterm_leerling`);

  let rijen: unknown[][] = [];
  let leerlingen: number[] = [];
  let deadlines: unknown[][] = [];
  let waarschuwingen: unknown[][] = [];
  const kenmerkNr = new Map<string, number>();
  const spoel = async () => {
    if (rijen.length === 0) return;
    await pupils(ds, leerlingen, rijen.map((x) => x[1] as string), rijen.map((x) => x[2] as string), personalia, sleutels);
    const kolommen = ['id', 'swv', 'versie', 'formaat', 'state', 'leerling_id', 'kenmerk', 'behandelaar_id', ...PROJECTIE_KOLOMMEN];
    const types = ['uuid', 'text', 'int', 'int', 'jsonb', 'uuid', 'text', 'text', ...PROJECTIE_KOLOMMEN.map(kolomType)];
    const cols = rijen.map((x) => x.slice(3));
    await ds.query(
      `INSERT INTO toeleiding.aanvraag (${kolommen.join(', ')}) SELECT * FROM unnest(${types.map((t, j) => `$${j + 1}::${t}[]`).join(', ')})`,
      kolommen.map((_, j) => cols.map((x) => x[j])),
    );
    if (deadlines.length > 0) {
      await ds.query(
        `INSERT INTO toeleiding.deadline (id, kind, subject_id, due_at, rule_version, warnings) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::jsonb[])`,
        [0, 1, 2, 3, 4, 5].map((j) => deadlines.map((x) => x[j])),
      );
    }
    if (waarschuwingen.length > 0) {
      await ds.query(
        `INSERT INTO toeleiding.deadline_warning (deadline_id, generation, lead, due_at) SELECT d, 1, l, t FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS x(d, l, t)`,
        [0, 1, 2].map((j) => waarschuwingen.map((x) => x[j])),
      );
    }
    teller.zaken += rijen.length;
    teller.leerlingen += leerlingen.length;
    teller.deadlines += deadlines.length;
    teller.waarschuwingen += waarschuwingen.length;
    rijen = [];
    leerlingen = [];
    deadlines = [];
    waarschuwingen = [];
  };

  const nu = new Date(`${VANDAAG}T12:00:00Z`);
  for (const [i, p] of plan.swvs.entries()) {
    const scholen = scholenVan(p);
    await schoolRegister(ds, p, scholen);
    const beleid = BELEIDEN[p.sector];
    const t = tpl[p.sector];
    const nBehandelaars = behandelaarsVan(p);
    for (let k = 0; k < p.zaken.toeleiding; k++) {
      // 10 : 1 : 3 valid TLVs : expired TLVs : requests in procedure, as bench:toeleiding.
      const x = r() * 14;
      const lijst = x < 10 ? t.geldig : x < 11 ? t.verlopen : t.procedure;
      const sjabloon = lijst[Math.floor(r() * lijst.length)];
      const n = leerlingVoorZaak(p, 'toeleiding', k);
      const aanvrager = scholen.regulier[Math.floor(r() * scholen.regulier.length)];
      const plaats = scholen.speciaal[Math.floor(r() * scholen.speciaal.length)];
      const s = { ...kloon(sjabloon, aanvrager, plaats), swv: p.id, leerlingRef: leerlingId(n) } as TlvAanvraag;
      const proj = projecteer(s, VANDAAG, REKENAAR, beleid);
      const jaar = proj.aangemaakt_op.slice(0, 4);
      const nr = (kenmerkNr.get(`${p.id}/${jaar}`) ?? 0) + 1;
      kenmerkNr.set(`${p.id}/${jaar}`, nr);
      const behandelaar = s.status === 'concept' || r() < 0.1 ? null : behandelaarVan(p.id, Math.floor(r() * nBehandelaars));
      leerlingen.push(n);
      rijen.push([
        n,
        p.id,
        p.gemeente,
        s.id,
        p.id,
        s.versie,
        1,
        JSON.stringify(s),
        s.leerlingRef,
        `TLV-${p.id}-${jaar}-${String(nr).padStart(5, '0')}`,
        behandelaar,
        ...PROJECTIE_KOLOMMEN.map((c) => proj[c]),
      ]);
      for (const ti of termijnen(s, REKENAAR, beleid)) {
        const due = vervaltMoment(ti);
        if (due <= nu) continue; // passed: fired by the engine long ago
        const id = randomUUID();
        const leads = waarschuwingenVoor(ti.soort);
        deadlines.push([id, ti.soort, s.id, due.toISOString(), ti.regelVersie, JSON.stringify(leads)]);
        for (const l of leads) {
          const op = subDays(new TZDate(due.getTime(), 'Europe/Amsterdam'), l.days ?? 0); // as the scheduler's warningMoment
          if (op > nu) waarschuwingen.push([id, `P${l.days}D`, new Date(op.getTime()).toISOString()]);
        }
      }
      if (rijen.length >= BATCH) await spoel();
    }
    await spoel();
    if (i % 25 === 24) log(`  toeleiding: ${i + 1}/${plan.swvs.length} SWVs, ${teller.zaken.toLocaleString('en-US')} cases`);
  }
  await spoel();
  log('  toeleiding: search terms, counters, kenmerk counters, indexes');
  teller.termen = await zoektermen(ds);
  await ds.query(`ALTER TABLE toeleiding.leerling_zoekterm ADD PRIMARY KEY (swv, term, leerling_id)`);
  await ds.query(`CREATE INDEX leerling_zoekterm_leerling ON toeleiding.leerling_zoekterm (leerling_id)`);
  await ds.query(`ALTER TABLE toeleiding.leerling_zoekterm ADD CONSTRAINT leerling_zoekterm_leerling_id_fkey FOREIGN KEY (leerling_id) REFERENCES toeleiding.leerling (id) ON DELETE CASCADE`);
  await ds.query(`ALTER TABLE toeleiding.aanvraag ENABLE TRIGGER USER`);
  // The counters as migration WerkvoorraadTellers builds them from existing rows.
  await ds.query(`DELETE FROM toeleiding.werkvoorraad_teller`);
  await ds.query(`INSERT INTO toeleiding.werkvoorraad_teller (swv, open, status, soort, school_id, partij, aantal)
      SELECT swv, open, status, coalesce(soort, ''), school_id, coalesce(volgende_stap_partij, ''), count(*)
      FROM toeleiding.aanvraag GROUP BY 1, 2, 3, 4, 5, 6`);
  await ds.query(`INSERT INTO toeleiding.kenmerk_teller (prefix, swv, jaar, laatste)
      SELECT 'TLV', swv, split_part(kenmerk, '-', 3)::int, count(*) FROM toeleiding.aanvraag GROUP BY 2, 3
      ON CONFLICT DO NOTHING`);
  await ds.query(`DROP TABLE bench_voc`);
  return teller;
}

async function schoolRegister(ds: DataSource, p: SwvPlan, s: ReturnType<typeof scholenVan>): Promise<void> {
  const bestuur = bestuurIdVan(p.id);
  await ds.query(`INSERT INTO toeleiding.bevoegd_gezag (id, bestuursnummer, naam) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [bestuur, `B${p.id}`, `Bestuur ${p.id}`]);
  const ids = [...s.regulier, ...s.speciaal];
  await ds.query(
    `INSERT INTO toeleiding.school (id, swv, brin, naam, soort, plaats, bevoegd_gezag_id)
     SELECT id, $2, 'L' || lpad(k::text, 3, '0') || 'X' || lpad(k::text, 2, '0'), naam, soort, 'Gemeente ' || $2, $5 FROM unnest($1::uuid[], $3::text[], $4::text[]) WITH ORDINALITY AS t(id, naam, soort, k)
     ON CONFLICT DO NOTHING`,
    [ids, p.id, ids.map((id) => s.namen.get(id)), ids.map((id) => s.soort.get(id)), bestuur],
  );
}

/** Pupils of a batch: number (keyed hash of a test BSN for every 25th, else a placeholder), encrypted personalia. */
async function pupils(ds: DataSource, n: number[], swv: string[], gemeente: string[], personalia: string, sleutels: LeerlingSleutels): Promise<void> {
  const hash = n.map((x) => {
    const bsn = bsnVan(x);
    return bsn ? sleutels.hash('bsn', LeerlingId.parse(bsn).onthulNummer()) : `bench.${x}`;
  });
  await ds.query(
    `INSERT INTO toeleiding.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente, personalia_versleuteld)
     SELECT id, swv, 'bsn', h, 'v2.bench', '***-**-' || lpad((n % 1000)::text, 3, '0'), g, $6
     FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[]) AS t(id, swv, n, h, g)`,
    [n.map(leerlingId), swv, n, hash, gemeente, personalia],
  );
  await ds.query(`INSERT INTO bench_leerling_nr (id, n) SELECT * FROM unnest($1::uuid[], $2::int[])`, [n.map(leerlingId), n]);
}

/** The hashes of the distinct search terms, made by the service's own key derivation. */
async function woordenlijst(ds: DataSource, sleutels: LeerlingSleutels): Promise<void> {
  const voc: Array<[string, number, string]> = [];
  VOORNAMEN.forEach((w, i) => naamTermen(w).forEach((t) => voc.push(['v', i, sleutels.zoekterm(t)])));
  ACHTERNAMEN.forEach((w, i) => naamTermen(w).forEach((t) => voc.push(['a', i, sleutels.zoekterm(t)])));
  GEBOORTEDATA.forEach((d, i) => voc.push(['g', i, sleutels.zoekterm(geboortedatumTerm(d))]));
  await ds.query(`DROP TABLE IF EXISTS bench_voc, bench_leerling_nr`);
  await ds.query(`CREATE UNLOGGED TABLE bench_voc (soort text, idx int, term text)`);
  await ds.query(`INSERT INTO bench_voc SELECT * FROM unnest($1::text[], $2::int[], $3::text[])`, [voc.map((v) => v[0]), voc.map((v) => v[1]), voc.map((v) => v[2])]);
  await ds.query(`CREATE UNLOGGED TABLE bench_leerling_nr (id uuid PRIMARY KEY, n int NOT NULL)`);
}

/** Each pupil's first name, surname (with its prefixes) and birth date as keyed-hash terms, in one statement. */
async function zoektermen(ds: DataSource): Promise<number> {
  await ds.query(
    `WITH p AS (SELECT l.id, l.swv, ((b.n::bigint * 7919) % $1)::int AS v, ((b.n::bigint * 104729) % $2)::int AS a, ((b.n::bigint * 15485863) % $3)::int AS g
                FROM toeleiding.leerling l JOIN bench_leerling_nr b ON b.id = l.id)
     INSERT INTO toeleiding.leerling_zoekterm (swv, term, leerling_id)
     SELECT p.swv, v.term, p.id FROM p JOIN bench_voc v ON v.soort = 'v' AND v.idx = p.v
     UNION ALL SELECT p.swv, v.term, p.id FROM p JOIN bench_voc v ON v.soort = 'a' AND v.idx = p.a
     UNION ALL SELECT p.swv, v.term, p.id FROM p JOIN bench_voc v ON v.soort = 'g' AND v.idx = p.g`,
    [VOORNAMEN.length, ACHTERNAMEN.length, GEBOORTEDATA.length],
  );
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM toeleiding.leerling_zoekterm`);
  return n;
}

/** Fixed keys for the data set (not the per-process test secrets): a loaded database stays searchable in a later run. */
export function benchSleutel(doel: string): string {
  return `k1:${createHash('sha256').update(`pao-bench-landelijk/${doel}`).digest('base64url')}`;
}
