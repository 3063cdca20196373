import { type IsoDatum } from '@pao/zaak/domein';
import { type Rol } from '../begrippen';
import { type Melden } from '../commandos';
import { type ThuiszittersWerkcontext } from '../werkcontext';
import { vasteRegels } from './vaste-regels';

export const CASUS_ID = '0b6c2c0e-8f1a-4c57-9d43-1f0a7b1e2d30';
export const LEERLING = '5f7f2a3c-1d2e-4b5a-8c9d-0e1f2a3b4c5d';
export const SCHOOL = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const ANDERE_SCHOOL = '8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e';
export const VERGADERING = '9c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f';

/** A work context with deterministic ids. */
export function werk(rol: Rol, vandaag: IsoDatum, opties: { swv?: string; absoluutDirect?: boolean } = {}): ThuiszittersWerkcontext {
  let n = 0;
  const swv = opties.swv ?? 'VO';
  return {
    actor: { id: `${rol}-1`, rol, organisatie: rol === 'systeem' ? 'systeem' : swv },
    vandaag,
    swv,
    regels: vasteRegels({ absoluutDirect: opties.absoluutDirect }),
    nieuwId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

export const BETROKKEN = { ouders: 'betrokken', leerling: 'betrokken' } as const;

/** A school reports a pupil absent since a date (langdurig relatief verzuim). */
export function verzuimMelding(thuisSinds: IsoDatum, extra: Partial<Melden> = {}): Melden {
  return {
    type: 'melden',
    leerlingRef: LEERLING,
    soort: 'langdurig-relatief-verzuim',
    melder: { soort: 'school', organisatieId: SCHOOL },
    schoolId: SCHOOL,
    thuisSinds,
    betrokkenheid: BETROKKEN,
    ...extra,
  };
}
