// The national data set's OJA part: arrangement histories played through the real domain
// (bench/oja/genereer.ts, the VO demo SWV's rules: the only complete set of arrangement
// types with budgets in this release's demo data), cloned per arrangement and relabelled
// to the national SWV, stored through the service's own repository (state, projection,
// ledger, pupils in arrangements), 500 per transaction.
import { plusDagen } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { type Arrangement } from '../../apps/oja/src/domain';
import { collectiefSjabloon, individueelSjabloon, kloon, laad } from '../oja/genereer';
import { VANDAAG } from './toeleiding';
import { rng, type Plan } from './verdeling';

export async function laadOja(ds: DataSource, plan: Plan, log: (s: string) => void): Promise<{ zaken: number }> {
  const r = rng(2222);
  // As bench:oja: one in twenty arrangements collective, individual ones dated up to two months back.
  const individueel = Array.from({ length: 600 }, () => individueelSjabloon(r, plusDagen(VANDAAG, -Math.floor(r() * 60))));
  const collectief = Array.from({ length: 30 }, () => collectiefSjabloon(r, 2024 + Math.floor(r() * 3), VANDAAG));
  let batch: Arrangement[] = [];
  let n = 0;
  for (const [i, p] of plan.swvs.entries()) {
    for (let k = 0; k < p.zaken.oja; k++) {
      const t = k % 20 === 19 ? collectief[Math.floor(r() * collectief.length)] : individueel[Math.floor(r() * individueel.length)];
      batch.push({ ...kloon(t), swv: p.id });
      if (batch.length >= 5000) {
        await laad(ds, batch);
        n += batch.length;
        batch = [];
      }
    }
    if (i % 25 === 24) log(`  oja: ${i + 1}/${plan.swvs.length} SWVs, ${(n + batch.length).toLocaleString('en-US')} arrangements`);
  }
  await laad(ds, batch);
  return { zaken: n + batch.length };
}
