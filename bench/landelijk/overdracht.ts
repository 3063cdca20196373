// The national data set's overdracht part: every PO SWV's leavers imported through the
// service's own import path (Overdrachten.importeer: read and check the file, register the
// pupils, decide each case, store with projection, arm the calendar dates, audit), one
// cohort per sending school of ~200 pupils, as bench:overdracht fills its SWV.
import { randomUUID } from 'node:crypto';
import { deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import { type Actor } from '@pao/platform';
import { type SwvRegister } from '@pao/swv';
import { localServers } from '@pao/testing';
import { type DataSource } from 'typeorm';
import { bouwOverdracht } from '../../apps/overdracht/src/runtime';
import { cohortCsv } from '../overdracht/cohort-csv';
import { benchSleutel, scholenVan } from './toeleiding';
import { type Plan } from './verdeling';

export const OVERDRACHT_VANDAAG = '2026-02-02';

export async function laadOverdracht(ds: DataSource, plan: Plan, register: SwvRegister, log: (s: string) => void): Promise<{ zaken: number; cohorten: number }> {
  const redisPrefix = `bench-landelijk-${process.pid}`;
  const rt = bouwOverdracht({
    dataSource: ds,
    redisUrl: localServers.redisUrl,
    redisPrefix,
    leerlingGeheim: { versleuteling: benchSleutel('versleuteling'), hash: benchSleutel('hash') },
    klok: new ManualClock(new Date(`${OVERDRACHT_VANDAAG}T09:00:00Z`)),
    swvs: register,
    worker: false,
  });
  let zaken = 0;
  let cohorten = 0;
  try {
    for (const [i, p] of plan.swvs.entries()) {
      if (p.zaken.overdracht === 0) continue;
      const s = scholenVan(p).regulier;
      await ds.query(
        `INSERT INTO overdracht.school (id, brin, naam, soort, swv) SELECT id, $2 || 'S' || k, naam, 'po', $2 FROM unnest($1::uuid[], $3::text[]) WITH ORDINALITY AS t(id, naam, k)`,
        [s, p.id, s.map((_, k) => `Basisschool ${p.id}-${k}`)],
      );
      const actor: Actor = { id: randomUUID(), rol: 'consulent', swv: p.id, organisatie: `swv-${p.id.toLowerCase()}` };
      // Test BSNs are numbered per SWV (the register is per SWV); cohorts of ~200 per school.
      const perSchool = Math.ceil(p.zaken.overdracht / s.length);
      for (let van = 0, k = 0; van < p.zaken.overdracht; van += perSchool, k++) {
        const aantal = Math.min(perSchool, p.zaken.overdracht - van);
        const cohort = await rt.overdrachten.cohort(actor, '2025-2026', s[k]);
        const rapport = await rt.overdrachten.importeer(actor, cohort.id, cohortCsv(van + 1, aantal), false);
        if (rapport.geimporteerd !== aantal) throw new Error(`overdracht import in ${p.id}: ${rapport.geimporteerd} of ${aantal}`);
        zaken += aantal;
        cohorten++;
      }
      if (i % 25 === 24) log(`  overdracht: ${i + 1}/${plan.swvs.length} SWVs, ${zaken.toLocaleString('en-US')} pupils`);
    }
  } finally {
    await rt.scheduler.close();
    await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix);
  }
  return { zaken, cohorten };
}
