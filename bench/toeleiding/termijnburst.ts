// A burst of real case deadlines: BENCH_BURST (10,000) TLVs whose geldigheid ends on the same
// 31 July, so their `tlv-einde` deadlines fall due at the same instant (00:00 on 1 August,
// Amsterdam) and the engine gives each case `verlopen` through toeleiding's own runtime:
// ZaakTermijnEffecten, the kit pipeline, the service's projection, outbox and audit trail —
// the code production runs. Prints, in one run:
//  (a) the ceiling: the same number of deadlines with the synthetic effect of
//      `bench:deadlines` (one row per deadline, a batch in one statement);
//  (b) the real burst: lag due → committed effect (p50 / p99 / max), where the time went
//      (firing transactions and their size and duration, statements per deadline), and
//      exactly once (one `termijn-verstreken` and one `verlopen` audit entry per case).
// Lag is measured at the commit: the bench samples the engine's own counter
// (`deadlines_fired_total`, counted after each commit) every 20 ms in this process.
// The service's clock runs ahead by a fixed offset so 1 August 00:00 comes BENCH_LEAD_MS
// after the cases are armed. Run: npm run bench:termijnburst. Knobs (env): BENCH_BURST
// (10000), BENCH_LEAD_MS (20 s + 0.5 ms per case), BENCH_PARTS (ceiling,real), BENCH_FIRINGS /
// BENCH_DRAIN_BATCH (the engine's `concurrentFirings` / `drainBatch` for the real burst; default the scheduler's),
// BENCH_KEEP=1 keeps the database (for EXPLAIN of the writes afterwards), BENCH_PROFILE=<file> writes a
// CPU profile of the node process over the real burst.
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { DataSource, type Logger } from 'typeorm';
import { DeadlineScheduler, deleteRedisPrefix, type ArmInput } from '@pao/deadlines';
import { metricsRegistry, runMigrations } from '@pao/platform';
import { createTestDatabase, localServers, testSecrets } from '@pao/testing';
import { vervaltMoment } from '@pao/zaak';
import { plusDagen, type TlvAanvraag } from '../../apps/toeleiding/src/domain';
import { schoolId as demoSchoolId, SCHOLEN, seedRegister } from '../../apps/toeleiding/src/demo/register';
import { toeleidingPersistence } from '../../apps/toeleiding/src/persistence/persistence';
import { bouwToeleiding } from '../../apps/toeleiding/src/runtime';
import { TLV_TERMIJN_SOORTEN } from '../../apps/toeleiding/src/termijnen/termijn-regels';
import { firingBreakdown, makeSchema, syntheticEffects } from '../deadlines/shared';
import { CpuTijdens } from './cpu-tijdens';
import { genereerZaak, kloon, rng } from './genereer';
import { metProfiel } from './profiel';
import { laad } from './laad';

const N = Number(process.env.BENCH_BURST ?? 10_000);
const LEAD_MS = Number(process.env.BENCH_LEAD_MS ?? 20_000 + N * 0.5);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'ceiling,real').split(','));
const PREFIX = `bench-tb-${process.pid}`;
/** The TLVs end on this day; their `tlv-einde` passes at 00:00 the next day. */
const EINDDATUM = '2027-07-31';
const KLONEN = 100;

const results: Array<[string, string]> = [];
function record(what: string, value: string): void {
  results.push([what, value]);
  process.stdout.write(`  ${what}: ${value}\n`);
}
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () => os.loadavg()[0].toFixed(1);

/** The engine's warnings and errors (a batch that fell back to one by one) on stderr; its info lines dropped. */
const benchLogger = {
  info: () => undefined,
  warn: (o: object, msg?: string) => process.stderr.write(`warn: ${msg ?? ''} ${JSON.stringify(o)}\n`),
  error: (o: object, msg?: string) => process.stderr.write(`error: ${msg ?? ''} ${JSON.stringify(o)}\n`),
};

/** Counts the statements the process sends while `on` (BEGIN and COMMIT included). */
class StatementCounter implements Logger {
  on = false;
  n = 0;
  logQuery(): void {
    if (this.on) this.n++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/**
 * Commit times of fired deadlines from the engine's counter, sampled every 20 ms: each
 * increase by k at time t is k deadlines committed by t.
 */
async function firedSoFar(schema: string): Promise<number> {
  const m = await metricsRegistry.getSingleMetric('deadlines_fired_total')?.get();
  return (m?.values ?? []).filter((v) => v.labels.schema === schema && v.labels.what === 'deadline').reduce((a, v) => a + v.value, 0);
}

async function commitLags(schema: string, n: number, dueRealMs: number, timeoutMs: number): Promise<number[]> {
  const start = await firedSoFar(schema);
  const lags: number[] = [];
  const end = Date.now() + timeoutMs;
  while (lags.length < n) {
    if (Date.now() > end) throw new Error(`timed out: ${lags.length} of ${n} fired`);
    await new Promise((r) => setTimeout(r, 20));
    const seen = (await firedSoFar(schema)) - start;
    const now = Date.now();
    while (lags.length < Math.min(seen, n)) lags.push(Math.max(0, now - dueRealMs));
  }
  return lags;
}

function percentiles(lags: readonly number[]): string {
  const s = [...lags].sort((a, b) => a - b);
  const p = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return `p50 ${fmt(p(0.5))} ms, p99 ${fmt(p(0.99))} ms, max ${fmt(s[s.length - 1])} ms, first ${fmt(s[0])} ms`;
}

/** (a) The ceiling: the synthetic effect of bench:deadlines, the scheduler's defaults. */
async function ceiling(ds: DataSource, counter: StatementCounter): Promise<void> {
  const schema = 'bench_plafond';
  await makeSchema(ds, schema);
  const s = new DeadlineScheduler({ dataSource: ds, schema, redis: localServers.redisUrl, queueName: schema, prefix: PREFIX, reconcileIntervalMs: 0, effects: syntheticEffects(schema) });
  await s.start();
  const due = Date.now() + 10_000 + N * 0.4;
  for (let i = 0; i < N; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, N - i) }, (_, k): ArmInput => ({ kind: 'tlv-einde', subjectId: `case-${i + k}`, dueAt: new Date(due), ruleVersion: 'bench' }));
    await s.transaction((tx) => tx.armMany(batch));
  }
  if (Date.now() > due) throw new Error('arming took longer than the lead time');
  await new Promise((r) => setTimeout(r, due - Date.now() - 200));
  const l = load();
  counter.n = 0;
  counter.on = true;
  const lags = await commitLags(schema, N, due, 600_000);
  counter.on = false;
  record(`ceiling: ${fmt(N)} synthetic deadlines due at once (load ${l})`, `${percentiles(lags)}; ${(counter.n / N).toFixed(2)} statements per deadline`);
  record('ceiling: where the time went', await firingBreakdown(schema));
  await s.close();
}

/** N TLVs that all end on EINDDATUM, made by the real domain commands and cloned. */
function tlvs(): TlvAanvraag[] {
  const r = rng(20270731);
  const vo = SCHOLEN.filter((s) => s.swv === 'VO');
  const aanvragers = vo.filter((s) => s.soort === 'regulier').map((s) => demoSchoolId('VO', s.brin));
  const plaats = demoSchoolId('VO', vo.find((s) => s.soort === 'PrO')!.brin);
  const uit: TlvAanvraag[] = [];
  while (uit.length < N) {
    const start = plusDagen('2026-10-01', -(20 + Math.floor(r() * 300)));
    const sjabloon = genereerZaak(r, start, '2026-10-01', '2026-11-23', 'tlv', aanvragers[0], plaats);
    const inhoud = sjabloon.besluit?.inhoud;
    if (inhoud?.uitkomst !== 'toelaatbaar' || inhoud.einddatum !== EINDDATUM) continue;
    for (let k = 0; k < KLONEN && uit.length < N; k++) uit.push(kloon(sjabloon, aanvragers[uit.length % aanvragers.length], plaats));
  }
  return uit;
}

/** (b) The real burst through toeleiding's runtime. */
async function real(ds: DataSource, counter: StatementCounter, redis: Redis): Promise<void> {
  await seedRegister(ds.manager);
  let t = performance.now();
  const zaken = tlvs();
  await laad(ds, zaken, '2026-11-23');
  await ds.query('VACUUM ANALYZE toeleiding.aanvraag');
  await ds.query('VACUUM ANALYZE toeleiding.leerling');
  record('real: cases', `${fmt(N)} TLVs ending ${EINDDATUM} (VO), generated and loaded in ${sec(performance.now() - t)}`);

  // The service's clock: 1 August 00:00 (Amsterdam) comes LEAD_MS from now.
  const dueFake = vervaltMoment(TLV_TERMIJN_SOORTEN, { soort: 'tlv-einde', vervaltOp: EINDDATUM }).getTime();
  const dueReal = Date.now() + LEAD_MS;
  const offset = dueFake - dueReal;
  const klok = { now: () => new Date(Date.now() + offset) };
  const rt = bouwToeleiding({
    dataSource: ds,
    redisUrl: localServers.redisUrl,
    redisPrefix: PREFIX,
    leerlingGeheim: { versleuteling: testSecrets.PUPIL_NUMBER_ENCRYPTION_KEYS, hash: testSecrets.PUPIL_NUMBER_HASH_KEYS },
    klok,
    worker: true,
    reconcileIntervalMs: 0,
    vuren: {
      ...(process.env.BENCH_FIRINGS ? { concurrentFirings: Number(process.env.BENCH_FIRINGS) } : {}),
      ...(process.env.BENCH_DRAIN_BATCH ? { drainBatch: Number(process.env.BENCH_DRAIN_BATCH) } : {}),
    },
    logger: benchLogger,
  });
  await rt.scheduler.start();
  // The deadlines each case declares and that are still ahead (what fell due before — the
  // reminders of the last school year — fired long ago); warnings left out (they fired weeks before).
  t = performance.now();
  const definitie = rt.toeleiding.pijplijn.definitie;
  let armed = 0;
  for (let i = 0; i < zaken.length; i += 500) {
    const nu = klok.now().getTime();
    const inputs = zaken.slice(i, i + 500).flatMap((s) =>
      (definitie.termijnen?.(s) ?? [])
        .map((x): ArmInput => ({ kind: x.soort, subjectId: s.id, dueAt: vervaltMoment(TLV_TERMIJN_SOORTEN, x), ruleVersion: x.regelVersie }))
        .filter((x) => x.dueAt.getTime() > nu),
    );
    armed += inputs.length;
    await rt.scheduler.transaction((tx) => tx.armMany(inputs));
  }
  // Some cases have another term on the same day (a yearly evaluation): it falls due with them.
  const [{ einde, samen }] = await ds.query(
    `SELECT count(*) FILTER (WHERE kind = 'tlv-einde')::int AS einde, count(*)::int AS samen FROM toeleiding.deadline WHERE state = 'armed' AND due_at <= $1`,
    [new Date(dueFake)],
  );
  record('real: armed', `${fmt(armed)} deadlines (${fmt(einde)} tlv-einde and ${fmt(samen - einde)} others due at once, the rest later) in ${sec(performance.now() - t)}`);
  if (einde !== N) throw new Error(`expected ${N} tlv-einde deadlines, armed ${einde}`);
  if (Date.now() > dueReal) throw new Error('arming took longer than the lead time; raise BENCH_LEAD_MS');
  await new Promise((r) => setTimeout(r, dueReal - Date.now() - 200));
  const l = load();
  counter.n = 0;
  counter.on = true;
  const cpu = new CpuTijdens(ds);
  await cpu.begin();
  const lags = await metProfiel(process.env.BENCH_PROFILE, () => commitLags('toeleiding', samen, dueReal, 1_800_000));
  const used = await cpu.einde();
  counter.on = false;
  record(`real: ${fmt(samen)} due at once (${fmt(N)} tlv-einde → verlopen) (load ${l} at the due moment, ${load()} after)`, `${percentiles(lags)}; ${(counter.n / N).toFixed(2)} statements per deadline`);
  const perZaak = (s: number) => `${((1000 * s) / samen).toFixed(3)} ms`;
  record('real: CPU per deadline (node / PostgreSQL backends / together)', `${perZaak(used.node)} / ${perZaak(used.postgres)} / ${perZaak(used.node + used.postgres)}`);
  record('real: backends running a statement / waiting for a lock (mean of 100 ms polls)', `${used.actief.toFixed(2)} / ${used.wachtOpSlot.toFixed(2)}`);
  record('real: where the time went', await firingBreakdown('toeleiding'));

  const [once] = await ds.query(
    `SELECT (SELECT count(*)::int FROM toeleiding.outbox WHERE type = 'nl.passend-onderwijs.toeleiding.termijn-verstreken.v1' AND payload->'data'->>'soort' = 'tlv-einde') AS verstreken,
            (SELECT count(DISTINCT aggregate_id)::int FROM toeleiding.outbox WHERE type = 'nl.passend-onderwijs.toeleiding.termijn-verstreken.v1' AND payload->'data'->>'soort' = 'tlv-einde') AS zaken,
            (SELECT count(*)::int FROM toeleiding.audit_trail WHERE actie = 'verlopen') AS audit,
            (SELECT count(*)::int FROM toeleiding.aanvraag WHERE state->'uitvoering'->>'status' = 'verlopen') AS verlopen,
            (SELECT count(*)::int FROM toeleiding.deadline WHERE state = 'armed') AS armed`,
  );
  record('real: exactly once', `${fmt(once.verstreken)} tlv-einde termijn-verstreken for ${fmt(once.zaken)} cases, ${fmt(once.audit)} verlopen audit entries, ${fmt(once.verlopen)} TLVs verlopen, ${fmt(once.armed)} deadlines still armed`);
  if (once.verstreken !== N || once.zaken !== N || once.audit !== N || once.verlopen !== N || once.armed !== 0) throw new Error('not exactly once');
  await rt.scheduler.close();
  await deleteRedisPrefix(redis, PREFIX);
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  process.stdout.write(`termijnburst bench: ${cpus.length} × ${cpus[0]?.model ?? '?'}, node ${process.version}, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}, ${fmt(N)} deadlines\n`);
  const db = await createTestDatabase('bench_termijnburst');
  const counter = new StatementCounter();
  const ds = new DataSource({ type: 'postgres', url: db.url, extra: { max: 10 }, logging: ['query'], logger: counter });
  const redis = new Redis(localServers.redisUrl);
  try {
    await runMigrations(db.url, toeleidingPersistence);
    await ds.initialize();
    if (PARTS.has('ceiling')) await ceiling(ds, counter);
    if (PARTS.has('real')) await real(ds, counter, redis);
  } finally {
    await deleteRedisPrefix(redis, PREFIX);
    await redis.quit();
    await ds.destroy();
    if (process.env.BENCH_KEEP) process.stdout.write(`kept database ${db.name}\n`);
    else await db.drop();
  }
  process.stdout.write(`\nload after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}\n\n| what | figure |\n|---|---|\n`);
  for (const [what, value] of results) process.stdout.write(`| ${what} | ${value} |\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
