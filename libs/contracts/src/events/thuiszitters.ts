import { z } from 'zod';
import { defineEvent } from '../define';
import { Aantal, GemeenteCode, Id, IsoDate } from '../values';
import { defineTermijnEvents } from './termijnen';

/**
 * Thuiszitters: meldingen of (threatening) thuiszitters, escalation to the Actietafel
 * and doorzettingsmacht. The subject of every event is the casusId.
 */

const CASUS = '2c7d8e9f-a0b1-4c3d-8e5f-6a7b8c9d0eb5';
const LEERLING = '3d8e9fa0-b1c2-4d4e-9f6a-7b8c9d0e1fc6';
const SCHOOL = '4e9fa0b1-c2d3-4e5f-8a7b-8c9d0e1f2ad7';
const BESLUIT = '5fa0b1c2-d3e4-4f6a-9b8c-9d0e1f2a3be8';

export const THUISZITTER_SOORTEN = ['absoluut-verzuim', 'langdurig-relatief-verzuim', 'vrijstelling', 'dreigend'] as const;
export const ThuiszitterSoort = z.enum(THUISZITTER_SOORTEN).describe('Kind of thuiszitter');

export const MeldingGedaan = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.melding-gedaan.v1',
  description:
    'Thuiszitter gemeld: a professional reported a (threatening) thuiszitter to the SWV. Leerplicht of the woongemeente must know at once; it gets the soort and dates, details through the reference.',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    leerlingId: Id.describe('Pseudonymous pupil id in the thuiszitters service'),
    schoolId: Id.optional().describe('School of enrolment; absent for absoluut verzuim'),
    soort: ThuiszitterSoort,
    gemeldOp: IsoDate,
    thuisSinds: IsoDate.optional().describe('First day out of school, when known'),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code): the gemeente this notification is for'),
  }),
  gemeente: ['casusId', 'soort', 'gemeldOp', 'thuisSinds', 'gemeente'],
  example: {
    time: '2025-01-20T09:45:00.000Z',
    subject: CASUS,
    data: { casusId: CASUS, leerlingId: LEERLING, schoolId: SCHOOL, soort: 'langdurig-relatief-verzuim', gemeldOp: '2025-01-20', thuisSinds: '2024-12-09', gemeente: 'GM0034' },
  },
});

export const CasusGeescaleerd = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.casus-geescaleerd.v1',
  description:
    'Casus geëscaleerd: the case moved one step up the ladder (school → Steunpunt → Actietafel Thuiszitters). Gemeenten (leerplicht, jeugdhulp) sit at the Actietafel.',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    naar: z.enum(['steunpunt', 'actietafel']).describe('The level the case was escalated to'),
    geescaleerdOp: IsoDate,
    dagenThuis: Aantal.optional().describe('Days out of school on the escalation date, when known'),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code)'),
  }),
  gemeente: ['casusId', 'naar', 'geescaleerdOp', 'dagenThuis', 'gemeente'],
  example: { time: '2025-02-17T15:30:00.000Z', subject: CASUS, data: { casusId: CASUS, naar: 'actietafel', geescaleerdOp: '2025-02-17', dagenThuis: 70, gemeente: 'GM0034' } },
});

export const DoorzettingsmachtIngezet = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.doorzettingsmacht-ingezet.v1',
  description:
    'Doorzettingsmacht ingezet: decision-making stalled and the teamleider Toeleiding decided which school must offer the pupil a place.',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    besluitId: Id,
    aangewezenSchoolId: Id.describe('School that must offer a place'),
    ingezetOp: IsoDate,
    uiterlijkAanbodOp: IsoDate.describe('Date by which the school must have made the offer'),
  }),
  example: { time: '2025-03-03T12:00:00.000Z', subject: CASUS, data: { casusId: CASUS, besluitId: BESLUIT, aangewezenSchoolId: SCHOOL, ingezetOp: '2025-03-03', uiterlijkAanbodOp: '2025-03-17' } },
});

export const CasusAfgesloten = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.casus-afgesloten.v1',
  description: 'Casus afgesloten: the pupil is back in (suitable) education or the case ended otherwise; dagenThuis feeds the thuiszitter figures.',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    afgeslotenOp: IsoDate,
    reden: z.enum(['passend-aanbod', 'teruggekeerd', 'vrijstelling', 'verhuisd', 'overig']),
    dagenThuis: Aantal.describe('Days out of school in total'),
  }),
  example: { time: '2025-03-24T10:00:00.000Z', subject: CASUS, data: { casusId: CASUS, afgeslotenOp: '2025-03-24', reden: 'passend-aanbod', dagenThuis: 105 } },
});

const thuiszittersTermijnen = defineTermijnEvents('thuiszitters');
export const ThuiszittersTermijnVerstreken = thuiszittersTermijnen.verstreken;
export const ThuiszittersTermijnWaarschuwing = thuiszittersTermijnen.waarschuwing;

export const THUISZITTERS_EVENTS = [
  MeldingGedaan,
  CasusGeescaleerd,
  DoorzettingsmachtIngezet,
  CasusAfgesloten,
  ThuiszittersTermijnVerstreken,
  ThuiszittersTermijnWaarschuwing,
] as const;
