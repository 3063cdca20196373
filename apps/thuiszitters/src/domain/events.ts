import { type IsoDatum } from '@pao/zaak/domein';
import {
  type ActieEigenaar,
  type AfsluitReden,
  type CasusSoort,
  type CrisisStap,
  type EscalatieDoel,
  type MeldingSoort,
  type Niveau,
  type SignaalBron,
  type Uitkomst,
  type VrijstellingGrond,
} from './begrippen';

/**
 * What happened to a casus, in domain words: the data of each domain event, by name. The
 * service maps each to a catalogue event or marks it as not published (the mapping is
 * checked exhaustive by the compiler). Ids, codes and dates only: free text stays in the state.
 */
export interface CasusEventData {
  readonly gemeld: { readonly op: IsoDatum; readonly soort: MeldingSoort; readonly thuisSinds?: IsoDatum; readonly schoolId?: string; readonly bevoegdGezagId?: string };
  readonly 'verzuim-vastgelegd': { readonly op: IsoDatum; readonly soort: MeldingSoort; readonly thuisSinds: IsoDatum };
  readonly 'signaal-ontvangen': { readonly op: IsoDatum; readonly bron: SignaalBron; readonly bronId: string };
  readonly 'signaal-afgewezen': { readonly op: IsoDatum };
  readonly 'vrijstelling-geregistreerd': { readonly op: IsoDatum; readonly grond: VrijstellingGrond; readonly ingangsdatum: IsoDatum; readonly einddatum?: IsoDatum };
  readonly 'thuiszitter-geworden': { readonly op: IsoDatum; readonly sinds: IsoDatum; readonly soort: CasusSoort; readonly dagenThuis: number };
  readonly geescaleerd: {
    readonly op: IsoDatum;
    readonly van: Niveau;
    readonly naar: EscalatieDoel;
    readonly reden: 'handmatig' | 'termijn' | 'thuiszitter';
    /** The clock that passed, when a clock escalated. */
    readonly termijn?: string;
    readonly dagenThuis?: number;
  };
  readonly 'terug-naar-steunpunt': { readonly op: IsoDatum; readonly van: Niveau; readonly vergaderingId?: string };
  readonly 'bespreking-vastgelegd': { readonly op: IsoDatum; readonly vergaderingId: string };
  readonly 'doorzettingskracht-ingezet': { readonly op: IsoDatum; readonly plaatsingUiterlijk: IsoDatum; readonly schoolId?: string };
  readonly 'doorzettingsmacht-ingezet': { readonly op: IsoDatum; readonly besluitId: string; readonly aangewezenSchoolId: string; readonly uiterlijkAanbodOp: IsoDatum };
  readonly 'passend-aanbod-gevonden': {
    readonly op: IsoDatum;
    readonly uitkomst: Uitkomst;
    readonly schoolId?: string;
    readonly startOp: IsoDatum;
    readonly niveau: Niveau;
    readonly dagenThuis?: number;
  };
  readonly afgesloten: { readonly op: IsoDatum; readonly reden: AfsluitReden; readonly uitkomst?: Uitkomst; readonly dagenThuis?: number };
  readonly 'actie-toegevoegd': { readonly op: IsoDatum; readonly actieId: string; readonly eigenaar: ActieEigenaar; readonly uiterlijkOp: IsoDatum };
  readonly 'actie-afgerond': { readonly op: IsoDatum; readonly actieId: string };
  readonly 'actie-bijgesteld': { readonly op: IsoDatum; readonly actieId: string; readonly uiterlijkOp: IsoDatum };
  readonly 'actie-verlopen': { readonly op: IsoDatum; readonly actieId: string; readonly eigenaar: ActieEigenaar; readonly uiterlijkOp: IsoDatum };
  readonly 'overleg-vastgelegd': { readonly op: IsoDatum; readonly overlegId: string };
  readonly 'crisisstap-vastgelegd': { readonly op: IsoDatum; readonly stap: CrisisStap };
  readonly 'aanmelding-vastgelegd': { readonly op: IsoDatum; readonly aanmeldingId: string; readonly schoolId: string; readonly zorgplichtTot: IsoDatum };
  readonly 'zorgplicht-verlengd': { readonly op: IsoDatum; readonly aanmeldingId: string; readonly zorgplichtTot: IsoDatum };
  readonly 'aanmelding-afgerond': { readonly op: IsoDatum; readonly aanmeldingId: string; readonly uitkomst: 'geplaatst' | 'afgewezen' | 'termijn-verstreken' };
}

export type CasusEventNaam = keyof CasusEventData;
export type CasusEvent = { readonly [N in CasusEventNaam]: { readonly naam: N; readonly data: CasusEventData[N] } }[CasusEventNaam];

/** A domain event; optional fields left undefined are dropped. */
export function ev<N extends CasusEventNaam>(naam: N, data: CasusEventData[N]): CasusEvent {
  const schoon = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  return { naam, data: schoon } as CasusEvent;
}
