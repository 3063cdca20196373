import { maakBrief, type BriefInhoud } from '@pao/zaak';
import { type Besluit, type Swv } from '../domain';
import { BRIEF_SJABLONEN } from './sjablonen';

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** 2026-03-05 → 5 maart 2026: a letter never shows an ISO date. */
export const inWoorden = (iso: string) => `${Number(iso.slice(8, 10))} ${MAANDEN[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

const SOORT: Record<string, string> = {
  PrO: 'het praktijkonderwijs',
  SBO: 'het speciaal basisonderwijs',
  'SO-laag': 'het speciaal onderwijs, categorie I (laag)',
  'SO-midden': 'het speciaal onderwijs, categorie II (midden)',
  'SO-hoog': 'het speciaal onderwijs, categorie III (hoog)',
  'VSO-laag': 'het voortgezet speciaal onderwijs, categorie I (laag)',
  'VSO-midden': 'het voortgezet speciaal onderwijs, categorie II (midden)',
  'VSO-hoog': 'het voortgezet speciaal onderwijs, categorie III (hoog)',
};

export interface BesluitbriefGegevens {
  readonly swv: Swv;
  readonly kenmerk: string;
  readonly leerling: { readonly naam: string; readonly geboortedatum?: string } | undefined;
  readonly schoolNaam: string;
  readonly besluit: Besluit;
  /** The day the letter is sent: the bekendmaking (Awb 3:41). */
  readonly verzenddatum: string;
  /** Last day of the bezwaartermijn counted from the verzenddatum (Awb 6:7, 6:8, Atw). */
  readonly bezwaarUiterlijk: string;
}

/** The besluit letter from the SWV's template: letterhead, the besluit, its reasons, and the bezwaar clause with its last day and address. */
export function besluitbriefInhoud(g: BesluitbriefGegevens): BriefInhoud {
  const s = BRIEF_SJABLONEN[g.swv];
  const i = g.besluit.inhoud;
  const wie = g.leerling?.naam ?? 'uw kind';
  const besluit =
    i.uitkomst === 'toelaatbaar'
      ? [
          `Wij hebben besloten dat ${wie}${g.leerling?.geboortedatum ? ` (geboren op ${inWoorden(g.leerling.geboortedatum)})` : ''} toelaatbaar is tot ${SOORT[i.soort] ?? i.soort}.`,
          `Deze toelaatbaarheidsverklaring geldt vanaf ${inWoorden(i.ingangsdatum)} ${i.einddatum === 'onbepaald' ? 'voor onbepaalde tijd' : `tot en met ${inWoorden(i.einddatum)}`}.`,
        ]
      : [`Wij hebben besloten dat ${wie} niet toelaatbaar is tot het speciaal onderwijs waarvoor de aanvraag is gedaan.`];
  return {
    titel: `Besluit toelaatbaarheid ${g.kenmerk}`,
    afzender: s.afzender,
    aan: [`Aan de ouders of verzorgers van ${wie}`, `en het bevoegd gezag van ${g.schoolNaam}`],
    kenmerken: [
      ['Kenmerk', g.kenmerk],
      ['Datum', inWoorden(g.verzenddatum)],
      ['Onderwerp', 'Besluit op de aanvraag om een toelaatbaarheidsverklaring'],
    ],
    aanhef: 'Geachte ouders of verzorgers, geachte heer of mevrouw,',
    delen: [
      { alineas: [`${g.schoolNaam} heeft voor ${wie} een toelaatbaarheidsverklaring aangevraagd. In deze brief leest u ons besluit.`] },
      { kop: 'Ons besluit', alineas: besluit },
      { kop: 'Waarom wij zo besluiten', alineas: [i.motivering] },
      {
        kop: 'Bent u het niet eens met dit besluit?',
        alineas: [
          `Dan kunt u bezwaar maken. Dat moet binnen zes weken na de dag waarop deze brief is verzonden: uw bezwaarschrift moet uiterlijk op ${inWoorden(g.bezwaarUiterlijk)} bij ons zijn (een bezwaarschrift dat vóór het einde van de termijn is gepost, is ook op tijd als het binnen een week daarna binnenkomt).`,
          `Stuur uw bezwaarschrift, met uw naam en adres, de datum, dit kenmerk (${g.kenmerk}), de reden waarom u het er niet mee eens bent en uw handtekening, naar: ${s.bezwaarAdres.join(', ')}.`,
          'Het bezwaar schorst het besluit niet: het besluit geldt vanaf de dag na verzending.',
        ],
      },
    ],
    afsluiting: s.ondertekening,
    voet: `${s.voet} · ${g.kenmerk}`,
  };
}

export function besluitbrief(g: BesluitbriefGegevens, opties?: { comprimeer?: boolean }): Promise<Buffer> {
  return maakBrief(besluitbriefInhoud(g), opties);
}
