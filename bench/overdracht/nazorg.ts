// Nazorg benchmark: EXPLAIN (ANALYZE, BUFFERS) and latency of overdracht's nazorg list
// (nazorgLijst itself, in a transaction) at BENCH_PUPILS cases in one SWV (100,000), as at the
// start of a school year: pupils started in two past years and this one, placed with a start
// within the window, next year's placements, aanmeldingen and niet-gestart, over 50 receiving
// schools. First the list's indexes (migration 1765000300000) are dropped ("before"), then
// created again ("after"): the first page, the last page by cursor and a page crossing from
// the placed to the started pupils, SWV-wide and for one school. Rows are written by SQL in
// the shape the projection writes them (started pupils have no check date).
// Run: npm run bench:nazorg. Knobs (env): BENCH_PUPILS (100000), BENCH_KEEP=1 keeps the database.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { runMigrations } from '@pao/platform';
import { createTestDatabase, type TestDatabase } from '@pao/testing';
import { cursorTekst } from '@pao/zaak';
import { DataSource, type EntityManager } from 'typeorm';
import { overdrachtPersistence } from '../../apps/overdracht/src/persistence/persistence';
import { nazorgLijst } from '../../apps/overdracht/src/queries/nazorg';

const VANDAAG = '2026-09-10';
const N = Number(process.env.BENCH_PUPILS ?? 100_000);
let db: TestDatabase;
let ds: DataSource;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
/** A process's CPU time in ms (utime + stime from /proc, 100 ticks a second). */
function cpu(pid: number | 'self' = 'self'): number {
  const s = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(s[11]) + Number(s[12])) * 10;
}

/** The CPU time of this database's PostgreSQL backends (the pool's connections; same machine). */
async function serverCpu(): Promise<number> {
  const pids: Array<{ pid: number }> = await ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`);
  return pids.reduce((som, { pid }) => som + cpu(pid), 0);
}

async function vul(): Promise<void> {
  const scholen = Array.from({ length: 51 }, () => randomUUID());
  await ds.query(`INSERT INTO overdracht.school (id, brin, naam, soort, swv) SELECT id, 'B' || lpad(i::text, 4, '0'), 'School ' || i, CASE WHEN i = 1 THEN 'po' ELSE 'vo' END, 'PO' FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, i)`, [scholen]);
  await ds.query(`INSERT INTO overdracht.cohort (id, swv, schooljaar, verzendende_school_id) VALUES ($1, 'PO', '2025-2026', $2)`, [randomUUID(), scholen[0]]);
  const [{ id: cohort }] = await ds.query(`SELECT id FROM overdracht.cohort`);
  await ds.query(`INSERT INTO overdracht.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
     SELECT gen_random_uuid(), 'PO', 'bsn', g::text, 'v1.test', '***-**-' || lpad((g % 1000)::text, 3, '0'), 'GM0034' FROM generate_series(1, ${N}) g`);
  // Per 20 pupils: 5 + 5 started in the two past years, 4 started this year, 3 placed with a start within the window,
  // 1 placed for next year, 1 aanmelding, 1 niet-gestart. The check date is the start + 4 weeks, none once started.
  await ds.query(`
    INSERT INTO overdracht.overdracht (id, swv, versie, formaat, state, cohort_id, leerling_id, schooljaar, route, status, open, verzendende_school_id, ontvangende_school_id,
                                       regie, afwijzingen, kwetsbaar, voorzieningen_open, volgende_datum, startdatum, controledatum, gestart_op, escalaties, termijn_sleutels)
    SELECT gen_random_uuid(), 'PO', 1, 1, '{}'::jsonb, $1, id, jaar, 'po-vo', status, status NOT IN ('gestart', 'niet-gestart'), $2, ($3::uuid[])[1 + (n % 50)::int], 'school', 0, false, 0, NULL,
           start, CASE WHEN status IN ('gestart', 'niet-gestart') THEN NULL ELSE start + 28 END, CASE WHEN status = 'gestart' THEN start END, 0, '{}'
      FROM (SELECT id, n,
                   CASE WHEN k < 14 THEN 'gestart' WHEN k < 18 THEN 'geplaatst' WHEN k < 19 THEN 'aanmelding' ELSE 'niet-gestart' END AS status,
                   CASE WHEN k < 5 THEN '2024-2025' WHEN k < 10 THEN '2025-2026' WHEN k < 17 THEN '2026-2027' WHEN k < 19 THEN '2027-2028' ELSE '2025-2026' END AS jaar,
                   CASE WHEN k < 5 THEN date '2024-09-02' WHEN k < 10 THEN date '2025-09-01' WHEN k < 14 THEN date '2026-08-31' + (n % 3)::int
                        WHEN k < 17 THEN date '2026-08-31' + (n % 10)::int WHEN k < 19 THEN date '2027-08-30' ELSE date '2025-09-01' END AS start
              FROM (SELECT id, row_number() OVER () AS n, (row_number() OVER ()) % 20 AS k FROM overdracht.leerling) l) x`,
    [cohort, scholen[0], scholen.slice(1)],
  );
  await ds.query('VACUUM ANALYZE overdracht.overdracht');
}

/** The service's own SQL, recorded as it runs, to EXPLAIN it. */
function vanger(m: EntityManager, sqls: Array<[string, unknown[]]>): EntityManager {
  return { query: (sql: string, p: unknown[]) => (sqls.push([sql, p]), m.query(sql, p)) } as unknown as EntityManager;
}

async function explain(naam: string, f: { ontvangendeSchoolId?: string; na?: string; voor?: string }): Promise<string> {
  const sqls: Array<[string, unknown[]]> = [];
  await ds.transaction((m) => nazorgLijst(vanger(m, sqls), 'PO', VANDAAG, { limit: 50, offset: 0, ...f }));
  const uit: string[] = [`== ${naam}`];
  for (const [sql, p] of sqls) {
    const plan: Array<{ 'QUERY PLAN': string }> = await ds.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, p);
    uit.push(plan.map((r) => r['QUERY PLAN']).join('\n'), '--');
  }
  return uit.join('\n');
}

async function tijd(f: { ontvangendeSchoolId?: string; na?: string; voor?: string }, n = 40): Promise<string> {
  const t: number[] = [];
  const lees = () => ds.transaction((m) => nazorgLijst(m, 'PO', VANDAAG, { limit: 50, offset: 0, ...f }));
  for (let i = 0; i < 3; i++) await lees(); // warm-ups
  const c0 = cpu();
  const s0 = await serverCpu();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await lees();
    t.push(performance.now() - t0);
  }
  const server = (await serverCpu()) - s0;
  return `p50 ${pct(t, 50).toFixed(1)} / p95 ${pct(t, 95).toFixed(1)} ms; CPU per request: PostgreSQL ${(server / n).toFixed(1)} ms, client ${((cpu() - c0) / n).toFixed(1)} ms`;
}

async function meet(label: string): Promise<void> {
  const school: string = (await ds.query(`SELECT ontvangende_school_id AS id FROM overdracht.overdracht WHERE status = 'geplaatst' LIMIT 1`))[0].id;
  const leesAlle = (f: object) => (p: { voor?: string }) => ds.transaction((m) => nazorgLijst(m, 'PO', VANDAAG, { limit: 50, offset: 0, ...f, ...p }));
  const naEinde = cursorTekst({ sorteer: 'nazorg', sleutels: ['false', null], id: 'ffffffff-ffff-4fff-bfff-ffffffffffff' });
  const cursorDiep = async (f: object) => {
    const laatste = await leesAlle(f)({ voor: naEinde });
    const voor = laatste.vorige ? await leesAlle(f)({ voor: laatste.vorige }) : undefined;
    return voor?.volgende ?? undefined;
  };
  const diep = await cursorDiep({});
  const diepSchool = await cursorDiep({ ontvangendeSchoolId: school });
  // A cursor in the middle: the first 'gestart' row (crosses from the placed to the started group).
  const midden = await ds.transaction((m) => nazorgLijst(m, 'PO', VANDAAG, { limit: 200, offset: 12_000 }));
  const mid = midden.volgende ?? undefined;
  const totaal = await ds.transaction((m) => nazorgLijst(m, 'PO', VANDAAG, { limit: 1, offset: 0 }));
  console.log(`### ${label}: load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; list ${totaal.totaal}${totaal.totaalBegrensd ? '+' : ''}`);
  console.log(await explain('first page SWV', {}));
  console.log(await explain('deep page SWV (cursor of the page before the last)', { na: diep }));
  console.log(await explain('middle page SWV (cursor after 12,200)', { na: mid }));
  console.log(await explain('first page one school', { ontvangendeSchoolId: school }));
  console.log(await explain('deep page one school', { ontvangendeSchoolId: school, na: diepSchool }));
  const ceil = await (async () => { const t: number[] = []; for (let i = 0; i < 23; i++) { const t0 = performance.now(); await ds.query('SELECT 1'); if (i >= 3) t.push(performance.now() - t0); } return pct(t, 50).toFixed(2); })();
  console.log(`### ${label} timings (load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; SELECT 1 p50 ${ceil} ms):
  first page SWV:     ${await tijd({})}
  deep page SWV:      ${await tijd({ na: diep })}
  middle page SWV:    ${await tijd({ na: mid })}
  first page school:  ${await tijd({ ontvangendeSchoolId: school })}
  deep page school:   ${await tijd({ ontvangendeSchoolId: school, na: diepSchool })}
  load after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

async function main(): Promise<void> {
  db = await createTestDatabase('bench_nazorg');
  await runMigrations(db.url, overdrachtPersistence);
  ds = await new DataSource({ type: 'postgres', url: db.url, extra: { max: 2 } }).initialize();
  console.log(`nazorg benchmark — ${os.cpus().length} cores, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await vul();
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM overdracht.overdracht`);
  const [{ mb }] = await ds.query(`SELECT pg_size_pretty(pg_total_relation_size('overdracht.overdracht')) AS mb`);
  console.log(`rows ${n}, table ${mb}`);
  const [{ mig }] = await ds.query(`SELECT string_agg(pg_get_indexdef(i.indexrelid), ';;') AS mig FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname IN ('overdracht_nazorg_lijst_idx', 'overdracht_nazorg_school_lijst_idx')`);
  await ds.query(`DROP INDEX overdracht.overdracht_nazorg_lijst_idx; DROP INDEX overdracht.overdracht_nazorg_school_lijst_idx`);
  await ds.query('ANALYZE overdracht.overdracht');
  await meet('BEFORE (without the migration 1765000300000 indexes)');
  for (const s of (mig as string).split(';;')) await ds.query(s);
  await ds.query('ANALYZE overdracht.overdracht');
  await meet('AFTER (with them)');
  await ds.destroy();
  if (process.env.BENCH_KEEP === '1') console.log(`database kept: ${db.url}`);
  else await db.drop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
