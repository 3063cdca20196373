import { z } from 'zod';
import { defineEvent } from '../define';
import { Aantal, GemeenteCode, Id, IsoDate, TlvSoort } from '../values';
import { defineTermijnEvents } from './termijnen';

/**
 * Toeleiding: the TLV case (aanvraag → besluit → bekendmaking → bezwaar → plaatsing →
 * afloop). The subject of every case event is the aanvraagId (the case aggregate).
 */

const AANVRAAG = '5c2e8a41-9f3d-4b6e-a1c7-3d9e5f7a2b60';
const LEERLING = 'a7f3c2d1-4e5b-4a69-8b7c-9d0e1f2a3b4c';
const SCHOOL = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
const VSO_SCHOOL = 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60';
const BESLUIT = 'e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a71';
const TLV = 'f4a5b6c7-d8e9-4f0a-9b2c-3d4e5f6a7b82';
const BEZWAAR = '0a5b6c7d-e8f9-4a1b-8c3d-4e5f6a7b8c93';
const BEROEP = '3d8e9fa0-b1c2-4d4e-9f60-7b8c9dabc126';
const TELLING = '1b6c7d8e-f9a0-4b2c-9d4e-5f6a7b8c9da4';
const NIEUWE_AANVRAAG = '2c7d8e9f-a0b1-4c3d-8e5f-6a7b8c9dab15';

/** Awb 6:9: received in time (lid 1), posted in time and received within a week (lid 2), or late. */
export const TIJDIGHEID_REGELS = ['awb-6:9-lid-1', 'awb-6:9-lid-2', 'te-laat'] as const;

export const AanvraagIngediend = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.aanvraag-ingediend.v1',
  description:
    'Aanvraag ingediend: the bevoegd gezag submitted a TLV-aanvraag (also after an aanvulling). Starts or resumes the beslistermijn.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id.describe('The TLV case'),
    leerlingId: Id.describe('Pseudonymous pupil id in the toeleiding service'),
    schoolId: Id.describe('Requesting school (vestiging)'),
    soort: TlvSoort.describe('Requested soort TLV'),
    ingediendOp: IsoDate,
    verlenging: z.boolean().describe('True when this requests a follow-up TLV after an existing one'),
    vorigeTlvId: Id.optional().describe('The TLV being extended (only when verlenging)'),
  }),
  example: {
    time: '2025-03-03T10:12:00.000Z',
    subject: AANVRAAG,
    data: { aanvraagId: AANVRAAG, leerlingId: LEERLING, schoolId: SCHOOL, soort: 'VSO-midden', ingediendOp: '2025-03-03', verlenging: false },
  },
});

export const ONTBREKENDE_ONDERDELEN = ['ondersteuningsbehoefte', 'opp', 'tlo-verslag', 'deskundigenadvies', 'tweede-deskundigenadvies', 'motivering-duur', 'overig'] as const;

export const AanvullingGevraagd = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.aanvulling-gevraagd.v1',
  description:
    'Aanvulling gevraagd: the aanvraag is incomplete and was sent back to the school; the beslistermijn is suspended (Awb 4:15) until it is resubmitted.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    gevraagdOp: IsoDate,
    uiterlijkOp: IsoDate.describe('Date by which the aanvulling is expected'),
    ontbrekend: z.array(z.enum(ONTBREKENDE_ONDERDELEN)).min(1).describe('Which parts are missing'),
  }),
  example: { time: '2025-03-05T13:40:00.000Z', subject: AANVRAAG, data: { aanvraagId: AANVRAAG, gevraagdOp: '2025-03-05', uiterlijkOp: '2025-03-19', ontbrekend: ['tweede-deskundigenadvies'] } },
});

export const BesluitGenomen = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.besluit-genomen.v1',
  description:
    'Besluit genomen: the teamleider signed the beschikking (toelaatbaar with soort and duration, or niet toelaatbaar). Not yet known to parents: see besluit-bekendgemaakt.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    besluitId: Id,
    leerlingId: Id,
    genomenOp: IsoDate,
    uitkomst: z.discriminatedUnion('uitkomst', [
      z.object({
        uitkomst: z.literal('toelaatbaar'),
        tlvId: Id.describe('The TLV this besluit creates'),
        soort: TlvSoort,
        ingangsdatum: IsoDate,
        einddatum: IsoDate.nullable().describe('Normally a 31 July; null = onbepaalde tijd (with reasons)'),
      }),
      z.object({ uitkomst: z.literal('niet-toelaatbaar') }),
    ]),
  }),
  example: {
    time: '2025-04-10T15:05:00.000Z',
    subject: AANVRAAG,
    data: {
      aanvraagId: AANVRAAG,
      besluitId: BESLUIT,
      leerlingId: LEERLING,
      genomenOp: '2025-04-10',
      uitkomst: { uitkomst: 'toelaatbaar', tlvId: TLV, soort: 'VSO-midden', ingangsdatum: '2025-08-01', einddatum: '2027-07-31' },
    },
  },
});

export const BesluitBekendgemaakt = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.besluit-bekendgemaakt.v1',
  description:
    'Besluit bekendgemaakt: the besluit was sent to parents and school; the bezwaartermijn (6 weeks from the next day, Awb 6:7/6:8) runs until bezwaartermijnEindigtOp.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    besluitId: Id,
    bekendgemaaktOp: IsoDate,
    bezwaartermijnEindigtOp: IsoDate.describe('Last day for bezwaar (after Algemene termijnenwet extension)'),
  }),
  example: { time: '2025-04-11T08:30:00.000Z', subject: AANVRAAG, data: { aanvraagId: AANVRAAG, besluitId: BESLUIT, bekendgemaaktOp: '2025-04-11', bezwaartermijnEindigtOp: '2025-05-23' } },
});

export const TlvAfgegeven = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1',
  description:
    'TLV afgegeven: a toelaatbaarheidsverklaring was issued (a toelaatbaar besluit was bekendgemaakt). For gemeenten (leerplicht, leerlingenvervoer, jeugdhulp): only the fact, soort and period; details through the reference.',
  subject: 'aanvraagId',
  data: z.object({
    tlvId: Id,
    aanvraagId: Id,
    leerlingId: Id,
    soort: TlvSoort,
    ingangsdatum: IsoDate,
    einddatum: IsoDate.nullable().describe('null = onbepaalde tijd'),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code): the gemeente this notification is for'),
  }),
  gemeente: ['tlvId', 'aanvraagId', 'soort', 'ingangsdatum', 'einddatum', 'gemeente'],
  example: {
    time: '2025-04-11T08:30:00.000Z',
    subject: AANVRAAG,
    data: { tlvId: TLV, aanvraagId: AANVRAAG, leerlingId: LEERLING, soort: 'VSO-midden', ingangsdatum: '2025-08-01', einddatum: '2027-07-31', gemeente: 'GM0034' },
  },
});

export const BesluitOnherroepelijk = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.besluit-onherroepelijk.v1',
  description:
    'Besluit onherroepelijk: the bezwaar-, beroeps- or hoger-beroepstermijn passed without a timely appeal; the besluit can no longer be challenged. Declared only after the week in which a bezwaar- or beroepschrift posted in time may still arrive (Awb 6:9 lid 2); `regel` names the term that passed.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    besluitId: Id,
    tlvId: Id.optional().describe('Present when the besluit was toelaatbaar'),
    onherroepelijkOp: IsoDate.describe('The day after the term that passed unused'),
    regel: z
      .enum(['bezwaartermijn-verstreken', 'beroepstermijn-verstreken', 'hoger-beroepstermijn-verstreken'])
      .optional()
      .describe('Which term passed unused (Awb 6:7 bezwaar, 6:7 beroep, 8:104 hoger beroep); absent only in events from before catalogue 1.3'),
    termijnEindigdeOp: IsoDate.optional().describe('Last day of that term (Algemene termijnenwet applied)'),
    nazendtermijnEindigdeOp: IsoDate.optional().describe('Last day a timely posted appeal could arrive (Awb 6:9 lid 2)'),
    vastgesteldOp: IsoDate.optional().describe('Day the service established it, after the nazendtermijn'),
  }),
  example: {
    time: '2025-05-30T22:00:05.000Z',
    subject: AANVRAAG,
    data: {
      aanvraagId: AANVRAAG,
      besluitId: BESLUIT,
      tlvId: TLV,
      onherroepelijkOp: '2025-05-24',
      regel: 'bezwaartermijn-verstreken',
      termijnEindigdeOp: '2025-05-23',
      nazendtermijnEindigdeOp: '2025-05-30',
      vastgesteldOp: '2025-05-31',
    },
  },
});

export const BezwaarIngediend = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.bezwaar-ingediend.v1',
  description:
    'Bezwaar ingediend: parents or the school board objected to a besluit. A late bezwaar is recorded and marked (tijdig: false), never silently refused; whether the lateness is excusable (Awb 6:11) is decided in the case.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    besluitId: Id,
    bezwaarId: Id,
    indiener: z.enum(['ouders', 'bevoegd-gezag']),
    ingediendOp: IsoDate.describe('Day of receipt'),
    verzondenOp: IsoDate.optional().describe('Postmark, when sent by post'),
    tijdig: z.boolean().describe('On time under Awb 6:9: received within the bezwaartermijn, or posted within it and received within a week after'),
    tijdigheidsregel: z.enum(TIJDIGHEID_REGELS).optional().describe('Which rule decided: awb-6:9-lid-1 (received in time), awb-6:9-lid-2 (posted in time), te-laat'),
  }),
  example: { time: '2025-05-02T11:20:00.000Z', subject: AANVRAAG, data: { aanvraagId: AANVRAAG, besluitId: BESLUIT, bezwaarId: BEZWAAR, indiener: 'ouders', ingediendOp: '2025-05-02', tijdig: true } },
});

export const BeslissingOpBezwaarGenomen = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.beslissing-op-bezwaar-genomen.v1',
  description:
    'Beslissing op bezwaar genomen: after the LBT advice the SWV decided on the bezwaar (gegrond, ongegrond or niet-ontvankelijk). A gegrond bezwaar leads to a herzien besluit (its own besluit-genomen event).',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    besluitId: Id.describe('The besluit the bezwaar was against'),
    bezwaarId: Id,
    uitkomst: z.enum(['gegrond', 'ongegrond', 'niet-ontvankelijk']),
    genomenOp: IsoDate,
  }),
  example: { time: '2025-08-14T14:00:00.000Z', subject: AANVRAAG, data: { aanvraagId: AANVRAAG, besluitId: BESLUIT, bezwaarId: BEZWAAR, uitkomst: 'ongegrond', genomenOp: '2025-08-14' } },
});

export const BeroepIngesteld = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.beroep-ingesteld.v1',
  description:
    'Beroep ingesteld: parents or the school board went to the rechtbank against the beslissing op bezwaar. While it is pending the besluit is not onherroepelijk. A late beroep is recorded (tijdig: false); the court rules on it.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    beroepId: Id,
    besluitId: Id.describe('The besluit in force when beroep was lodged'),
    indiener: z.enum(['ouders', 'bevoegd-gezag']),
    ingesteldOp: IsoDate.describe('Day the beroepschrift was received'),
    tijdig: z.boolean(),
    tijdigheidsregel: z.enum(TIJDIGHEID_REGELS),
  }),
  example: {
    time: '2025-09-01T09:30:00.000Z',
    subject: AANVRAAG,
    data: { aanvraagId: AANVRAAG, beroepId: BEROEP, besluitId: BESLUIT, indiener: 'ouders', ingesteldOp: '2025-09-01', tijdig: true, tijdigheidsregel: 'awb-6:9-lid-1' },
  },
});

export const UitspraakGedaan = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.uitspraak-gedaan.v1',
  description:
    'Uitspraak gedaan: the rechtbank ruled on the beroep. Gegrond annuls the beslissing op bezwaar: the SWV decides on the bezwaar anew (a new beslissing-op-bezwaar-genomen, possibly a new besluit-genomen). Otherwise the hoger-beroepstermijn runs until hogerBeroepstermijnEindigtOp.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    beroepId: Id,
    uitkomst: z.enum(['gegrond', 'ongegrond', 'niet-ontvankelijk']),
    uitspraakOp: IsoDate.describe('Day the uitspraak was sent to parties'),
    hogerBeroepstermijnEindigtOp: IsoDate,
  }),
  example: {
    time: '2026-01-20T10:00:00.000Z',
    subject: AANVRAAG,
    data: { aanvraagId: AANVRAAG, beroepId: BEROEP, uitkomst: 'gegrond', uitspraakOp: '2026-01-20', hogerBeroepstermijnEindigtOp: '2026-03-03' },
  },
});

export const LeerlingGeplaatst = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.leerling-geplaatst.v1',
  description: 'Leerling geplaatst: the pupil with a TLV was placed at a (V)SO school, SBO school or PrO school; wachtdagen counts the days since the besluit.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    tlvId: Id,
    leerlingId: Id,
    schoolId: Id.describe('Receiving school (vestiging)'),
    geplaatstOp: IsoDate,
    wachtdagen: Aantal.describe('Calendar days between besluit and plaatsing'),
  }),
  example: { time: '2025-08-25T09:00:00.000Z', subject: AANVRAAG, data: { aanvraagId: AANVRAAG, tlvId: TLV, leerlingId: LEERLING, schoolId: VSO_SCHOOL, geplaatstOp: '2025-08-25', wachtdagen: 137 } },
});

export const TlvVerlopen = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.tlv-verlopen.v1',
  description: 'TLV verlopen: the einddatum of a TLV passed without a follow-up TLV.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    tlvId: Id,
    leerlingId: Id,
    einddatum: IsoDate,
  }),
  example: { time: '2027-07-31T22:00:05.000Z', subject: AANVRAAG, data: { aanvraagId: AANVRAAG, tlvId: TLV, leerlingId: LEERLING, einddatum: '2027-07-31' } },
});

export const TLV_EINDE_REDENEN = ['terugplaatsing-regulier', 'overplaatsing', 'verhuizing', 'uitstroom', 'herroepen', 'overig'] as const;

export const TlvBeeindigd = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.tlv-beeindigd.v1',
  description:
    'TLV beëindigd: a TLV ended before its einddatum (terugplaatsing in regulier onderwijs, overplaatsing, verhuizing, uitstroom, or herroepen by a gegrond bezwaar). A running overbrugging ends with it (overbrugging-beeindigd is published just before). For gemeenten (leerplicht: thuiszitter risk): only the fact, reden and date.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    tlvId: Id,
    leerlingId: Id,
    reden: z.enum(TLV_EINDE_REDENEN).describe('Why the TLV ended early; herroepen = a gegrond bezwaar replaced it with a niet-toelaatbaar besluit'),
    einddatum: IsoDate.describe('The date the TLV ended'),
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code): the gemeente this notification is for'),
  }),
  gemeente: ['aanvraagId', 'tlvId', 'reden', 'einddatum', 'gemeente'],
  example: {
    time: '2026-01-16T10:45:00.000Z',
    subject: AANVRAAG,
    data: { aanvraagId: AANVRAAG, tlvId: TLV, leerlingId: LEERLING, reden: 'terugplaatsing-regulier', einddatum: '2026-01-16', gemeente: 'GM0034' },
  },
});

export const VerlengingAangevraagd = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.verlenging-aangevraagd.v1',
  description:
    'Verlenging aangevraagd: the placing school asked for a follow-up TLV; a new concept aanvraag (nieuweAanvraagId) was created, linked to this case and its TLV. The new aanvraag publishes its own aanvraag-ingediend (verlenging: true) once submitted.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id.describe('The case of the TLV being extended'),
    vorigeTlvId: Id.describe('The TLV being extended'),
    nieuweAanvraagId: Id.describe('The new (concept) aanvraag for the follow-up TLV'),
    aangevraagdOp: IsoDate,
  }),
  example: {
    time: '2027-02-08T13:15:00.000Z',
    subject: AANVRAAG,
    data: { aanvraagId: AANVRAAG, vorigeTlvId: TLV, nieuweAanvraagId: NIEUWE_AANVRAAG, aangevraagdOp: '2027-02-08' },
  },
});

export const OverbruggingGestart = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.overbrugging-gestart.v1',
  description:
    'Overbrugging gestart: a pupil with a TLV who is not yet placed started an overbruggingsarrangement. For gemeenten (leerplicht, jeugdhulp): only the fact and the date.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    tlvId: Id,
    leerlingId: Id,
    gestartOp: IsoDate,
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code): the gemeente this notification is for'),
  }),
  gemeente: ['aanvraagId', 'tlvId', 'gestartOp', 'gemeente'],
  example: {
    time: '2025-04-14T08:50:00.000Z',
    subject: AANVRAAG,
    data: { aanvraagId: AANVRAAG, tlvId: TLV, leerlingId: LEERLING, gestartOp: '2025-04-14', gemeente: 'GM0034' },
  },
});

export const OverbruggingBeeindigd = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.overbrugging-beeindigd.v1',
  description:
    'Overbrugging beëindigd: the overbruggingsarrangement ended: on its own, with a plaatsing (leerling-geplaatst follows), or because the TLV ended (tlv-beeindigd or tlv-verlopen follows). For gemeenten: only the fact and the date.',
  subject: 'aanvraagId',
  data: z.object({
    aanvraagId: Id,
    tlvId: Id,
    leerlingId: Id,
    beeindigdOp: IsoDate,
    gemeente: GemeenteCode.describe('Woongemeente of the leerling (CBS code): the gemeente this notification is for'),
  }),
  gemeente: ['aanvraagId', 'tlvId', 'beeindigdOp', 'gemeente'],
  example: {
    time: '2025-08-25T09:00:00.000Z',
    subject: AANVRAAG,
    data: { aanvraagId: AANVRAAG, tlvId: TLV, leerlingId: LEERLING, beeindigdOp: '2025-08-25', gemeente: 'GM0034' },
  },
});

export const TeldatumTellingVastgesteld = defineEvent({
  type: 'nl.passend-onderwijs.toeleiding.teldatum-telling-vastgesteld.v1',
  description:
    'Teldatum-telling vastgesteld: on a teldatum the valid TLVs and placements were counted per soort and school; the basis for funding. Subject is the tellingId.',
  subject: 'tellingId',
  data: z.object({
    tellingId: Id,
    teldatum: IsoDate,
    regels: z
      .array(
        z.object({
          schoolId: Id,
          soort: TlvSoort,
          geldigeTlvs: Aantal.describe('TLVs valid on the teldatum'),
          plaatsingen: Aantal.describe('Pupils with such a TLV placed at the school on the teldatum'),
        }),
      )
      .describe('One row per school and soort with a non-zero count'),
    totaalGeldigeTlvs: Aantal,
    totaalPlaatsingen: Aantal,
  }),
  example: {
    time: '2025-10-02T04:00:00.000Z',
    subject: TELLING,
    data: {
      tellingId: TELLING,
      teldatum: '2025-10-01',
      regels: [
        { schoolId: VSO_SCHOOL, soort: 'VSO-midden', geldigeTlvs: 41, plaatsingen: 39 },
        { schoolId: SCHOOL, soort: 'PrO', geldigeTlvs: 212, plaatsingen: 210 },
      ],
      totaalGeldigeTlvs: 253,
      totaalPlaatsingen: 249,
    },
  },
});

const toeleidingTermijnen = defineTermijnEvents('toeleiding');
export const ToeleidingTermijnVerstreken = toeleidingTermijnen.verstreken;
export const ToeleidingTermijnWaarschuwing = toeleidingTermijnen.waarschuwing;

export const TOELEIDING_EVENTS = [
  AanvraagIngediend,
  AanvullingGevraagd,
  BesluitGenomen,
  BesluitBekendgemaakt,
  TlvAfgegeven,
  BesluitOnherroepelijk,
  BezwaarIngediend,
  BeslissingOpBezwaarGenomen,
  BeroepIngesteld,
  UitspraakGedaan,
  LeerlingGeplaatst,
  TlvVerlopen,
  TlvBeeindigd,
  VerlengingAangevraagd,
  OverbruggingGestart,
  OverbruggingBeeindigd,
  TeldatumTellingVastgesteld,
  ToeleidingTermijnVerstreken,
  ToeleidingTermijnWaarschuwing,
] as const;
