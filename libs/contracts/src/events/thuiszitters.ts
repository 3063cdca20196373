import { z } from 'zod';
import { defineEvent } from '../define';
import { Aantal, Code, GemeenteCode, Id, IsoDate } from '../values';
import { defineTermijnEvents } from './termijnen';

/**
 * Thuiszitters: meldingen of (threatening) thuiszitters and crises, the plan, escalation to
 * the Actietafel Thuiszitters, doorzettingskracht and doorzettingsmacht, the passend
 * aanbod. The subject of every event is the casusId. Leerplicht (the gemeente) must be
 * told of verzuim at once (001:1913-1917): the gemeente views carry the facts and the
 * envelope's `dataref` points to what leerplicht may fetch with its own authorisation.
 */

const CASUS = '2c7d8e9f-a0b1-4c3d-8e5f-6a7b8c9d0eb5';
const LEERLING = '3d8e9fa0-b1c2-4d4e-9f6a-7b8c9d0e1fc6';
const SCHOOL = '4e9fa0b1-c2d3-4e5f-8a7b-8c9d0e1f2ad7';
const BESTUUR = '6ab1c2d3-e4f5-4a7b-8c9d-0e1f2a3b4cf9';
const BESLUIT = '5fa0b1c2-d3e4-4f6a-9b8c-9d0e1f2a3be8';

/** Verzuim and threatening verzuim: what leerplicht is told about. A crisis is published as crisis-gemeld, a vrijstelling as vrijstelling-geregistreerd. */
export const THUISZITTER_SOORTEN = ['langdurig-relatief-verzuim', 'absoluut-verzuim', 'dreigend'] as const;
export const ThuiszitterSoort = z.enum(THUISZITTER_SOORTEN).describe('Kind of melding: langdurig relatief verzuim, absoluut verzuim, or dreigend');

export const THUISZITTER_UITKOMSTEN = ['plaatsing-onderwijs', 'plaatsing-jeugdhulp', 'arbeidstoeleiding'] as const;
export const ThuiszitterUitkomst = z.enum(THUISZITTER_UITKOMSTEN).describe('How the pupil left home: plaatsing onderwijs, plaatsing jeugdhulp or project arbeidstoeleiding (001:1961-1963)');

export const MeldingGedaan = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.melding-gedaan.v1',
  description:
    'Thuiszitter gemeld: a (threatening) thuiszitter was reported, or a dreigend/crisis melding turned out to be verzuim. Leerplicht of the woongemeente, the school board and the SWV must know at once; the gemeente gets the soort and dates, the pupil through the dataref.',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    leerlingId: Id.describe('Pseudonymous pupil id in the thuiszitters service'),
    schoolId: Id.optional().describe('School of enrolment; absent for absoluut verzuim'),
    bevoegdGezagId: Id.optional().describe('The school board, when known'),
    soort: ThuiszitterSoort,
    gemeldOp: IsoDate,
    thuisSinds: IsoDate.optional().describe('First day out of school, when known'),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code): the gemeente this notification is for'),
  }),
  gemeente: ['casusId', 'soort', 'gemeldOp', 'thuisSinds', 'gemeente'],
  example: {
    time: '2025-01-20T09:45:00.000Z',
    subject: CASUS,
    data: { casusId: CASUS, leerlingId: LEERLING, schoolId: SCHOOL, bevoegdGezagId: BESTUUR, soort: 'langdurig-relatief-verzuim', gemeldOp: '2025-01-20', thuisSinds: '2024-12-30', gemeente: 'GM0034' },
  },
});

export const CrisisGemeld = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.crisis-gemeld.v1',
  description:
    'Crisis gemeld: a school director found dringende handelingsverlegenheid (001:1875-1887); the board is informed and the SWV orthopedagoog consulted. Not for gemeenten: a crisis is no verzuim (melding-gedaan follows when the pupil is out of school).',
  subject: 'casusId',
  data: z.object({ casusId: Id, leerlingId: Id, schoolId: Id, bevoegdGezagId: Id.optional(), gemeldOp: IsoDate }),
  example: { time: '2025-02-03T10:15:00.000Z', subject: CASUS, data: { casusId: CASUS, leerlingId: LEERLING, schoolId: SCHOOL, bevoegdGezagId: BESTUUR, gemeldOp: '2025-02-03' } },
});

export const VrijstellingGeregistreerd = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.vrijstelling-geregistreerd.v1',
  description:
    'Vrijstelling geregistreerd: a vrijstelling (Leerplichtwet art. 5 onder a, b or c) was registered beside the meldingen, as the inspectie asks; it is no verzuim. Leerplicht granted it, so it is not sent to gemeenten.',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    leerlingId: Id,
    grond: z.enum(['art-5-onder-a', 'art-5-onder-b', 'art-5-onder-c']),
    ingangsdatum: IsoDate,
    einddatum: IsoDate.optional(),
  }),
  example: { time: '2025-01-08T14:00:00.000Z', subject: CASUS, data: { casusId: CASUS, leerlingId: LEERLING, grond: 'art-5-onder-a', ingangsdatum: '2025-01-06', einddatum: '2025-07-31' } },
});

export const ThuiszitterGeworden = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.thuiszitter-geworden.v1',
  description:
    'Thuiszitter geworden: the pupil has been out of school longer than the SWV rule allows (4 weeks of langdurig relatief verzuim; absoluut verzuim per SWV at once or after 4 weeks). Published by the deadline engine or at the melding.',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    leerlingId: Id,
    soort: ThuiszitterSoort,
    sinds: IsoDate.describe('First day the pupil counts as a thuiszitter'),
    dagenThuis: Aantal.describe('Days out of school on the day it was established'),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code)'),
  }),
  gemeente: ['casusId', 'soort', 'sinds', 'dagenThuis', 'gemeente'],
  example: { time: '2025-01-26T23:00:05.000Z', subject: CASUS, data: { casusId: CASUS, leerlingId: LEERLING, soort: 'langdurig-relatief-verzuim', sinds: '2025-01-27', dagenThuis: 28, gemeente: 'GM0034' } },
});

export const CasusGeescaleerd = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.casus-geescaleerd.v1',
  description:
    'Casus geëscaleerd: the case moved one rung up the ladder (school → Steunpunt → Actietafel Thuiszitters), or a passed clock called in the teamleider Toeleiding (who holds doorzettingsmacht). By hand, by a passed clock (termijnSoort names it) or because the pupil became a thuiszitter. Gemeenten (leerplicht, jeugdhulp) sit at the Actietafel.',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    naar: z.enum(['steunpunt', 'actietafel', 'teamleider']).describe('The rung reached, or teamleider when no rung is left to climb automatically'),
    reden: z.enum(['handmatig', 'termijn', 'thuiszitter']),
    termijnSoort: Code.optional().describe('The clock that passed (reden termijn/thuiszitter)'),
    geescaleerdOp: IsoDate,
    dagenThuis: Aantal.optional().describe('Days out of school on the escalation date, when known'),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code)'),
  }),
  gemeente: ['casusId', 'naar', 'reden', 'geescaleerdOp', 'dagenThuis', 'gemeente'],
  example: {
    time: '2025-02-17T15:30:00.000Z',
    subject: CASUS,
    data: { casusId: CASUS, naar: 'actietafel', reden: 'termijn', termijnSoort: 'escalatie', geescaleerdOp: '2025-02-17', dagenThuis: 49, gemeente: 'GM0034' },
  },
});

export const DoorzettingskrachtIngezet = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.doorzettingskracht-ingezet.v1',
  description:
    'Doorzettingskracht ingezet: at the Actietafel the parties, with the parents, agreed a place for the pupil and to keep to it, by a date (001:1936-1941).',
  subject: 'casusId',
  data: z.object({ casusId: Id, ingezetOp: IsoDate, plaatsingUiterlijk: IsoDate, schoolId: Id.optional().describe('The school agreed on, when it is a school') }),
  example: { time: '2025-02-24T11:00:00.000Z', subject: CASUS, data: { casusId: CASUS, ingezetOp: '2025-02-24', plaatsingUiterlijk: '2025-03-10', schoolId: SCHOOL } },
});

export const DoorzettingsmachtIngezet = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.doorzettingsmacht-ingezet.v1',
  description:
    'Doorzettingsmacht ingezet: doorzettingskracht failed and the teamleider Toeleiding decided, within the set limits and with reasons, which school must offer the pupil a place (001:1930-1933).',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    besluitId: Id,
    aangewezenSchoolId: Id.describe('School that must offer a place'),
    ingezetOp: IsoDate,
    uiterlijkAanbodOp: IsoDate.describe('Date by which the school must have made the offer'),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code)'),
  }),
  gemeente: ['casusId', 'ingezetOp', 'uiterlijkAanbodOp', 'gemeente'],
  example: {
    time: '2025-03-03T12:00:00.000Z',
    subject: CASUS,
    data: { casusId: CASUS, besluitId: BESLUIT, aangewezenSchoolId: SCHOOL, ingezetOp: '2025-03-03', uiterlijkAanbodOp: '2025-03-17', gemeente: 'GM0034' },
  },
});

export const PassendAanbodGevonden = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.passend-aanbod-gevonden.v1',
  description:
    'Passend aanbod gevonden: the pupil has a place (onderwijs, jeugdhulp or arbeidstoeleiding) starting on a date; at the Actietafel this is how the case leaves the table. Jeugdhulp and leerplicht want to know.',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    uitkomst: ThuiszitterUitkomst,
    schoolId: Id.optional().describe('The school for plaatsing onderwijs'),
    startOp: IsoDate,
    vastgelegdOp: IsoDate,
    dagenThuis: Aantal.optional(),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code)'),
  }),
  gemeente: ['casusId', 'uitkomst', 'startOp', 'gemeente'],
  example: {
    time: '2025-03-12T16:20:00.000Z',
    subject: CASUS,
    data: { casusId: CASUS, uitkomst: 'plaatsing-onderwijs', schoolId: SCHOOL, startOp: '2025-03-24', vastgelegdOp: '2025-03-12', dagenThuis: 72, gemeente: 'GM0034' },
  },
});

export const CasusAfgesloten = defineEvent({
  type: 'nl.passend-onderwijs.thuiszitters.casus-afgesloten.v1',
  description:
    'Casus afgesloten: the pupil started in the passend aanbod, returned to the own school, moved away, a signal turned out not to concern a thuiszitter, or a vrijstelling ended; dagenThuis feeds the thuiszitter figures.',
  subject: 'casusId',
  data: z.object({
    casusId: Id,
    afgeslotenOp: IsoDate,
    reden: z.enum(['passend-aanbod', 'teruggekeerd', 'verhuisd', 'geen-thuiszitter', 'vrijstelling-beeindigd', 'overig']),
    uitkomst: ThuiszitterUitkomst.optional(),
    dagenThuis: Aantal.optional().describe('Days out of school in total, when the pupil was out'),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code)'),
  }),
  gemeente: ['casusId', 'afgeslotenOp', 'reden', 'gemeente'],
  example: {
    time: '2025-03-24T10:00:00.000Z',
    subject: CASUS,
    data: { casusId: CASUS, afgeslotenOp: '2025-03-24', reden: 'passend-aanbod', uitkomst: 'plaatsing-onderwijs', dagenThuis: 84, gemeente: 'GM0034' },
  },
});

const thuiszittersTermijnen = defineTermijnEvents('thuiszitters');
export const ThuiszittersTermijnVerstreken = thuiszittersTermijnen.verstreken;
export const ThuiszittersTermijnWaarschuwing = thuiszittersTermijnen.waarschuwing;

export const THUISZITTERS_EVENTS = [
  MeldingGedaan,
  CrisisGemeld,
  VrijstellingGeregistreerd,
  ThuiszitterGeworden,
  CasusGeescaleerd,
  DoorzettingskrachtIngezet,
  DoorzettingsmachtIngezet,
  PassendAanbodGevonden,
  CasusAfgesloten,
  ThuiszittersTermijnVerstreken,
  ThuiszittersTermijnWaarschuwing,
] as const;
