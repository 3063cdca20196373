// The OJA werkvoorraad and the overdracht cohort board at national size, as their endpoints
// run them (the service's query plus its access-log row, one transaction), in the SWVs with
// the most cases and in random ones.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { recordAccess, type Actor } from '@pao/platform';
import { type DataSource } from 'typeorm';
import { SCHEMA as OJA } from '../../apps/oja/src/persistence/persistence';
import { LIJSTEN, werkvoorraad as ojaWerkvoorraad } from '../../apps/oja/src/queries/werkvoorraad';
import { SCHEMA as OVERDRACHT } from '../../apps/overdracht/src/persistence/persistence';
import { cohortBord, cohortOverzicht, overdrachtenLijst } from '../../apps/overdracht/src/queries/bord';
import { laatstePaginaCursor } from '../keyset-diep';
import { fmt, Metingen, ms, pct, regel } from './meten';
import { OVERDRACHT_VANDAAG } from './overdracht';
import { VANDAAG } from './toeleiding';
import { rng, type SwvPlan } from './verdeling';

const actor = (p: SwvPlan): Actor => ({ id: randomUUID(), rol: 'consulent', swv: p.id, organisatie: `swv-${p.id.toLowerCase()}` });
const kiesSwv = (r: () => number, i: number, groot: SwvPlan[], swvs: SwvPlan[]) => (i % 2 === 0 ? groot[(i / 2) % groot.length] : swvs[Math.floor(r() * swvs.length)]);

export async function ojaMeting(ds: DataSource, swvs: SwvPlan[], herhaal: number, log: (s: string) => void): Promise<void> {
  const r = rng(3131);
  const groot = [...swvs].sort((a, b) => b.zaken.oja - a.zaken.oja).slice(0, 2);
  const vensters = { evaluatieDagen: 30, eindeDagen: 56 };
  const m = new Metingen();
  const vormen = LIJSTEN.flatMap((lijst) => [undefined, 'individueel', 'collectief'].flatMap((vorm) => [false, true].flatMap((gemeente) => [false, true].map((laatste) => ({ lijst, vorm, gemeente, laatste })))));
  let i = 0;
  for (let h = 0; h < herhaal + 1; h++) {
    for (const v of vormen) {
      const p = kiesSwv(r, i++, groot, swvs);
      const basis = { lijst: v.lijst, limit: 50, offset: 0, ...(v.vorm ? { vorm: v.vorm as 'individueel' | 'collectief' } : {}), ...(v.gemeente ? { gemeente: 'GM0034' } : {}) };
      // The last page by cursor, as the screen pages.
      const na = v.laatste ? await laatstePaginaCursor((pag) => ojaWerkvoorraad(ds.manager, p.id, { ...basis, ...pag }, VANDAAG, vensters, !v.gemeente), v.lijst, 1) : undefined;
      const q = { ...basis, na };
      const t0 = performance.now();
      await ds.transaction(async (tx) => {
        await ojaWerkvoorraad(tx, p.id, q, VANDAAG, vensters, !v.gemeente);
        if (!v.gemeente) await recordAccess(tx, OJA, actor(p), { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
      });
      if (h > 0) m.add(`${v.lijst}${v.vorm ? ` + ${v.vorm}` : ''}${v.gemeente ? ' + gemeente view' : ''}${v.laatste ? ' + last page' : ''}`, ms(t0));
    }
  }
  log(`\nOJA werkvoorraad (lists × vorm × gemeente view × first/last page = ${vormen.length} shapes × ${herhaal}; largest: ${groot.map((g) => `${g.id} ${fmt(g.zaken.oja)}`).join(', ')} arrangements):`);
  log(`  ${regel('all requests', m.alle())}`);
  for (const l of LIJSTEN) log(`  ${regel(`  list ${l}`, m.samen((x) => x.startsWith(l)))}`);
  const boven = m.labels().filter((l) => pct(m.van(l), 99) >= 50);
  log(`  target p99 < 50 ms: ${pct(m.alle(), 99) < 50 ? 'MET' : 'NOT MET'} over all; shapes with p99 ≥ 50 ms: ${boven.length} of ${m.labels().length}`);
}

export async function overdrachtMeting(ds: DataSource, swvs: SwvPlan[], aantal: number, log: (s: string) => void): Promise<void> {
  const r = rng(4141);
  const po = swvs.filter((s) => s.zaken.overdracht > 0);
  const groot = [...po].sort((a, b) => b.zaken.overdracht - a.zaken.overdracht).slice(0, 2);
  const cohorten = new Map<string, string[]>();
  for (const p of po) cohorten.set(p.id, (await ds.query(`SELECT id FROM overdracht.cohort WHERE swv = $1`, [p.id])).map((x: { id: string }) => x.id));
  const m = new Metingen();
  const soorten: Array<[string, (tx: DataSource['manager'], p: SwvPlan, cohort: string) => Promise<unknown>]> = [
    ['cohort board: counts + next date', (tx, p, c) => cohortBord(tx, p.id, OVERDRACHT_VANDAAG, c)],
    ['cohort board: first page of 50 pupils', (tx, p, c) => overdrachtenLijst(tx, p.id, OVERDRACHT_VANDAAG, { cohortId: c, limit: 50, offset: 0 })],
    ['cohort board: open pupils with a warning', (tx, p, c) => overdrachtenLijst(tx, p.id, OVERDRACHT_VANDAAG, { cohortId: c, open: true, signaal: 'waarschuwing', limit: 50, offset: 0 })],
    ['SWV list: all open pupils, first page', (tx, p) => overdrachtenLijst(tx, p.id, OVERDRACHT_VANDAAG, { open: true, limit: 50, offset: 0 })],
    ['SWV overview of all cohorts of the year', (tx, p) => cohortOverzicht(tx, p.id, OVERDRACHT_VANDAAG, { schooljaar: '2025-2026' })],
  ];
  for (let i = 0; i < aantal + 20; i++) {
    const p = kiesSwv(r, i, groot, po);
    const c = cohorten.get(p.id)!;
    for (const [naam, fn] of soorten) {
      const t0 = performance.now();
      await ds.transaction(async (tx) => {
        await fn(tx, p, c[Math.floor(r() * c.length)]);
        await recordAccess(tx, OVERDRACHT, actor(p), { handeling: 'zoeken', objectType: 'cohort', doel: 'behandeling' });
      });
      if (i >= 20) m.add(naam, ms(t0));
    }
  }
  log(`\noverdracht cohort board (${aantal} requests per kind, half in the largest PO SWVs: ${groot.map((g) => `${g.id} ${fmt(g.zaken.overdracht)} pupils`).join(', ')}):`);
  for (const l of m.labels()) log(`  ${regel(l, m.van(l))}`);
}
