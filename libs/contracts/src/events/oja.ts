import { z } from 'zod';
import { defineEvent } from '../define';
import { Aantal, BedragCent, Code, GemeenteCode, Id, IsoDate } from '../values';
import { defineTermijnEvents } from './termijnen';

/**
 * OJA-cofinanciering: onderwijs-jeugdhulparrangementen (OJA, and JOA where jeugdhulp
 * leads) at a voorziening such as OPDC, PrO, School2Care or a VSO school, paid by the SWV
 * (onderwijs) together with the gemeente (Jeugdwet, Wmo, Participatiewet) or Wlz. The
 * subject is the arrangementId (or the rapportageId). Amounts are whole euro cents.
 * Gemeenten receive the facts of arrangements of their own gemeente, never the pupil.
 */

const ARRANGEMENT = '6ab1c2d3-e4f5-4a7b-8c9d-0e1f2a3b4cf9';
const LEERLING = '7bc2d3e4-f5a6-4b8c-9d0e-1f2a3b4c5d0a';
const TOEKENNING = '8cd3e4f5-a6b7-4c9d-8e1f-2a3b4c5d6e1b';
const VERLENGING = '0ef5a6b7-c8d9-4e1f-8a3b-4c5d6e7f8a3d';
const RAPPORTAGE = '9de4f5a6-b7c8-4d0e-9f2a-3b4c5d6e7f2c';

export const ArrangementVorm = z.enum(['individueel', 'collectief']).describe('Individual (one pupil) or collective (group offer at a voorziening, with places)');
export const ArrangementLeiding = z.enum(['OJA', 'JOA']).describe('OJA: onderwijs leads; JOA: jeugdhulp leads');
export const Voorziening = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/)
  .describe('Voorziening code from the SWV configuration: OPDC, PrO, School2Care, VSO, SO, …');
export const BetalerSoort = z.enum(['onderwijs', 'jeugdwet', 'wmo', 'wlz', 'participatiewet']).describe('The purse: SWV education budget, or the gemeente under the Jeugdwet, Wmo or Participatiewet, or the Wlz');
export const Verdeling = z
  .array(z.object({ betaler: Code.describe('Payer code from the SWV configuration, e.g. almere-jeugdwet'), soort: BetalerSoort, bedragCent: BedragCent }))
  .min(1)
  .max(10)
  .describe('The cost split in money per payer; the amounts sum to kostenCent');
export const Resultaat = z.enum(['doel-bereikt', 'deels-bereikt', 'niet-bereikt']);

export const ArrangementAangevraagd = defineEvent({
  type: 'nl.passend-onderwijs.oja.arrangement-aangevraagd.v1',
  description:
    'Arrangement aangevraagd: an individual onderwijs-jeugdhulparrangement was requested (by the Steunpunt or a school); the education side and the jeugdhulp side assess it next. The gemeente decides its part through its own jeugdhulp beschikking.',
  subject: 'arrangementId',
  data: z.object({
    arrangementId: Id,
    vorm: ArrangementVorm,
    typeCode: Code.describe('Arrangement type from the SWV configuration'),
    leiding: ArrangementLeiding,
    voorziening: Voorziening,
    leerlingId: Id.optional().describe('Pseudonymous pupil id in the oja service (individual arrangements; internal only)'),
    aangevraagdOp: IsoDate,
    gewensteIngangsdatum: IsoDate,
    gewensteEinddatum: IsoDate.describe('Always temporary: the requested end'),
    gemeente: GemeenteCode.describe('Cofinancierende gemeente (CBS code): the pupil’s woongemeente'),
  }),
  gemeente: ['arrangementId', 'vorm', 'typeCode', 'leiding', 'voorziening', 'aangevraagdOp', 'gewensteIngangsdatum', 'gewensteEinddatum', 'gemeente'],
  example: {
    time: '2025-02-03T10:00:00.000Z',
    subject: ARRANGEMENT,
    data: {
      arrangementId: ARRANGEMENT,
      vorm: 'individueel',
      typeCode: 'school2care',
      leiding: 'OJA',
      voorziening: 'School2Care',
      leerlingId: LEERLING,
      aangevraagdOp: '2025-02-03',
      gewensteIngangsdatum: '2025-03-01',
      gewensteEinddatum: '2026-02-28',
      gemeente: 'GM0034',
    },
  },
});

export const ArrangementBeoordeeld = defineEvent({
  type: 'nl.passend-onderwijs.oja.arrangement-beoordeeld.v1',
  description:
    'Arrangement beoordeeld: one side assessed the aanvraag — onderwijs (the SWV) or jeugdhulp (the gemeente with its own beschikking or toewijzing; for Wlz the recorded indicatie). uitkomst is the status after it: still in-beoordeling, beoordeeld (both akkoord) or afgewezen.',
  subject: 'arrangementId',
  data: z.object({
    arrangementId: Id,
    kant: z.enum(['onderwijs', 'jeugdhulp']),
    oordeel: z.enum(['akkoord', 'niet-akkoord']),
    beoordeeldOp: IsoDate,
    referentieSoort: z.enum(['beschikking', 'toewijzing', 'indicatie']).optional().describe('What the jeugdhulp side’s decision is; its kenmerk stays in the case'),
    uitkomst: z.enum(['in-beoordeling', 'beoordeeld', 'afgewezen']),
    gemeente: GemeenteCode,
  }),
  gemeente: ['arrangementId', 'kant', 'oordeel', 'beoordeeldOp', 'referentieSoort', 'uitkomst', 'gemeente'],
  example: {
    time: '2025-02-10T11:20:00.000Z',
    subject: ARRANGEMENT,
    data: { arrangementId: ARRANGEMENT, kant: 'jeugdhulp', oordeel: 'akkoord', beoordeeldOp: '2025-02-10', referentieSoort: 'beschikking', uitkomst: 'beoordeeld', gemeente: 'GM0034' },
  },
});

export const ArrangementToegekend = defineEvent({
  type: 'nl.passend-onderwijs.oja.arrangement-toegekend.v1',
  description:
    'Arrangement toegekend: the teamleider granted the arrangement (individual) or set it up (collective): period with einddatum (always temporary), cost and its split in money per payer, committed on each payer’s budget. bovenBudget: decided past a budget with recorded reasons.',
  subject: 'arrangementId',
  data: z.object({
    arrangementId: Id,
    toekenningId: Id,
    vorm: ArrangementVorm,
    typeCode: Code,
    voorziening: Voorziening,
    toegekendOp: IsoDate,
    ingangsdatum: IsoDate,
    einddatum: IsoDate,
    kostenCent: BedragCent,
    verdeling: Verdeling,
    regelVersie: z.string().min(1).max(100).describe('The OJA rule version whose split applied'),
    plaatsen: Aantal.optional().describe('Collective arrangements: number of places'),
    bovenBudget: z.boolean(),
    gemeente: GemeenteCode.describe('Cofinancierende gemeente (CBS code)'),
  }),
  gemeente: ['arrangementId', 'toekenningId', 'vorm', 'typeCode', 'voorziening', 'toegekendOp', 'ingangsdatum', 'einddatum', 'kostenCent', 'verdeling', 'plaatsen', 'gemeente'],
  example: {
    time: '2025-02-20T14:00:00.000Z',
    subject: ARRANGEMENT,
    data: {
      arrangementId: ARRANGEMENT,
      toekenningId: TOEKENNING,
      vorm: 'individueel',
      typeCode: 'school2care',
      voorziening: 'School2Care',
      toegekendOp: '2025-02-20',
      ingangsdatum: '2025-03-01',
      einddatum: '2026-02-28',
      kostenCent: 4_800_000,
      verdeling: [
        { betaler: 'swv-vo-onderwijs', soort: 'onderwijs', bedragCent: 2_400_000 },
        { betaler: 'almere-jeugdwet', soort: 'jeugdwet', bedragCent: 2_400_000 },
      ],
      regelVersie: 'oja-VO-2024.1',
      bovenBudget: false,
      gemeente: 'GM0034',
    },
  },
});

export const ArrangementVerlengd = defineEvent({
  type: 'nl.passend-onderwijs.oja.arrangement-verlengd.v1',
  description: 'Arrangement verlengd: a new einddatum with the cost of the extra period and its split per payer (the split in force when the extension starts).',
  subject: 'arrangementId',
  data: z.object({
    arrangementId: Id,
    toekenningId: Id,
    verlengdOp: IsoDate,
    vorigeEinddatum: IsoDate,
    einddatum: IsoDate,
    kostenCent: BedragCent,
    verdeling: Verdeling,
    regelVersie: z.string().min(1).max(100),
    bovenBudget: z.boolean(),
    gemeente: GemeenteCode,
  }),
  gemeente: ['arrangementId', 'toekenningId', 'verlengdOp', 'vorigeEinddatum', 'einddatum', 'kostenCent', 'verdeling', 'gemeente'],
  example: {
    time: '2026-01-12T09:30:00.000Z',
    subject: ARRANGEMENT,
    data: {
      arrangementId: ARRANGEMENT,
      toekenningId: VERLENGING,
      verlengdOp: '2026-01-12',
      vorigeEinddatum: '2026-02-28',
      einddatum: '2026-07-31',
      kostenCent: 2_000_000,
      verdeling: [
        { betaler: 'swv-vo-onderwijs', soort: 'onderwijs', bedragCent: 800_000 },
        { betaler: 'almere-jeugdwet', soort: 'jeugdwet', bedragCent: 1_200_000 },
      ],
      regelVersie: 'oja-VO-2026.1',
      bovenBudget: false,
      gemeente: 'GM0034',
    },
  },
});

export const ArrangementBeeindigd = defineEvent({
  type: 'nl.passend-onderwijs.oja.arrangement-beeindigd.v1',
  description:
    'Arrangement beëindigd: the arrangement ended at its einddatum, earlier (with a reason), or was withdrawn before it started. vrijgevallen: commitment released per payer (the days after the end).',
  subject: 'arrangementId',
  data: z.object({
    arrangementId: Id,
    beeindigdOp: IsoDate,
    reden: z.enum(['einde-looptijd', 'doel-bereikt', 'voortijdig', 'verhuizing', 'ingetrokken', 'overig']),
    vrijgevallen: z.array(z.object({ betaler: Code, bedragCent: BedragCent })).max(10),
    gemeente: GemeenteCode.describe('Cofinancierende gemeente (CBS code)'),
  }),
  gemeente: ['arrangementId', 'beeindigdOp', 'reden', 'vrijgevallen', 'gemeente'],
  example: {
    time: '2025-12-31T23:00:05.000Z',
    subject: ARRANGEMENT,
    data: {
      arrangementId: ARRANGEMENT,
      beeindigdOp: '2025-12-31',
      reden: 'doel-bereikt',
      vrijgevallen: [
        { betaler: 'swv-vo-onderwijs', bedragCent: 387_945 },
        { betaler: 'almere-jeugdwet', bedragCent: 387_945 },
      ],
      gemeente: 'GM0034',
    },
  },
});

export const ArrangementAfgesloten = defineEvent({
  type: 'nl.passend-onderwijs.oja.arrangement-afgesloten.v1',
  description: 'Arrangement afgesloten: the ended arrangement was closed with its result and where the pupil went next (counted in the quarterly report).',
  subject: 'arrangementId',
  data: z.object({
    arrangementId: Id,
    afgeslotenOp: IsoDate,
    resultaat: Resultaat,
    vervolg: z.enum(['regulier-onderwijs', 'speciaal-onderwijs', 'mbo-of-arbeid', 'jeugdhulp-zonder-onderwijs', 'anders']),
    gemeente: GemeenteCode,
  }),
  gemeente: ['arrangementId', 'afgeslotenOp', 'resultaat', 'vervolg', 'gemeente'],
  example: {
    time: '2026-01-10T10:00:00.000Z',
    subject: ARRANGEMENT,
    data: { arrangementId: ARRANGEMENT, afgeslotenOp: '2026-01-10', resultaat: 'doel-bereikt', vervolg: 'regulier-onderwijs', gemeente: 'GM0034' },
  },
});

export const KwartaalrapportageVastgesteld = defineEvent({
  type: 'nl.passend-onderwijs.oja.kwartaalrapportage-vastgesteld.v1',
  description:
    'Kwartaalrapportage vastgesteld: the quarterly OJA monitoring for one gemeente, fixed on the report date (a snapshot that never changes): pupils in, out and current, money per payer (committed and realised in the budget period holding the quarter’s end), results at afsluiting. Aggregated figures only. Subject is the rapportageId.',
  subject: 'rapportageId',
  data: z.object({
    rapportageId: Id,
    jaar: z.int().min(2000).max(2100),
    kwartaal: z.int().min(1).max(4),
    vastgesteldOp: IsoDate,
    instroom: Aantal,
    uitstroom: Aantal,
    lopend: Aantal.describe('Pupils in an arrangement at the end of the quarter'),
    kosten: z
      .array(z.object({ betaler: Code, budgetperiode: z.string().regex(/^\d{4}(-\d{4})?$/), vastgelegdCent: BedragCent, gerealiseerdCent: BedragCent, gerealiseerdKwartaalCent: BedragCent }))
      .max(20),
    resultaten: z.array(z.object({ resultaat: Resultaat, aantal: Aantal })).max(3),
    gemeente: GemeenteCode,
  }),
  gemeente: ['rapportageId', 'jaar', 'kwartaal', 'vastgesteldOp', 'instroom', 'uitstroom', 'lopend', 'kosten', 'resultaten', 'gemeente'],
  example: {
    time: '2025-04-15T04:00:00.000Z',
    subject: RAPPORTAGE,
    data: {
      rapportageId: RAPPORTAGE,
      jaar: 2025,
      kwartaal: 1,
      vastgesteldOp: '2025-04-15',
      instroom: 12,
      uitstroom: 7,
      lopend: 48,
      kosten: [
        { betaler: 'swv-vo-onderwijs', budgetperiode: '2025', vastgelegdCent: 31_200_000, gerealiseerdCent: 7_100_000, gerealiseerdKwartaalCent: 7_100_000 },
        { betaler: 'almere-jeugdwet', budgetperiode: '2025', vastgelegdCent: 44_900_000, gerealiseerdCent: 9_800_000, gerealiseerdKwartaalCent: 9_800_000 },
      ],
      resultaten: [
        { resultaat: 'doel-bereikt', aantal: 4 },
        { resultaat: 'deels-bereikt', aantal: 2 },
      ],
      gemeente: 'GM0034',
    },
  },
});

const ojaTermijnen = defineTermijnEvents('oja');
export const OjaTermijnVerstreken = ojaTermijnen.verstreken;
export const OjaTermijnWaarschuwing = ojaTermijnen.waarschuwing;

export const OJA_EVENTS = [
  ArrangementAangevraagd,
  ArrangementBeoordeeld,
  ArrangementToegekend,
  ArrangementVerlengd,
  ArrangementBeeindigd,
  ArrangementAfgesloten,
  KwartaalrapportageVastgesteld,
  OjaTermijnVerstreken,
  OjaTermijnWaarschuwing,
] as const;
