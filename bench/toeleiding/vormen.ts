// Every werkvoorraad shape the UI and API offer, in one SWV of the toeleiding bench: status
// (none, one, two) × school × soort × wie (none, mij, aan-zet, niemand) × binnen=week × sort
// (termijn, ingediend) × page (first; the last one reached by cursor, as "Volgende" gets
// there; the last one by OFFSET, the older API, for the shapes without school or soort).
// Each request as the endpoint runs it (query + access-log row, one transaction). Then the
// costliest shapes once more under EXPLAIN (ANALYZE, BUFFERS), and the ceilings of this run.
import { performance } from 'node:perf_hooks';
import { type DataSource, type EntityManager } from 'typeorm';
import { recordAccess, type Actor } from '@pao/platform';
import { cursorTekst, type LeerlingRegister } from '@pao/zaak';
import { SCHEMA } from '../../apps/toeleiding/src/persistence/persistence';
import { WerkvoorraadQuery, type WerkvoorraadFilter } from '../../apps/toeleiding/src/http/schemas';
import { cursorVan, werkvoorraad, type Kijker } from '../../apps/toeleiding/src/queries/werkvoorraad';

/** 20 behandelaars; the bench's "mij" is the first. Cases past concept get one, spread by id. */
export const BEHANDELAAR = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
export async function wijsBehandelaarsToe(ds: DataSource): Promise<void> {
  await ds.query(
    `UPDATE toeleiding.aanvraag SET behandelaar_id = ('00000000-0000-4000-8000-0000000000' || lpad((1 + abs(hashtext(id::text)) % 20)::text, 2, '0'))::uuid
     WHERE behandelaar_id IS NULL AND status <> 'concept'`,
  );
}

const EINDE = 'ffffffff-ffff-4fff-bfff-ffffffffffff';
const ms = (t0: number) => performance.now() - t0;
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))];
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

interface Vorm {
  naam: string;
  q: Record<string, unknown>;
  pagina: 'eerste' | 'laatste-cursor' | 'laatste-offset';
}

function vormen(school: string): Vorm[] {
  const uit: Vorm[] = [];
  for (const status of [[], ['onherroepelijk'], ['ingediend', 'onherroepelijk']])
    for (const metSchool of [false, true])
      for (const metSoort of [false, true])
        for (const wie of ['', 'mij', 'aan-zet', 'niemand'])
          for (const binnen of ['', 'week'])
            for (const sorteer of ['termijn', 'ingediend'])
              for (const pagina of ['eerste', 'laatste-cursor', 'laatste-offset'] as const) {
                if (pagina === 'laatste-offset' && (metSchool || metSoort)) continue;
                const q: Record<string, unknown> = { sorteer, limit: '50' };
                if (status.length) q.status = status;
                if (metSchool) q.schoolId = school;
                if (metSoort) q.soort = 'VSO-laag';
                if (wie) q.wie = wie;
                if (binnen) q.binnen = binnen;
                const naam = [status.length ? `status=${status.length}` : '', metSchool ? 'school' : '', metSoort ? 'soort' : '', wie ? `wie=${wie}` : '', binnen ? 'week' : '', sorteer === 'ingediend' ? 'ingediend' : '', pagina === 'eerste' ? '' : pagina]
                  .filter(Boolean)
                  .join(' ') || 'default';
                uit.push({ naam, q, pagina });
              }
  return uit;
}

type Verzoek = (m: EntityManager, q: WerkvoorraadFilter) => Promise<unknown>;

/** The filter of a shape as the request carries it: for the last page by cursor, the cursor of the row before it. */
async function vraagVan(ds: DataSource, lees: Verzoek, v: Vorm): Promise<WerkvoorraadFilter> {
  const q = WerkvoorraadQuery.parse(v.q);
  if (v.pagina === 'eerste') return q;
  const { totaal } = (await ds.transaction((m) => lees(m, { ...q, offset: 0 }))) as { totaal: number; totaalBegrensd?: boolean };
  if (v.pagina === 'laatste-offset') {
    // Where "Volgende" ends with offsets: the last multiple of 50 before the end (a counted total).
    return { ...q, offset: Math.max(0, Math.floor((totaal - 1) / 50) * 50) };
  }
  // The 51 rows before the end of the list, read backwards from past its last row: the first of them is the cursor.
  const eind = cursorTekst({ sorteer: q.sorteer, sleutels: [null], id: EINDE });
  const r = (await ds.transaction((m) => lees(m, { ...q, limit: 51, voor: eind }))) as { items: Array<{ id: string; ingediendOp: string | null; volgendeTermijn: { vervaltOp: string } | null }> };
  const voorLaatste = r.items[0];
  if (!voorLaatste || r.items.length < 51) return q;
  return { ...q, na: cursorVan(q.sorteer, { id: voorLaatste.id, ingediend_op: voorLaatste.ingediendOp, volgende_termijn_op: voorLaatste.volgendeTermijn?.vervaltOp ?? null }) };
}

export async function meetVormen(ds: DataSource, leerlingen: LeerlingRegister, swv: string, vandaag: string, herhalingen: number): Promise<void> {
  const [{ school }] = await ds.query(`SELECT school_id AS school FROM toeleiding.aanvraag WHERE swv = $1 AND open GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [swv]);
  const kijker = (rol: string): Kijker => ({ swv: swv as Kijker['swv'], rol, id: BEHANDELAAR(1) });
  const actor = (rol: string): Actor => ({ id: BEHANDELAAR(1), rol: rol as Actor['rol'], swv, organisatie: 'swv-vo-almere' });
  const lees = (rol: string): Verzoek => (m, q) => werkvoorraad(m, leerlingen, kijker(rol), q, vandaag);
  const eenmaal = async (rol: string, q: WerkvoorraadFilter) => {
    const t0 = performance.now();
    await ds.transaction(async (m) => {
      await lees(rol)(m, q);
      await recordAccess(m, SCHEMA, actor(rol), { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
    });
    return ms(t0);
  };

  // Ceilings in this run: a round trip, and a bare indexed page of 25 (what any list read costs at least).
  const plafond = async (sql: string, params: unknown[]) => {
    const xs: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      await ds.query(sql, params);
      xs.push(ms(t0));
    }
    return xs;
  };
  const select1 = await plafond('SELECT 1', []);
  const kaal = await plafond(`SELECT id FROM toeleiding.aanvraag WHERE swv = $1 AND open ORDER BY volgende_termijn_op, id LIMIT 25`, [swv]);
  console.log(`ceilings: SELECT 1 p50 ${fmt(pct(select1, 50))} / p99 ${fmt(pct(select1, 99))} ms; bare indexed SELECT … LIMIT 25 p50 ${fmt(pct(kaal, 50))} / p99 ${fmt(pct(kaal, 99))} ms`);

  const alle: number[] = [];
  const perVorm: Array<{ v: Vorm; xs: number[]; q: WerkvoorraadFilter; rol: string }> = [];
  const perSoort = new Map<string, number[]>();
  let i = 0;
  for (const v of vormen(school)) {
    const rol = v.q.wie === 'aan-zet' ? ['consulent', 'orthopedagoog', 'teamleider'][i++ % 3] : 'consulent';
    const q = await vraagVan(ds, lees(rol), v);
    const n = v.pagina === 'laatste-offset' ? Math.min(3, herhalingen) : herhalingen;
    await eenmaal(rol, q); // warm
    const xs: number[] = [];
    for (let k = 0; k < n; k++) xs.push(await eenmaal(rol, q));
    alle.push(...(v.pagina === 'laatste-offset' ? [] : xs));
    perVorm.push({ v, xs, q, rol });
    if (Math.max(...xs) >= 50) console.log(`  slow shape: ${v.naam.padEnd(52)} p50 ${fmt(pct(xs, 50))} / max ${fmt(Math.max(...xs))} ms`);
    const soorten = [v.pagina, v.q.status ? `status=${(v.q.status as string[]).length}` : '', v.q.schoolId ? 'school' : '', v.q.soort ? 'soort' : '', v.q.wie ? `wie=${v.q.wie as string}` : '', v.q.binnen ? 'week' : '', v.q.sorteer === 'ingediend' ? 'ingediend' : 'termijn (screen)'];
    for (const s of soorten.filter(Boolean)) perSoort.set(s, [...(perSoort.get(s) ?? []), ...xs]);
  }
  const zonderOffset = perVorm.filter((x) => x.v.pagina !== 'laatste-offset');
  const traag = zonderOffset.filter((x) => pct(x.xs, 99) >= 50);
  console.log(`shapes: ${zonderOffset.length} (first page and last page by cursor) × ${herhalingen} + ${perVorm.length - zonderOffset.length} last pages by OFFSET × ${Math.min(3, herhalingen)}`);
  const scherm = zonderOffset.filter((x) => x.v.q.sorteer === 'termijn');
  const schermAlle = scherm.flatMap((x) => x.xs);
  console.log(`the screen's shapes (deadline order, first page and last by cursor): ${scherm.length}; p50 ${fmt(pct(schermAlle, 50))} / p99 ${fmt(pct(schermAlle, 99))} / max ${fmt(Math.max(...schermAlle))} ms; shapes with a request ≥ 50 ms: ${scherm.filter((x) => Math.max(...x.xs) >= 50).length}`);
  console.log(`werkvoorraad, all shapes but OFFSET's: p50 ${fmt(pct(alle, 50))} / p95 ${fmt(pct(alle, 95))} / p99 ${fmt(pct(alle, 99))} / max ${fmt(Math.max(...alle))} ms; p99 = ${fmt(pct(alle, 99) / pct(kaal, 99))}× the bare LIMIT 25's p99; shapes with a request ≥ 50 ms: ${traag.length}`);
  for (const [s, xs] of [...perSoort].sort()) console.log(`  ${s.padEnd(16)} n=${String(xs.length).padStart(5)}  p50 ${fmt(pct(xs, 50)).padStart(6)}  p99 ${fmt(pct(xs, 99)).padStart(6)}  max ${fmt(Math.max(...xs)).padStart(7)} ms`);
  const duurste = [...perVorm].sort((a, b) => pct(b.xs, 50) - pct(a.xs, 50)).slice(0, 8);
  console.log('costliest shapes (p50 / max):');
  for (const x of duurste) console.log(`  ${x.v.naam.padEnd(52)} ${fmt(pct(x.xs, 50))} / ${fmt(Math.max(...x.xs))} ms`);

  // What the costliest cost inside PostgreSQL: every statement of one request, EXPLAIN-ed as it runs.
  if (process.env.BENCH_EXPLAIN !== '0') {
    // The costliest shapes that page as the screen does (the OFFSET pages' cost is known: every row before them).
    for (const x of [...zonderOffset].sort((a, b) => pct(b.xs, 50) - pct(a.xs, 50)).slice(0, 4)) {
      console.log(`EXPLAIN (ANALYZE, BUFFERS): ${x.v.naam}`);
      await ds.transaction(async (m) => {
        const echt = m.query.bind(m);
        m.query = (async (sql: string, params?: unknown[]) => {
          if (/^\s*(SELECT|WITH)/i.test(sql)) {
            const plan: Array<{ 'QUERY PLAN': string }> = await echt(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
            console.log(plan.map((r) => `    ${r['QUERY PLAN']}`).slice(0, 40).join('\n'));
          }
          return echt(sql, params);
        }) as typeof m.query;
        await lees(x.rol)(m, x.q);
      });
    }
  }
}
