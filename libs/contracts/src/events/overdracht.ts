import { z } from 'zod';
import { defineEvent } from '../define';
import { GemeenteCode, Id, IsoDate, SwvCode } from '../values';
import { defineTermijnEvents } from './termijnen';

/**
 * Overdracht: PO→VO, SO→V(S)O, VO→MBO and VO→VO transfers, warme overdracht and nazorg.
 * The subject is the overdrachtId: one case per pupil per transfer (grouped in cohorts per
 * school year and sending school).
 */

const OVERDRACHT = 'aef5a6b7-c8d9-4e1f-8a3b-4c5d6e7f8a3d';
const LEERLING = 'bfa6b7c8-d9e0-4f2a-9b4c-5d6e7f8a9b4e';
const SCHOOL = 'c0b7c8d9-e0f1-4a3b-8c5d-6e7f8a9b0c5f';
const VERZENDENDE_SCHOOL = 'd1c8d9e0-f1a2-4b4c-9d6e-7f8a9b0c1d60';

/**
 * The transition a pupil makes. 'so-vo' is SO → VO or VSO; 'vo-mbo' includes leavers of VSO
 * and PrO; 'vo-vo' is a change of VO school within the SWV.
 */
export const OVERDRACHT_ROUTES = ['po-vo', 'so-vo', 'vo-mbo', 'vo-vo'] as const;
export const OverdrachtRoute = z.enum(OVERDRACHT_ROUTES).describe('Transition: po-vo, so-vo (SO → V(S)O), vo-mbo (incl. VSO and PrO leavers), vo-vo');

/** A school year as 'YYYY-YYYY' (1 August – 31 July), the second year one after the first. */
export const Schooljaar = z
  .string()
  .regex(/^\d{4}-\d{4}$/)
  .describe('School year, YYYY-YYYY (1 August – 31 July); the producer guarantees the second year follows the first');

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

export const NIET_GESTART_REDENEN = ['niet-bevestigd', 'niet-verschenen', 'geen-ontvangende-school'] as const;

export const LeerlingNietGestart = defineEvent({
  type: 'nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1',
  description:
    'Leerling niet gestart: at the nazorg check date the receiving school had not confirmed that the pupil started (or reported that the pupil did not turn up, ' +
    'or no receiving school was ever settled): a potential thuiszitter; the thuiszitters service opens a melding in the SWV of swvNaOverstap. Published at most once per overdracht ' +
    '(a stable event id: deduplicate on it). The SWV is the envelope attribute swv. No BSN, name or birth date: leerlingId is the overdracht service\'s pseudonym.',
  subject: 'overdrachtId',
  data: z.object({
    overdrachtId: Id.describe('The pupil\'s overdracht case'),
    leerlingId: Id.describe('Pseudonymous pupil id in the overdracht service (never a BSN or onderwijsnummer)'),
    route: OverdrachtRoute,
    schooljaar: Schooljaar.describe('School year in which the pupil should have started at the receiving school'),
    verzendendeSchoolId: Id.describe('Sending school (vestiging)'),
    ontvangendeSchoolId: Id.nullable().describe('Receiving school (vestiging); null when no receiving school was ever settled'),
    reden: z
      .enum(NIET_GESTART_REDENEN)
      .describe('niet-bevestigd: no confirmation by the check date; niet-verschenen: the receiving school reported the pupil did not turn up; geen-ontvangende-school: never placed'),
    verwachteStartdatum: IsoDate.describe('First school day at the receiving school'),
    controledatum: IsoDate.describe('The nazorg check date (versioned rule per SWV and sector) by which the start had to be confirmed'),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code): the gemeente this notification is for'),
    swvNaOverstap: SwvCode.nullable()
      .optional()
      .describe(
        'The SWV the pupil belongs to after the transfer, whose thuiszitters service gets the melding: the SWV of the receiving school (school register); ' +
          'the sending SWV (the envelope swv) when no receiving school was settled (the pupil stays enrolled at the sending school); ' +
          'null when the receiving school is in no SWV (MBO): leerplicht (under 18) or the RMC of the gemeente acts, no SWV. Absent (older events): the envelope swv.',
      ),
  }),
  gemeente: ['overdrachtId', 'route', 'reden', 'verwachteStartdatum', 'controledatum', 'gemeente', 'swvNaOverstap'],
  example: {
    time: '2025-09-29T22:00:05.000Z',
    subject: OVERDRACHT,
    data: {
      overdrachtId: OVERDRACHT,
      leerlingId: LEERLING,
      route: 'po-vo',
      schooljaar: '2025-2026',
      verzendendeSchoolId: VERZENDENDE_SCHOOL,
      ontvangendeSchoolId: SCHOOL,
      reden: 'niet-bevestigd',
      verwachteStartdatum: '2025-09-01',
      controledatum: '2025-09-29',
      gemeente: 'GM0034',
      swvNaOverstap: 'VO',
    },
  },
});

const overdrachtTermijnen = defineTermijnEvents('overdracht');
export const OverdrachtTermijnVerstreken = overdrachtTermijnen.verstreken;
export const OverdrachtTermijnWaarschuwing = overdrachtTermijnen.waarschuwing;

export const OVERDRACHT_EVENTS = [OverdrachtAfgerond, LeerlingNietGestart, OverdrachtTermijnVerstreken, OverdrachtTermijnWaarschuwing] as const;
