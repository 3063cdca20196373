import { eisRol, maakBeslisser, OngeldigeInvoer, vereisTekst, type BeslisserDefinitie, type Beslissing, type IsoDatum } from '@pao/zaak/domein';
import { type Partij, type Rol } from './begrippen';
import { zonderLeeg } from './handlers/gemeen';
import { optioneleTekst, toekomstdatum, vereisPartijen } from './invoer';
import { type ThuiszittersWerkcontext } from './werkcontext';

/**
 * A meeting of the Actietafel Thuiszitters. Its agenda is not kept here: it is every case
 * of the SWV that sits at the table on the day (a query), so a case escalated the evening
 * before is on it. What was agreed per case is recorded on the casus with this meeting's id.
 */
export const VERGADERING_STATUSSEN = ['gepland', 'gehouden', 'geannuleerd'] as const;
export type VergaderingStatus = (typeof VERGADERING_STATUSSEN)[number];

export interface Vergadering {
  readonly id: string;
  readonly swv: string;
  readonly datum: IsoDatum;
  readonly status: VergaderingStatus;
  readonly locatie?: string;
  readonly aanwezigen: readonly Partij[];
  readonly notities?: string;
  readonly versie: number;
}

export interface VergaderingPlannen {
  readonly type: 'vergaderingPlannen';
  readonly datum: IsoDatum;
  readonly locatie?: string;
}
export interface VergaderingVerplaatsen {
  readonly type: 'vergaderingVerplaatsen';
  readonly datum: IsoDatum;
}
export interface VergaderingAfronden {
  readonly type: 'vergaderingAfronden';
  readonly aanwezigen: readonly Partij[];
  readonly notities?: string;
}
export interface VergaderingAnnuleren {
  readonly type: 'vergaderingAnnuleren';
  readonly reden: string;
}
export type VergaderingCommando = VergaderingVerplaatsen | VergaderingAfronden | VergaderingAnnuleren;

export type VergaderingEvent =
  | { readonly naam: 'vergadering-gepland'; readonly data: { readonly datum: IsoDatum } }
  | { readonly naam: 'vergadering-verplaatst'; readonly data: { readonly datum: IsoDatum } }
  | { readonly naam: 'vergadering-gehouden'; readonly data: { readonly datum: IsoDatum } }
  | { readonly naam: 'vergadering-geannuleerd'; readonly data: { readonly datum: IsoDatum } };

const TAFEL: readonly Rol[] = ['actietafel', 'consulent', 'teamleider'];

type W = ThuiszittersWerkcontext;
type U = Beslissing<Vergadering, VergaderingEvent>;

export function vergaderingPlannen(c: VergaderingPlannen, id: string, w: W): U {
  eisRol(TAFEL, w.actor, c.type);
  const datum = toekomstdatum('datum', c.datum, w.vandaag);
  const state = zonderLeeg({ id, swv: w.swv, datum, status: 'gepland' as const, locatie: optioneleTekst('locatie', c.locatie, 200), aanwezigen: [], versie: 1 });
  return { state, events: [{ naam: 'vergadering-gepland', data: { datum } }] };
}

export const vergaderingDefinitie: BeslisserDefinitie<Vergadering, VergaderingCommando, VergaderingEvent, Rol, W> = {
  machines: [
    {
      naam: 'vergadering',
      status: (s) => s.status,
      commandos: ['vergaderingVerplaatsen', 'vergaderingAfronden', 'vergaderingAnnuleren'],
      overgangen: {
        gepland: { vergaderingVerplaatsen: ['gepland'], vergaderingAfronden: ['gehouden'], vergaderingAnnuleren: ['geannuleerd'] },
        gehouden: {},
        geannuleerd: {},
      },
      waaromNiet: (s) => `de vergadering is ${s.status}`,
    },
  ],
  rollen: { vergaderingVerplaatsen: TAFEL, vergaderingAfronden: TAFEL, vergaderingAnnuleren: TAFEL },
  handlers: {
    vergaderingVerplaatsen: (s, c, w) => {
      const datum = toekomstdatum('datum', c.datum, w.vandaag);
      return { state: { ...s, datum, versie: s.versie + 1 }, events: [{ naam: 'vergadering-verplaatst', data: { datum } }] };
    },
    vergaderingAfronden: (s, c, w) => {
      if (s.datum > w.vandaag) throw new OngeldigeInvoer('datum', 'de vergadering heeft nog niet plaatsgevonden');
      const aanwezigen = vereisPartijen('aanwezigen', c.aanwezigen, 2);
      const notities = optioneleTekst('notities', c.notities, 10_000);
      return { state: zonderLeeg({ ...s, status: 'gehouden' as const, aanwezigen, notities, versie: s.versie + 1 }), events: [{ naam: 'vergadering-gehouden', data: { datum: s.datum } }] };
    },
    vergaderingAnnuleren: (s, c) => {
      vereisTekst('reden', c.reden, 2_000);
      return { state: { ...s, status: 'geannuleerd', versie: s.versie + 1 }, events: [{ naam: 'vergadering-geannuleerd', data: { datum: s.datum } }] };
    },
  },
};

export const vergaderingBeslisser = maakBeslisser(vergaderingDefinitie);
export const VERGADERING_ROLLEN = TAFEL;
