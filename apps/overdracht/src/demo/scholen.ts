import { scholenRegister } from '@pao/swv';
import { type EntityManager } from 'typeorm';
import { type Schoolsoort } from '../domain';

export interface DemoSchool {
  readonly id: string;
  readonly brin: string;
  readonly naam: string;
  readonly soort: Schoolsoort;
  /** The SWV the school belongs to; MBO institutions belong to none. */
  readonly swv: string | null;
  readonly plaats: string | null;
}

/**
 * The register this service starts with: every school of the shared school register
 * (config/scholen-register.json, @pao/swv; ADR 0034) — PO, SBO and SO schools, the V(S)O
 * and PrO schools of the VO SWV, and MBO institutions (in no SWV) — with the ids every
 * service uses, so a school in this service's events is the same school in toeleiding's
 * and thuiszitters'. `brin` holds BRIN + vestigingsnummer.
 */
export const SCHOLEN: readonly DemoSchool[] = scholenRegister()
  .alle()
  .map((s) => ({ id: s.id, brin: s.sleutel, naam: s.naam, soort: s.soort, swv: s.swv, plaats: s.plaats ?? null }));

/** The id of a school by BRIN + vestigingsnummer ('01FP00'). */
export const schoolId = (brin: string) => scholenRegister().get(brin).id;

export async function seedScholen(m: EntityManager): Promise<number> {
  await m.query(
    `INSERT INTO overdracht.school (id, brin, naam, soort, swv, plaats)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (id) DO UPDATE SET naam = EXCLUDED.naam, soort = EXCLUDED.soort, swv = EXCLUDED.swv, plaats = EXCLUDED.plaats`,
    [SCHOLEN.map((s) => s.id), SCHOLEN.map((s) => s.brin), SCHOLEN.map((s) => s.naam), SCHOLEN.map((s) => s.soort), SCHOLEN.map((s) => s.swv), SCHOLEN.map((s) => s.plaats)],
  );
  return SCHOLEN.length;
}
