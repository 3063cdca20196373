import { type IsoDatum } from '@pao/zaak/domein';
import { type EindeReden, type EvaluatieUitkomst, type JeugdhulpReferentie, type Oordeel, type Resultaat, type Status, type Vervolg } from './arrangement';
import { type Cent } from './geld';
import { type Boeking } from './grootboek';

type Ev<N extends string, D> = { readonly naam: N; readonly data: D };

/** What happened, in domain terms. The application maps each to a catalogue event or marks it internal. */
export type OjaEvent =
  | Ev<'Aangevraagd', { readonly datum: IsoDatum }>
  | Ev<'Beoordeeld', { readonly kant: 'onderwijs' | 'jeugdhulp'; readonly oordeel: Oordeel; readonly datum: IsoDatum; readonly referentie?: JeugdhulpReferentie; readonly uitkomst: Status }>
  | Ev<'Toegekend', { readonly toekenningId: string; readonly datum: IsoDatum }>
  | Ev<'Gestart', { readonly datum: IsoDatum }>
  | Ev<'Geevalueerd', { readonly evaluatieId: string; readonly datum: IsoDatum; readonly uitkomst: EvaluatieUitkomst; readonly volgendeEvaluatie?: IsoDatum }>
  | Ev<'Verlengd', { readonly toekenningId: string; readonly datum: IsoDatum; readonly vorigeEinddatum: IsoDatum }>
  | Ev<'Beeindigd', { readonly datum: IsoDatum; readonly reden: EindeReden; readonly vrijgevallen: readonly { betaler: string; bedragCent: Cent }[] }>
  | Ev<'Afgesloten', { readonly datum: IsoDatum; readonly resultaat: Resultaat; readonly vervolg: Vervolg }>
  | Ev<'Ingetrokken', { readonly datum: IsoDatum; readonly vrijgevallen: readonly { betaler: string; bedragCent: Cent }[] }>
  | Ev<'Geboekt', { readonly boekingen: readonly Boeking[] }>
  | Ev<'LeerlingGeplaatst', { readonly deelnameId: string; readonly datum: IsoDatum }>
  | Ev<'LeerlingUitgeschreven', { readonly deelnameId: string; readonly datum: IsoDatum; readonly resultaat: Resultaat }>;

export type OjaEventNaam = OjaEvent['naam'];
