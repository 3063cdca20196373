// The national data set's OJA part: arrangement histories played through the real domain
// (bench/oja/genereer.ts, the VO demo SWV's rules: the only complete set of arrangement
// types with budgets in this release's demo data), cloned per arrangement and relabelled
// to the national SWV, stored through the service's own repository (state, projection,
// ledger, pupils in arrangements), 500 per transaction.
import { randomUUID } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { plusDagen, vervaltMoment, waarschuwingenVan } from '@pao/zaak';
import { subDays } from 'date-fns';
import { type DataSource } from 'typeorm';
import { OJA_TERMIJNSOORTEN } from '../../apps/oja/src/application/termijnsoorten';
import { ojaTermijnen, type Arrangement } from '../../apps/oja/src/domain';
import { collectiefSjabloon, individueelSjabloon, kloon, laad, REGELS } from '../oja/genereer';
import { VANDAAG } from './toeleiding';
import { rng, type Plan } from './verdeling';

/** The armed deadlines of the arrangements (`ojaTermijnen`, as the service's synchronisation arms them), in one statement per batch. */
async function termijnen(ds: DataSource, batch: readonly Arrangement[]): Promise<{ deadlines: number; waarschuwingen: number }> {
  const nu = new Date(`${VANDAAG}T12:00:00Z`);
  const d: unknown[][] = [];
  const w: unknown[][] = [];
  for (const a of batch) {
    for (const t of ojaTermijnen(a, REGELS)) {
      const due = vervaltMoment(OJA_TERMIJNSOORTEN, t);
      if (due <= nu) continue;
      const id = randomUUID();
      const leads = waarschuwingenVan(OJA_TERMIJNSOORTEN, t);
      d.push([id, t.soort, a.id, due.toISOString(), t.regelVersie, JSON.stringify(leads)]);
      for (const l of leads) {
        const op = subDays(new TZDate(due.getTime(), 'Europe/Amsterdam'), l.days ?? 0);
        if (op > nu) w.push([id, `P${l.days}D`, new Date(op.getTime()).toISOString()]);
      }
    }
  }
  if (d.length > 0) {
    await ds.query(`INSERT INTO oja.deadline (id, kind, subject_id, due_at, rule_version, warnings) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::jsonb[])`, [0, 1, 2, 3, 4, 5].map((j) => d.map((x) => x[j])));
  }
  if (w.length > 0) {
    await ds.query(`INSERT INTO oja.deadline_warning (deadline_id, generation, lead, due_at) SELECT d, 1, l, t FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS x(d, l, t)`, [0, 1, 2].map((j) => w.map((x) => x[j])));
  }
  return { deadlines: d.length, waarschuwingen: w.length };
}

export async function laadOja(ds: DataSource, plan: Plan, log: (s: string) => void): Promise<{ zaken: number; deadlines: number; waarschuwingen: number }> {
  const r = rng(2222);
  // As bench:oja: one in twenty arrangements collective, individual ones dated up to two months back.
  const individueel = Array.from({ length: 600 }, () => individueelSjabloon(r, plusDagen(VANDAAG, -Math.floor(r() * 60))));
  const collectief = Array.from({ length: 30 }, () => collectiefSjabloon(r, 2024 + Math.floor(r() * 3), VANDAAG));
  let batch: Arrangement[] = [];
  let n = 0;
  const t = { deadlines: 0, waarschuwingen: 0 };
  const spoel = async () => {
    await laad(ds, batch);
    const x = await termijnen(ds, batch);
    t.deadlines += x.deadlines;
    t.waarschuwingen += x.waarschuwingen;
    n += batch.length;
    batch = [];
  };
  for (const [i, p] of plan.swvs.entries()) {
    for (let k = 0; k < p.zaken.oja; k++) {
      const sjabloon = k % 20 === 19 ? collectief[Math.floor(r() * collectief.length)] : individueel[Math.floor(r() * individueel.length)];
      batch.push({ ...kloon(sjabloon), swv: p.id });
      if (batch.length >= 5000) await spoel();
    }
    if (i % 25 === 24) log(`  oja: ${i + 1}/${plan.swvs.length} SWVs, ${(n + batch.length).toLocaleString('en-US')} arrangements`);
  }
  await spoel();
  return { zaken: n, ...t };
}
