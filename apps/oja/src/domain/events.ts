import { type IsoDatum } from '@pao/zaak/domein';
import {
  type EindeReden,
  type EvaluatieUitkomst,
  type JeugdhulpReferentie,
  type Oordeel,
  type Resultaat,
  type Status,
  type VerdelingRegel,
  type Vervolg,
} from './arrangement';
import { type Cent } from './geld';
import { type Boeking } from './grootboek';
import { type Periode } from './periode';

/** What happened, in domain terms. The application maps each to a catalogue event or marks it internal. */
export type OjaEvent =
  | { readonly naam: 'Aangevraagd'; readonly datum: IsoDatum }
  | { readonly naam: 'Beoordeeld'; readonly kant: 'onderwijs' | 'jeugdhulp'; readonly oordeel: Oordeel; readonly datum: IsoDatum; readonly referentie?: JeugdhulpReferentie; readonly uitkomst: Status }
  | { readonly naam: 'Toegekend'; readonly toekenningId: string; readonly datum: IsoDatum }
  | { readonly naam: 'Gestart'; readonly datum: IsoDatum }
  | { readonly naam: 'Geevalueerd'; readonly evaluatieId: string; readonly datum: IsoDatum; readonly uitkomst: EvaluatieUitkomst; readonly volgendeEvaluatie?: IsoDatum }
  | { readonly naam: 'Verlengd'; readonly toekenningId: string; readonly datum: IsoDatum; readonly vorigeEinddatum: IsoDatum }
  | { readonly naam: 'Beeindigd'; readonly datum: IsoDatum; readonly reden: EindeReden; readonly vrijgevallen: readonly { betaler: string; bedragCent: Cent }[] }
  | { readonly naam: 'Afgesloten'; readonly datum: IsoDatum; readonly resultaat: Resultaat; readonly vervolg: Vervolg }
  | { readonly naam: 'Ingetrokken'; readonly datum: IsoDatum; readonly vrijgevallen: readonly { betaler: string; bedragCent: Cent }[] }
  | { readonly naam: 'Geboekt'; readonly boekingen: readonly Boeking[] }
  | { readonly naam: 'LeerlingGeplaatst'; readonly deelnameId: string; readonly datum: IsoDatum }
  | { readonly naam: 'LeerlingUitgeschreven'; readonly deelnameId: string; readonly datum: IsoDatum; readonly resultaat: Resultaat };

export type OjaEventNaam = OjaEvent['naam'];

/** The toekenning's split as an event shows it. */
export interface SplitWeergave {
  readonly periode: Periode;
  readonly kostenCent: Cent;
  readonly verdeling: readonly VerdelingRegel[];
}
