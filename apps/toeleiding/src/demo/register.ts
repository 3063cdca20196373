import { bestuurId as registerBestuurId, schoolId as registerSchoolId, scholenRegister, type SchoolSoort } from '@pao/swv';
import { type EntityManager } from 'typeorm';
import { type Swv } from '../domain';

export interface DemoBestuur {
  readonly bestuursnummer: string;
  readonly naam: string;
}

export interface DemoSchool {
  readonly swv: Swv;
  readonly brin: string;
  readonly naam: string;
  readonly soort: 'regulier' | 'SBO' | 'SO' | 'VSO' | 'PrO';
  readonly plaats: string;
  readonly bestuursnummer: string;
}

const SOORT: Record<SchoolSoort, DemoSchool['soort'] | undefined> = { po: 'regulier', vo: 'regulier', sbo: 'SBO', so: 'SO', vso: 'VSO', pro: 'PrO', mbo: undefined };

/**
 * The boards and schools of both SWVs, from the shared school register
 * (config/scholen-register.json, @pao/swv; ADR 0034): the same ids in every service.
 * MBO institutions are in no SWV, so not in toeleiding's register.
 */
export const SCHOLEN: readonly DemoSchool[] = scholenRegister()
  .alle()
  .filter((s) => s.swv !== null)
  .map((s) => ({ swv: s.swv as Swv, brin: s.sleutel, naam: s.naam, soort: SOORT[s.soort]!, plaats: s.plaats ?? 'Almere', bestuursnummer: s.bestuursnummer }));

/** The boards of those schools. */
export const BESTUREN: readonly DemoBestuur[] = scholenRegister()
  .besturen.filter((b) => SCHOLEN.some((s) => s.bestuursnummer === b.bestuursnummer))
  .map((b) => ({ bestuursnummer: b.bestuursnummer, naam: b.naam }));

export const bestuurId = (bestuursnummer: string) => registerBestuurId(bestuursnummer);
export const schoolId = (swv: Swv, brin: string) => registerSchoolId(swv, brin);

export function schoolVan(swv: Swv, brin: string): { schoolId: string; bevoegdGezagId: string } {
  const s = SCHOLEN.find((x) => x.swv === swv && x.brin === brin);
  if (!s) throw new Error(`unknown demo school ${swv}/${brin}`);
  return { schoolId: schoolId(swv, brin), bevoegdGezagId: bestuurId(s.bestuursnummer) };
}

/** The register for both SWVs; idempotent (stable ids, ON CONFLICT). */
export async function seedRegister(m: EntityManager): Promise<number> {
  await m.query(
    `INSERT INTO toeleiding.bevoegd_gezag (id, bestuursnummer, naam)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) ON CONFLICT (id) DO UPDATE SET naam = EXCLUDED.naam`,
    [BESTUREN.map((b) => bestuurId(b.bestuursnummer)), BESTUREN.map((b) => b.bestuursnummer), BESTUREN.map((b) => b.naam)],
  );
  await m.query(
    `INSERT INTO toeleiding.school (id, swv, brin, naam, soort, plaats, bevoegd_gezag_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[])
     ON CONFLICT (id) DO UPDATE SET naam = EXCLUDED.naam, soort = EXCLUDED.soort, bevoegd_gezag_id = EXCLUDED.bevoegd_gezag_id`,
    [
      SCHOLEN.map((s) => schoolId(s.swv, s.brin)),
      SCHOLEN.map((s) => s.swv),
      SCHOLEN.map((s) => s.brin),
      SCHOLEN.map((s) => s.naam),
      SCHOLEN.map((s) => s.soort),
      SCHOLEN.map((s) => s.plaats),
      SCHOLEN.map((s) => bestuurId(s.bestuursnummer)),
    ],
  );
  return SCHOLEN.length;
}
