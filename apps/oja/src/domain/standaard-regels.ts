import { OjaRegelset, type OjaRegels, type OjaTermijnregels } from './regels';

/**
 * The OJA configuration of Passend Onderwijs Almere as shipped. Splits, durations and
 * places are policy of the SWV and the gemeente (OOGO), not law: the figures are
 * realistic placeholders to be confirmed by the SWVs [check]. VO: the voorzieningen the
 * seeds name (OPDC, PrO, School2Care — the acht-tot-acht voorziening with VSO — and VSO,
 * 001:1757-1791, 1837); PO: SO with jeugdhulp. The gemeente that pays jeugdhulp is the
 * pupil's woongemeente (Jeugdwet woonplaatsbeginsel), so a neighbouring gemeente appears.
 */

const GEMEENTEN = [
  { code: 'GM0034', naam: 'Almere', organisatie: 'gemeente-almere' },
  { code: 'GM0050', naam: 'Zeewolde', organisatie: 'gemeente-zeewolde' },
] as const;

const TERMIJNEN: OjaTermijnregels = {
  beoordelingWeken: 6,
  evaluatieWaarschuwingDagen: 14,
  einddatumWaarschuwingWeken: 8,
  afsluitenWeken: 6,
  rapportageDag: 15,
};

const GEMEENTE_BETALERS = [
  { code: 'almere-jeugdwet', naam: 'Gemeente Almere — Jeugdwet', soort: 'jeugdwet', budgetperiode: 'kalenderjaar', gemeente: 'GM0034' },
  { code: 'almere-wmo', naam: 'Gemeente Almere — Wmo', soort: 'wmo', budgetperiode: 'kalenderjaar', gemeente: 'GM0034' },
  { code: 'almere-participatiewet', naam: 'Gemeente Almere — Participatiewet', soort: 'participatiewet', budgetperiode: 'kalenderjaar', gemeente: 'GM0034' },
  { code: 'zeewolde-jeugdwet', naam: 'Gemeente Zeewolde — Jeugdwet', soort: 'jeugdwet', budgetperiode: 'kalenderjaar', gemeente: 'GM0050' },
  { code: 'zeewolde-wmo', naam: 'Gemeente Zeewolde — Wmo', soort: 'wmo', budgetperiode: 'kalenderjaar', gemeente: 'GM0050' },
  { code: 'zeewolde-participatiewet', naam: 'Gemeente Zeewolde — Participatiewet', soort: 'participatiewet', budgetperiode: 'kalenderjaar', gemeente: 'GM0050' },
  { code: 'wlz-zorgkantoor', naam: 'Zorgkantoor Flevoland — Wlz', soort: 'wlz', budgetperiode: 'kalenderjaar' },
] as const;

const VO_2024: OjaRegels = {
  versie: 'oja-VO-2024.1',
  swv: 'VO',
  geldigVanaf: '2024-01-01',
  gemeenten: GEMEENTEN,
  betalers: [{ code: 'swv-vo-onderwijs', naam: 'SWV VO Almere — onderwijs', soort: 'onderwijs', budgetperiode: 'kalenderjaar' }, ...GEMEENTE_BETALERS],
  voorzieningen: [
    { code: 'OPDC', naam: 'OPDC (orthopedagogisch-didactisch centrum)' },
    { code: 'PrO', naam: 'Praktijkonderwijs' },
    { code: 'School2Care', naam: 'School2Care (acht-tot-acht-voorziening met VSO en jeugdhulp)' },
    { code: 'VSO', naam: 'VSO-school' },
  ],
  types: [
    {
      code: 'school2care',
      naam: 'School2Care individueel',
      vorm: 'individueel',
      leiding: 'OJA',
      voorziening: 'School2Care',
      verdeling: [
        { soort: 'onderwijs', basispunten: 5_000 },
        { soort: 'jeugdwet', basispunten: 5_000 },
      ],
      normduurMaanden: 12,
      evaluatieIntervalMaanden: 6,
    },
    {
      code: 'vso-joa',
      naam: 'JOA in het VSO',
      vorm: 'individueel',
      leiding: 'JOA',
      voorziening: 'VSO',
      verdeling: [
        { soort: 'onderwijs', basispunten: 3_000 },
        { soort: 'jeugdwet', basispunten: 7_000 },
      ],
      normduurMaanden: 12,
      evaluatieIntervalMaanden: 6,
    },
    {
      code: 'vso-wlz',
      naam: 'VSO met Wlz-zorg',
      vorm: 'individueel',
      leiding: 'JOA',
      voorziening: 'VSO',
      verdeling: [
        { soort: 'onderwijs', basispunten: 4_000 },
        { soort: 'wlz', basispunten: 6_000 },
      ],
      normduurMaanden: 24,
      evaluatieIntervalMaanden: 12,
    },
    {
      code: 'pro-arbeid',
      naam: 'PrO onderwijs-arbeid',
      vorm: 'individueel',
      leiding: 'OJA',
      voorziening: 'PrO',
      verdeling: [
        { soort: 'onderwijs', basispunten: 6_000 },
        { soort: 'participatiewet', basispunten: 2_500 },
        { soort: 'wmo', basispunten: 1_500 },
      ],
      normduurMaanden: 12,
      evaluatieIntervalMaanden: 6,
    },
    {
      code: 'opdc-groep',
      naam: 'OPDC groepsarrangement',
      vorm: 'collectief',
      leiding: 'OJA',
      voorziening: 'OPDC',
      verdeling: [
        { soort: 'onderwijs', basispunten: 6_000 },
        { soort: 'jeugdwet', basispunten: 4_000 },
      ],
      normduurMaanden: 12,
      evaluatieIntervalMaanden: 12,
      plaatsen: 24,
    },
    {
      code: 'pro-groep',
      naam: 'PrO groepsarrangement',
      vorm: 'collectief',
      leiding: 'OJA',
      voorziening: 'PrO',
      verdeling: [
        { soort: 'onderwijs', basispunten: 7_000 },
        { soort: 'jeugdwet', basispunten: 3_000 },
      ],
      normduurMaanden: 12,
      evaluatieIntervalMaanden: 12,
      plaatsen: 16,
    },
  ],
  termijnen: TERMIJNEN,
};

/** The herijking of baten en lasten (001:1785-1787) as an example: School2Care moves to 40/60 from 2026. */
const VO_2026: OjaRegels = {
  ...VO_2024,
  versie: 'oja-VO-2026.1',
  geldigVanaf: '2026-01-01',
  types: VO_2024.types.map((t) =>
    t.code === 'school2care'
      ? {
          ...t,
          verdeling: [
            { soort: 'onderwijs', basispunten: 4_000 },
            { soort: 'jeugdwet', basispunten: 6_000 },
          ],
        }
      : t,
  ),
};

const PO_2024: OjaRegels = {
  versie: 'oja-PO-2024.1',
  swv: 'PO',
  geldigVanaf: '2024-01-01',
  gemeenten: GEMEENTEN,
  // The PO SWV budgets per school year; the gemeente per calendar year.
  betalers: [{ code: 'swv-po-onderwijs', naam: 'SWV PO Almere — onderwijs', soort: 'onderwijs', budgetperiode: 'schooljaar' }, ...GEMEENTE_BETALERS],
  voorzieningen: [
    { code: 'SO', naam: 'SO-school met jeugdhulp' },
    { code: 'SBO', naam: 'SBO-school' },
  ],
  types: [
    {
      code: 'so-oja',
      naam: 'OJA in het SO',
      vorm: 'individueel',
      leiding: 'OJA',
      voorziening: 'SO',
      verdeling: [
        { soort: 'onderwijs', basispunten: 5_000 },
        { soort: 'jeugdwet', basispunten: 5_000 },
      ],
      normduurMaanden: 12,
      evaluatieIntervalMaanden: 6,
    },
    {
      code: 'so-joa',
      naam: 'JOA in het SO (dagbehandeling)',
      vorm: 'individueel',
      leiding: 'JOA',
      voorziening: 'SO',
      verdeling: [
        { soort: 'onderwijs', basispunten: 2_500 },
        { soort: 'jeugdwet', basispunten: 7_500 },
      ],
      normduurMaanden: 12,
      evaluatieIntervalMaanden: 6,
    },
    {
      code: 'sbo-groep',
      naam: 'SBO groep onderwijs-jeugdhulp',
      vorm: 'collectief',
      leiding: 'OJA',
      voorziening: 'SBO',
      verdeling: [
        { soort: 'onderwijs', basispunten: 5_000 },
        { soort: 'jeugdwet', basispunten: 5_000 },
      ],
      normduurMaanden: 12,
      evaluatieIntervalMaanden: 12,
      plaatsen: 12,
    },
  ],
  termijnen: TERMIJNEN,
};

export const STANDAARD_OJA_REGELS = new OjaRegelset([VO_2024, VO_2026, PO_2024]);
