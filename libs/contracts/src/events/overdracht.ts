import { z } from 'zod';
import { defineEvent } from '../define';
import { GemeenteCode, Id, IsoDate } from '../values';
import { defineTermijnEvents } from './termijnen';

/**
 * Overdracht: PO→VO and VO→MBO transfers, warme overdracht and nazorg. The subject is the
 * overdrachtId.
 */

const OVERDRACHT = 'aef5a6b7-c8d9-4e1f-8a3b-4c5d6e7f8a3d';
const LEERLING = 'bfa6b7c8-d9e0-4f2a-9b4c-5d6e7f8a9b4e';
const SCHOOL = 'c0b7c8d9-e0f1-4a3b-8c5d-6e7f8a9b0c5f';

export const OverdrachtRoute = z.enum(['po-vo', 'vo-mbo']).describe('Transition');

export const OverdrachtAfgerond = defineEvent({
  type: 'nl.passend-onderwijs.overdracht.overdracht-afgerond.v1',
  description:
    'Overdracht afgerond: the pupil was handed over to the receiving school (dossier linked through OSO, not copied); warm says whether a warme overdracht took place.',
  subject: 'overdrachtId',
  data: z.object({
    overdrachtId: Id,
    leerlingId: Id.describe('Pseudonymous pupil id in the overdracht service'),
    route: OverdrachtRoute,
    ontvangendeSchoolId: Id,
    afgerondOp: IsoDate,
    warm: z.boolean(),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code): the gemeente this notification is for'),
  }),
  gemeente: ['overdrachtId', 'route', 'afgerondOp', 'warm', 'gemeente'],
  example: {
    time: '2025-06-27T13:00:00.000Z',
    subject: OVERDRACHT,
    data: { overdrachtId: OVERDRACHT, leerlingId: LEERLING, route: 'po-vo', ontvangendeSchoolId: SCHOOL, afgerondOp: '2025-06-27', warm: true, gemeente: 'GM0034' },
  },
});

export const LeerlingNietGestart = defineEvent({
  type: 'nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1',
  description:
    'Leerling niet gestart: nazorg found that the pupil did not start at the receiving school: a potential thuiszitter (the thuiszitters service opens a signal).',
  subject: 'overdrachtId',
  data: z.object({
    overdrachtId: Id,
    leerlingId: Id,
    route: OverdrachtRoute,
    ontvangendeSchoolId: Id,
    verwachteStartdatum: IsoDate,
    geconstateerdOp: IsoDate,
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code)'),
  }),
  gemeente: ['overdrachtId', 'route', 'verwachteStartdatum', 'geconstateerdOp', 'gemeente'],
  example: {
    time: '2025-10-01T08:00:00.000Z',
    subject: OVERDRACHT,
    data: {
      overdrachtId: OVERDRACHT,
      leerlingId: LEERLING,
      route: 'po-vo',
      ontvangendeSchoolId: SCHOOL,
      verwachteStartdatum: '2025-09-01',
      geconstateerdOp: '2025-10-01',
      gemeente: 'GM0034',
    },
  },
});

const overdrachtTermijnen = defineTermijnEvents('overdracht');
export const OverdrachtTermijnVerstreken = overdrachtTermijnen.verstreken;
export const OverdrachtTermijnWaarschuwing = overdrachtTermijnen.waarschuwing;

export const OVERDRACHT_EVENTS = [OverdrachtAfgerond, LeerlingNietGestart, OverdrachtTermijnVerstreken, OverdrachtTermijnWaarschuwing] as const;
