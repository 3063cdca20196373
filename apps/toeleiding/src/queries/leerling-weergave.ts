import { medewerkersVan, type LeerlingRegister } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { type z } from 'zod';
import { SCHEMA } from '../persistence/persistence';
import { type BehandelaarWeergave as BehandelaarWeergaveAntwoord, type LeerlingWeergave as LeerlingWeergaveAntwoord } from './antwoorden';

/** The roles that work the case see who the pupil is; others (beheerder, partners) see the masked number only. */
export const ZIEN_PERSONALIA: readonly string[] = ['consulent', 'orthopedagoog', 'teamleider'];

export type LeerlingWeergave = z.output<typeof LeerlingWeergaveAntwoord>;
export type BehandelaarWeergave = z.output<typeof BehandelaarWeergaveAntwoord>;

/** Pupils and behandelaars of a page of cases as the actor may see them. */
export async function weergaven(
  m: EntityManager,
  leerlingen: LeerlingRegister,
  swv: string,
  rol: string,
  rijen: ReadonlyArray<{ leerling_id: string; weergave: string; behandelaar_id: string | null }>,
): Promise<{ leerling: (r: (typeof rijen)[number]) => LeerlingWeergave; behandelaar: (r: (typeof rijen)[number]) => BehandelaarWeergave | null }> {
  const personalia = ZIEN_PERSONALIA.includes(rol) ? await leerlingen.personaliaVan(m, swv, rijen.map((r) => r.leerling_id)) : new Map();
  const namen = await medewerkersVan(m, SCHEMA, swv, rijen.map((r) => r.behandelaar_id ?? ''));
  return {
    leerling: (r) => {
      const p = personalia.get(r.leerling_id);
      return p ? { weergave: r.weergave, naam: p.naam, geboortedatum: p.geboortedatum } : { weergave: r.weergave };
    },
    behandelaar: (r) => (r.behandelaar_id ? { id: r.behandelaar_id, naam: namen.get(r.behandelaar_id)?.naam ?? null } : null),
  };
}
