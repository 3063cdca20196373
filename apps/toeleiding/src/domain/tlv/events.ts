import { type IsoDatum } from '@pao/zaak/domein';
import { type EvaluatieUitkomst } from './soort';
import { type BezwaarIndiener, type BobUitkomst, type OnherroepelijkRegel, type TijdigheidRegel, type UitspraakUitkomst, type DeskundigeRol, type Discipline, type EindeReden, type OntbrekendOnderdeel, type Swv, type TlvSoort } from './soort';

/**
 * Domain events: what happened, with ids, codes and dates only. No free text (a
 * motivering may name a pupil), no BSN, no names. The service maps them to the
 * CloudEvents in @pao/contracts (leerlingRef → leerlingId).
 */
interface Basis {
  readonly aanvraagId: string;
  readonly swv: Swv;
  /** The real-world date of the fact. */
  readonly datum: IsoDatum;
}

export interface TlvEventData {
  'aanvraag-aangemaakt': Basis & { leerlingRef: string; schoolId: string; verlengingVan?: string };
  'concept-gewijzigd': Basis;
  'aanvraag-ingediend': Basis & { leerlingRef: string; schoolId: string; soort: TlvSoort; verlengingVan?: string };
  'aanvulling-gevraagd': Basis & { uiterlijkOp: IsoDatum; ontbrekend: readonly OntbrekendOnderdeel[] };
  'aanvraag-aangevuld': Basis & { opgeschorteDagen: number };
  'aanvraag-buiten-behandeling-gesteld': Basis;
  'aanvraag-in-behandeling-genomen': Basis;
  'deskundigenadvies-vastgelegd': Basis & { rol: DeskundigeRol; discipline: Discipline; compleet: boolean };
  'besluit-genomen': Basis & {
    besluitId: string;
    leerlingRef: string;
    grondslag: 'aanvraag' | 'beslissing-op-bezwaar' | 'wijziging-einddatum';
    uitkomst: 'toelaatbaar' | 'niet-toelaatbaar';
    tlvId?: string;
    soort?: TlvSoort;
    ingangsdatum?: IsoDatum;
    /** null = onbepaalde tijd. */
    einddatum?: IsoDatum | null;
  };
  'besluit-bekendgemaakt': Basis & { besluitId: string; bezwaartermijnEindigtOp: IsoDatum };
  'tlv-afgegeven': Basis & { tlvId: string; leerlingRef: string; soort: TlvSoort; ingangsdatum: IsoDatum; einddatum: IsoDatum | null };
  'bezwaar-ingediend': Basis & { besluitId: string; bezwaarId: string; indiener: BezwaarIndiener; telaat: boolean; tijdigheid: TijdigheidRegel; verzondenOp?: IsoDatum };
  'termijnoverschrijding-beoordeeld': Basis & { bezwaarId: string; verschoonbaar: boolean };
  'beroep-ingesteld': Basis & { beroepId: string; besluitId: string; indiener: BezwaarIndiener; tijdig: boolean; tijdigheid: TijdigheidRegel };
  'uitspraak-gedaan': Basis & { beroepId: string; uitkomst: UitspraakUitkomst; hogerBeroepstermijnEindigtOp: IsoDatum };
  'bezwaar-doorgestuurd-naar-lbt': Basis & { bezwaarId: string };
  'lbt-advies-ontvangen': Basis & { bezwaarId: string; advies: BobUitkomst };
  'beslissing-op-bezwaar-verdaagd': Basis & { bezwaarId: string };
  'beslissing-op-bezwaar-genomen': Basis & { besluitId: string; bezwaarId: string; uitkomst: BobUitkomst; beroepstermijnEindigtOp: IsoDatum };
  'besluit-onherroepelijk': Basis & {
    besluitId: string;
    tlvId?: string;
    regel: OnherroepelijkRegel;
    termijnEindigdeOp: IsoDatum;
    nazendtermijnEindigdeOp: IsoDatum;
    vastgesteldOp: IsoDatum;
  };
  'aanvraag-ingetrokken': Basis;
  'overbrugging-gestart': Basis & { tlvId: string };
  'overbrugging-beeindigd': Basis & { tlvId: string };
  'leerling-geplaatst': Basis & { tlvId: string; leerlingRef: string; schoolId: string; soort: TlvSoort; wachtdagen: number };
  'tlv-verlopen': Basis & { tlvId: string; leerlingRef: string; einddatum: IsoDatum };
  'tlv-beeindigd': Basis & { tlvId: string; reden: EindeReden };
  'verlenging-aangevraagd': Basis & { tlvId: string; nieuweAanvraagId: string };
  'jaarlijkse-evaluatie-vastgelegd': Basis & { tlvId: string; uitkomst: EvaluatieUitkomst; oppGeevalueerd: boolean };
}

export type TlvEventNaam = keyof TlvEventData;

export type TlvEvent = { [K in TlvEventNaam]: { readonly naam: K; readonly data: TlvEventData[K] } }[TlvEventNaam];

export function event<K extends TlvEventNaam>(naam: K, data: TlvEventData[K]): TlvEvent {
  return { naam, data } as TlvEvent;
}
