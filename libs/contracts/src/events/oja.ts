import { z } from 'zod';
import { defineEvent } from '../define';
import { Aantal, BedragCent, GemeenteCode, Id, IsoDate } from '../values';
import { defineTermijnEvents } from './termijnen';

/**
 * OJA-cofinanciering: onderwijs-jeugdhulparrangementen, funded by the SWV (onderwijs) and
 * the gemeente (jeugdhulp). The subject is the arrangementId (or rapportageId).
 */

const ARRANGEMENT = '6ab1c2d3-e4f5-4a7b-8c9d-0e1f2a3b4cf9';
const LEERLING = '7bc2d3e4-f5a6-4b8c-9d0e-1f2a3b4c5d0a';
const VOORZIENING = '8cd3e4f5-a6b7-4c9d-8e1f-2a3b4c5d6e1b';
const RAPPORTAGE = '9de4f5a6-b7c8-4d0e-9f2a-3b4c5d6e7f2c';

export const ArrangementVorm = z.enum(['individueel', 'collectief']).describe('Individual (one pupil) or collective (group offer at a voorziening)');

export const ArrangementAangevraagd = defineEvent({
  type: 'nl.passend-onderwijs.oja.arrangement-aangevraagd.v1',
  description:
    'Arrangement aangevraagd: an onderwijs-jeugdhulparrangement was requested for cofinanciering; the gemeente decides its part through its own jeugdhulp beschikking.',
  subject: 'arrangementId',
  data: z.object({
    arrangementId: Id,
    vorm: ArrangementVorm,
    leerlingId: Id.optional().describe('Pseudonymous pupil id (individual arrangements only)'),
    voorzieningId: Id.describe('OPDC, PrO, School2Care or VSO location'),
    aangevraagdOp: IsoDate,
    gewensteIngangsdatum: IsoDate,
    gemeente: GemeenteCode.describe('Cofinancierende gemeente (CBS code): the gemeente this notification is for'),
  }),
  gemeente: ['arrangementId', 'vorm', 'voorzieningId', 'aangevraagdOp', 'gewensteIngangsdatum', 'gemeente'],
  example: {
    time: '2025-02-03T10:00:00.000Z',
    subject: ARRANGEMENT,
    data: {
      arrangementId: ARRANGEMENT,
      vorm: 'individueel',
      leerlingId: LEERLING,
      voorzieningId: VOORZIENING,
      aangevraagdOp: '2025-02-03',
      gewensteIngangsdatum: '2025-03-01',
      gemeente: 'GM0034',
    },
  },
});

export const ArrangementToegekend = defineEvent({
  type: 'nl.passend-onderwijs.oja.arrangement-toegekend.v1',
  description:
    'Arrangement toegekend: the SWV granted its part of the arrangement; always temporary (einddatum). Amounts are the committed budget per party for the whole period.',
  subject: 'arrangementId',
  data: z.object({
    arrangementId: Id,
    vorm: ArrangementVorm,
    toegekendOp: IsoDate,
    ingangsdatum: IsoDate,
    einddatum: IsoDate,
    bijdrageOnderwijsCent: BedragCent.describe('Committed by the SWV (onderwijs part), euro cents'),
    bijdrageGemeenteCent: BedragCent.describe('Expected from the gemeente (jeugdhulp part), euro cents'),
    gemeente: GemeenteCode.describe('Cofinancierende gemeente (CBS code)'),
  }),
  gemeente: ['arrangementId', 'vorm', 'toegekendOp', 'ingangsdatum', 'einddatum', 'bijdrageOnderwijsCent', 'bijdrageGemeenteCent', 'gemeente'],
  example: {
    time: '2025-02-20T14:00:00.000Z',
    subject: ARRANGEMENT,
    data: {
      arrangementId: ARRANGEMENT,
      vorm: 'individueel',
      toegekendOp: '2025-02-20',
      ingangsdatum: '2025-03-01',
      einddatum: '2025-07-31',
      bijdrageOnderwijsCent: 1_250_000,
      bijdrageGemeenteCent: 1_800_000,
      gemeente: 'GM0034',
    },
  },
});

export const ArrangementBeeindigd = defineEvent({
  type: 'nl.passend-onderwijs.oja.arrangement-beeindigd.v1',
  description: 'Arrangement beëindigd: the arrangement ended (at its einddatum or earlier).',
  subject: 'arrangementId',
  data: z.object({
    arrangementId: Id,
    beeindigdOp: IsoDate,
    reden: z.enum(['einde-looptijd', 'doel-bereikt', 'voortijdig', 'overig']),
    gemeente: GemeenteCode.describe('Cofinancierende gemeente (CBS code)'),
  }),
  gemeente: ['arrangementId', 'beeindigdOp', 'reden', 'gemeente'],
  example: { time: '2025-07-31T22:00:05.000Z', subject: ARRANGEMENT, data: { arrangementId: ARRANGEMENT, beeindigdOp: '2025-07-31', reden: 'einde-looptijd', gemeente: 'GM0034' } },
});

export const KwartaalrapportageVastgesteld = defineEvent({
  type: 'nl.passend-onderwijs.oja.kwartaalrapportage-vastgesteld.v1',
  description:
    'Kwartaalrapportage vastgesteld: the quarterly OJA monitoring for one gemeente (pupils in, out, current; costs per party). Aggregated figures only. Subject is the rapportageId.',
  subject: 'rapportageId',
  data: z.object({
    rapportageId: Id,
    jaar: z.int().min(2000).max(2100),
    kwartaal: z.int().min(1).max(4),
    instroom: Aantal,
    uitstroom: Aantal,
    lopend: Aantal.describe('Arrangements running at the end of the quarter'),
    kostenOnderwijsCent: BedragCent,
    kostenGemeenteCent: BedragCent,
    gemeente: GemeenteCode,
  }),
  gemeente: ['rapportageId', 'jaar', 'kwartaal', 'instroom', 'uitstroom', 'lopend', 'kostenOnderwijsCent', 'kostenGemeenteCent', 'gemeente'],
  example: {
    time: '2025-04-15T09:00:00.000Z',
    subject: RAPPORTAGE,
    data: {
      rapportageId: RAPPORTAGE,
      jaar: 2025,
      kwartaal: 1,
      instroom: 12,
      uitstroom: 7,
      lopend: 48,
      kostenOnderwijsCent: 31_200_000,
      kostenGemeenteCent: 44_900_000,
      gemeente: 'GM0034',
    },
  },
});

const ojaTermijnen = defineTermijnEvents('oja');
export const OjaTermijnVerstreken = ojaTermijnen.verstreken;
export const OjaTermijnWaarschuwing = ojaTermijnen.waarschuwing;

export const OJA_EVENTS = [
  ArrangementAangevraagd,
  ArrangementToegekend,
  ArrangementBeeindigd,
  KwartaalrapportageVastgesteld,
  OjaTermijnVerstreken,
  OjaTermijnWaarschuwing,
] as const;
