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
 * What happened to a casus, in domain words. The service maps each to a catalogue event
 * or marks it as not published (the mapping is checked exhaustive by the compiler).
 * Ids, codes and dates only: free text stays in the state.
 */
export type CasusEvent =
  | { readonly naam: 'gemeld'; readonly op: IsoDatum; readonly soort: MeldingSoort; readonly thuisSinds?: IsoDatum; readonly schoolId?: string; readonly bevoegdGezagId?: string }
  | { readonly naam: 'verzuim-vastgelegd'; readonly op: IsoDatum; readonly soort: MeldingSoort; readonly thuisSinds: IsoDatum }
  | { readonly naam: 'signaal-ontvangen'; readonly op: IsoDatum; readonly bron: SignaalBron; readonly bronId: string }
  | { readonly naam: 'signaal-afgewezen'; readonly op: IsoDatum }
  | { readonly naam: 'vrijstelling-geregistreerd'; readonly op: IsoDatum; readonly grond: VrijstellingGrond; readonly ingangsdatum: IsoDatum; readonly einddatum?: IsoDatum }
  | { readonly naam: 'thuiszitter-geworden'; readonly op: IsoDatum; readonly sinds: IsoDatum; readonly soort: CasusSoort; readonly dagenThuis: number }
  | {
      readonly naam: 'geescaleerd';
      readonly op: IsoDatum;
      readonly van: Niveau;
      readonly naar: EscalatieDoel;
      readonly reden: 'handmatig' | 'termijn' | 'thuiszitter';
      readonly termijn?: string;
      readonly dagenThuis?: number;
    }
  | { readonly naam: 'terug-naar-steunpunt'; readonly op: IsoDatum; readonly van: Niveau; readonly vergaderingId?: string }
  | { readonly naam: 'bespreking-vastgelegd'; readonly op: IsoDatum; readonly vergaderingId: string }
  | { readonly naam: 'doorzettingskracht-ingezet'; readonly op: IsoDatum; readonly plaatsingUiterlijk: IsoDatum; readonly schoolId?: string }
  | { readonly naam: 'doorzettingsmacht-ingezet'; readonly op: IsoDatum; readonly besluitId: string; readonly aangewezenSchoolId: string; readonly uiterlijkAanbodOp: IsoDatum }
  | {
      readonly naam: 'passend-aanbod-gevonden';
      readonly op: IsoDatum;
      readonly uitkomst: Uitkomst;
      readonly schoolId?: string;
      readonly startOp: IsoDatum;
      readonly niveau: Niveau;
      readonly dagenThuis?: number;
    }
  | { readonly naam: 'afgesloten'; readonly op: IsoDatum; readonly reden: AfsluitReden; readonly uitkomst?: Uitkomst; readonly dagenThuis?: number }
  | { readonly naam: 'actie-toegevoegd'; readonly op: IsoDatum; readonly actieId: string; readonly eigenaar: ActieEigenaar; readonly uiterlijkOp: IsoDatum }
  | { readonly naam: 'actie-afgerond'; readonly op: IsoDatum; readonly actieId: string }
  | { readonly naam: 'actie-bijgesteld'; readonly op: IsoDatum; readonly actieId: string; readonly uiterlijkOp: IsoDatum }
  | { readonly naam: 'actie-verlopen'; readonly op: IsoDatum; readonly actieId: string; readonly eigenaar: ActieEigenaar; readonly uiterlijkOp: IsoDatum }
  | { readonly naam: 'overleg-vastgelegd'; readonly op: IsoDatum; readonly overlegId: string }
  | { readonly naam: 'crisisstap-vastgelegd'; readonly op: IsoDatum; readonly stap: CrisisStap }
  | { readonly naam: 'aanmelding-vastgelegd'; readonly op: IsoDatum; readonly aanmeldingId: string; readonly schoolId: string; readonly zorgplichtTot: IsoDatum }
  | { readonly naam: 'zorgplicht-verlengd'; readonly op: IsoDatum; readonly aanmeldingId: string; readonly zorgplichtTot: IsoDatum }
  | { readonly naam: 'aanmelding-afgerond'; readonly op: IsoDatum; readonly aanmeldingId: string; readonly uitkomst: 'geplaatst' | 'afgewezen' | 'termijn-verstreken' };

export type CasusEventNaam = CasusEvent['naam'];
