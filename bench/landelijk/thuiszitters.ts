// The national data set's thuiszitters part: per SWV its schools and its meldingen (lives
// of a casus played through the real domain, bench/thuiszitters/genereer.ts, for the demo
// SWV of the sector; cloned per case, relabelled to the national SWV and one of its
// schools), stored through the service's own projection, with their armed deadlines.
import { randomUUID } from 'node:crypto';
import { deterministicUuid } from '@pao/contracts';
import { vervaltMoment } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { termijnen, type Casus } from '../../apps/thuiszitters/src/domain';
import { kloon, laad, leven, VANDAAG } from '../thuiszitters/genereer';
import { scholenVan } from './toeleiding';
import { leerlingVoorZaak, rng, type Plan } from './verdeling';

const SJABLOON_SCHOOL = '00000000-0000-4000-8000-00000000beef';
export const thuiszitterLeerling = (n: number) => deterministicUuid(`landelijk/thuiszitters/leerling/${n}`);

export async function laadThuiszitters(ds: DataSource, plan: Plan, log: (s: string) => void): Promise<{ zaken: number; deadlines: number }> {
  const r = rng(2020);
  const sjablonen = { PO: Array.from({ length: 400 }, () => leven(r, 'PO', [SJABLOON_SCHOOL])), VO: Array.from({ length: 400 }, () => leven(r, 'VO', [SJABLOON_SCHOOL])) };
  const nu = new Date(`${VANDAAG}T12:00:00Z`);
  let zaken: Casus[] = [];
  let deadlines: unknown[][] = [];
  const teller = { zaken: 0, deadlines: 0 };
  const spoel = async () => {
    await laad(ds, zaken);
    if (deadlines.length > 0) {
      await ds.query(`INSERT INTO thuiszitters.deadline (id, kind, subject_id, due_at, rule_version) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[])`, [
        0, 1, 2, 3, 4,
      ].map((j) => deadlines.map((x) => x[j])));
    }
    teller.zaken += zaken.length;
    teller.deadlines += deadlines.length;
    zaken = [];
    deadlines = [];
  };
  for (const [i, p] of plan.swvs.entries()) {
    const s = scholenVan(p);
    const ids = [...s.regulier, ...s.speciaal];
    await ds.query(
      `INSERT INTO thuiszitters.school (id, swv, brin, naam, soort, bevoegd_gezag_id, bevoegd_gezag_naam)
       SELECT id, $2, 'L' || lpad(k::text, 3, '0') || 'X' || lpad(k::text, 2, '0'), naam, soort, $5, 'Bestuur ' || $2 FROM unnest($1::uuid[], $3::text[], $4::text[]) WITH ORDINALITY AS t(id, naam, soort, k)`,
      [ids, p.id, ids.map((id) => s.namen.get(id)), ids.map((id) => s.soort.get(id)), deterministicUuid(`landelijk/bestuur/${p.id}`)],
    );
    for (let k = 0; k < p.zaken.thuiszitters; k++) {
      const t = sjablonen[p.sector][Math.floor(r() * 400)];
      const school = s.regulier[Math.floor(r() * s.regulier.length)];
      const c = JSON.parse(JSON.stringify(kloon(t)).replaceAll(SJABLOON_SCHOOL, school)) as Casus;
      const casus = { ...c, swv: p.id, ...(c.leerlingRef ? { leerlingRef: thuiszitterLeerling(leerlingVoorZaak(p, 'thuiszitters', k)) } : {}) } as Casus;
      zaken.push(casus);
      for (const ti of termijnen(casus)) {
        const due = vervaltMoment({}, ti);
        if (due > nu) deadlines.push([randomUUID(), ti.soort, casus.id, due.toISOString(), ti.regelVersie]);
      }
      if (zaken.length >= 2000) await spoel();
    }
    if (i % 50 === 49) log(`  thuiszitters: ${i + 1}/${plan.swvs.length} SWVs, ${(teller.zaken + zaken.length).toLocaleString('en-US')} meldingen`);
  }
  await spoel();
  return teller;
}
