import { type BeslisserDefinitie, maakBeslisser, type Toestandsmachine } from '@pao/zaak/domein';
import { type Arrangement, bezetting, type Status } from './arrangement';
import { type OjaCommando, type OjaCommandoType } from './commandos';
import { type OjaRol, type OjaWerkcontext } from './context';
import { type OjaEvent } from './events';
import * as beoordeling from './handlers/beoordeling';
import * as collectief from './handlers/collectief';
import * as geld from './handlers/geld';
import * as uitvoering from './handlers/uitvoering';
import { bevoegdheid, ROLLEN } from './rollen';

/**
 * Three state machines over one arrangement:
 *  - `arrangement`: the lifecycle, aanvraag → beoordeling (both sides) → toekenning → start
 *    → evaluaties / verlenging → einde → afsluiting (collective ones start at toegekend);
 *  - `geld`: bookings on the ledger, open once money is committed (also after afsluiting:
 *    late invoices are real);
 *  - `bezetting`: the places of a collective arrangement while it runs (open / vol).
 */
export const ARRANGEMENT_COMMANDOS = [
  'onderwijsBeoordelen',
  'jeugdhulpBeoordelen',
  'toekennen',
  'starten',
  'evalueren',
  'verlengen',
  'beeindigen',
  'einddatumBereikt',
  'afsluiten',
  'intrekken',
] as const satisfies readonly OjaCommandoType[];
type ArrangementCommando = (typeof ARRANGEMENT_COMMANDOS)[number];

const BEOORDELEN = ['in-beoordeling', 'beoordeeld', 'afgewezen'] as const;

export const LEVENSLOOP: { readonly [S in Status]: { readonly [K in ArrangementCommando]?: readonly Status[] } } = {
  'in-beoordeling': { onderwijsBeoordelen: BEOORDELEN, jeugdhulpBeoordelen: BEOORDELEN, intrekken: ['ingetrokken'] },
  beoordeeld: { toekennen: ['toegekend'], intrekken: ['ingetrokken'] },
  toegekend: { starten: ['lopend'], intrekken: ['ingetrokken'], einddatumBereikt: ['beeindigd'] },
  lopend: { evalueren: ['lopend'], verlengen: ['lopend'], beeindigen: ['beeindigd'], einddatumBereikt: ['beeindigd'] },
  beeindigd: { afsluiten: ['afgesloten'] },
  afgesloten: {},
  afgewezen: {},
  ingetrokken: {},
};

export const GELD_STATUSSEN = ['vastgelegd'] as const;
export const BEZETTING_STATUSSEN = ['open', 'vol'] as const;
type Bezetting = (typeof BEZETTING_STATUSSEN)[number];

const levensloop: Toestandsmachine<Arrangement, OjaCommandoType, Status> = {
  naam: 'arrangement',
  status: (s) => s.status,
  commandos: ARRANGEMENT_COMMANDOS,
  overgangen: LEVENSLOOP,
  waaromNiet: (s, k) => {
    if (k === 'toekennen' && s.status === 'in-beoordeling') {
      const open = [!s.beoordeling.onderwijs && 'onderwijs', !s.beoordeling.jeugdhulp && 'jeugdhulp'].filter(Boolean);
      return `de beoordeling van ${open.join(' en ')} ontbreekt nog`;
    }
    if ((k === 'onderwijsBeoordelen' || k === 'jeugdhulpBeoordelen') && s.vorm === 'collectief') return 'een collectief arrangement kent geen beoordeling per leerling';
    if (k === 'verlengen' && s.status === 'toegekend') return 'het arrangement is nog niet gestart';
    return undefined;
  },
};

const geldMachine: Toestandsmachine<Arrangement, OjaCommandoType, (typeof GELD_STATUSSEN)[number]> = {
  naam: 'geld',
  status: (s) => (s.toekenningen.length > 0 ? 'vastgelegd' : undefined),
  commandos: ['realisatieBoeken', 'correctieBoeken'],
  overgangen: { vastgelegd: { realisatieBoeken: ['vastgelegd'], correctieBoeken: ['vastgelegd'] } },
  waaromNiet: () => 'er is nog geen geld vastgelegd (eerst toekennen)',
};

const bezettingMachine: Toestandsmachine<Arrangement, OjaCommandoType, Bezetting> = {
  naam: 'bezetting',
  status: (s) => (s.vorm === 'collectief' && (s.status === 'toegekend' || s.status === 'lopend') ? (bezetting(s) >= (s.plaatsen ?? 0) ? 'vol' : 'open') : undefined),
  commandos: ['leerlingPlaatsen', 'leerlingUitschrijven'],
  overgangen: {
    open: { leerlingPlaatsen: ['open', 'vol'], leerlingUitschrijven: ['open'] },
    vol: { leerlingUitschrijven: ['open'] },
  },
  waaromNiet: (s, k) => {
    if (s.vorm !== 'collectief') return 'alleen een collectief arrangement heeft plaatsen';
    if (k === 'leerlingPlaatsen' && bezetting(s) >= (s.plaatsen ?? 0)) return `alle ${s.plaatsen} plaatsen zijn bezet`;
    return 'het arrangement loopt niet (meer)';
  },
};

export const OJA_DEFINITIE: BeslisserDefinitie<Arrangement, OjaCommando, OjaEvent, OjaRol, OjaWerkcontext> = {
  machines: [levensloop, geldMachine, bezettingMachine],
  rollen: ROLLEN,
  bevoegdheid,
  handlers: {
    onderwijsBeoordelen: beoordeling.onderwijsBeoordelen,
    jeugdhulpBeoordelen: beoordeling.jeugdhulpBeoordelen,
    toekennen: beoordeling.toekennen,
    intrekken: beoordeling.intrekken,
    starten: uitvoering.starten,
    evalueren: uitvoering.evalueren,
    verlengen: uitvoering.verlengen,
    beeindigen: uitvoering.beeindigen,
    einddatumBereikt: uitvoering.einddatumBereikt,
    afsluiten: uitvoering.afsluiten,
    realisatieBoeken: geld.realisatieBoeken,
    correctieBoeken: geld.correctieBoeken,
    leerlingPlaatsen: collectief.leerlingPlaatsen,
    leerlingUitschrijven: collectief.leerlingUitschrijven,
  },
};

export const ojaBeslisser = maakBeslisser(OJA_DEFINITIE);

/** Which commands need the SWV's budget figures in the werkcontext (they commit money). */
export const COMMANDOS_MET_BUDGET: readonly string[] = ['toekennen', 'verlengen', 'inrichten'];
