import { bestuurId as registerBestuurId, schoolId as registerSchoolId, scholenRegister, type SchoolSoort } from '@pao/swv';
import { type EntityManager } from 'typeorm';

/**
 * The demo school register of this service: the schools of both SWVs from the shared
 * school register (config/scholen-register.json, @pao/swv; ADR 0034), so a school id
 * means the same school here as in toeleiding's and overdracht's events, with expertise
 * profiles (SOP) a crisis placement is searched on. The expertise is invented for the demo.
 */
interface DemoSchool {
  readonly swv: string;
  readonly brin: string;
  readonly naam: string;
  readonly soort: 'regulier' | 'SBO' | 'SO' | 'VSO' | 'PrO';
  readonly bestuur: string;
  readonly bestuurNaam: string;
  readonly expertise: readonly string[];
}

const EXPERTISE: Record<string, readonly string[]> = {
  '01FP00': ['dyslexie', 'hoogbegaafdheid'],
  '01FP01': ['hoogbegaafdheid'],
  '01FP04': ['faalangst'],
  '01FP05': ['gedrag', 'kleine-groep'],
  '01FP06': ['anderstaligen'],
  '16AW00': ['autisme'],
  '16AW01': ['faalangst', 'autisme'],
  '17DN00': ['dyslexie'],
  '17DN01': ['kunstprofiel'],
  '17J00': ['praktijkonderwijs', 'arbeidstoeleiding'],
  '23HU00': ['gedrag', 'psychiatrie', 'kleine-groep', 'crisisopvang'],
  '24RW00': ['gedrag'],
  '24RW01': ['autisme', 'kleine-groep'],
  '27VD00': ['praktijkonderwijs'],
  '28BU00': ['praktijkonderwijs', 'arbeidstoeleiding'],
  '28BU02': ['praktijkonderwijs'],
  '30EF00': ['autisme', 'psychiatrie', 'crisisopvang', 'kleine-groep'],
  DEMO01: ['dyslexie'],
  DEMO02: ['gedrag'],
  DEMO03: ['hoogbegaafdheid'],
  DEMO05: ['autisme'],
  DEMO06: ['faalangst'],
  DEMO07: ['gedrag', 'kleine-groep'],
  DEMO08: ['kleine-groep', 'autisme'],
  DEMO09: ['autisme', 'psychiatrie', 'crisisopvang'],
  DEMO10: ['gedrag', 'crisisopvang'],
};

const SOORT: Record<SchoolSoort, DemoSchool['soort']> = { po: 'regulier', vo: 'regulier', sbo: 'SBO', so: 'SO', vso: 'VSO', pro: 'PrO', mbo: 'regulier' };

/** Every school of an SWV (MBO institutions are in none). */
export const DEMO_SCHOLEN: readonly DemoSchool[] = scholenRegister()
  .alle()
  .filter((x) => x.swv !== null)
  .map((x) => ({ swv: x.swv!, brin: x.sleutel, naam: x.naam, soort: SOORT[x.soort], bestuur: x.bestuursnummer, bestuurNaam: x.bestuurNaam, expertise: EXPERTISE[x.sleutel] ?? [] }));

/** The ids of the shared school register (the same as toeleiding's and overdracht's). */
export const bestuurId = (bestuursnummer: string) => registerBestuurId(bestuursnummer);
export const schoolId = (swv: 'PO' | 'VO', brin: string) => registerSchoolId(swv, brin);

export function demoSchool(swv: 'PO' | 'VO', brin: string): { schoolId: string; bevoegdGezagId: string } {
  const x = DEMO_SCHOLEN.find((d) => d.swv === swv && d.brin === brin);
  if (!x) throw new Error(`unknown demo school ${swv}/${brin}`);
  return { schoolId: schoolId(swv, brin), bevoegdGezagId: bestuurId(x.bestuur) };
}

/** The register for both SWVs; idempotent (stable ids, ON CONFLICT). */
export async function seedScholen(m: EntityManager): Promise<number> {
  await m.query(
    `INSERT INTO thuiszitters.school (id, swv, brin, naam, soort, bevoegd_gezag_id, bevoegd_gezag_naam, expertise)
     SELECT id, swv, brin, naam, soort, bg, bgn, string_to_array(e, ',')
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[]) AS t(id, swv, brin, naam, soort, bg, bgn, e)
     ON CONFLICT (id) DO UPDATE SET naam = EXCLUDED.naam, soort = EXCLUDED.soort, bevoegd_gezag_id = EXCLUDED.bevoegd_gezag_id,
       bevoegd_gezag_naam = EXCLUDED.bevoegd_gezag_naam, expertise = EXCLUDED.expertise`,
    [
      DEMO_SCHOLEN.map((x) => registerSchoolId(x.swv, x.brin)),
      DEMO_SCHOLEN.map((x) => x.swv),
      DEMO_SCHOLEN.map((x) => x.brin),
      DEMO_SCHOLEN.map((x) => x.naam),
      DEMO_SCHOLEN.map((x) => x.soort),
      DEMO_SCHOLEN.map((x) => bestuurId(x.bestuur)),
      DEMO_SCHOLEN.map((x) => x.bestuurNaam),
      DEMO_SCHOLEN.map((x) => x.expertise.join(',')),
    ],
  );
  return DEMO_SCHOLEN.length;
}
