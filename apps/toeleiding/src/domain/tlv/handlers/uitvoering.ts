import { dagenTussen } from '@pao/zaak/domein';
import { OngeldigeInvoer } from '@pao/zaak/domein';
import { type Besluit, type Toelaatbaar, type TlvAanvraag, type Uitvoering } from '../aanvraag';
import { vereisEinddatum } from '../besluit-regels';
import {
  type Beeindigen,
  type EinddatumWijzigen,
  type JaarlijkseEvaluatieVastleggen,
  type OverbruggingBeeindigen,
  type OverbruggingStarten,
  type PlaatsingRegistreren,
  type Verlopen,
  type VerlengingAanvragen,
} from '../commandos';
import { event } from '../events';
import { EINDE_REDENEN, EVALUATIE_UITKOMSTEN } from '../soort';
import { feitdatum, optioneelId, vereisDatum, vereisEen, vereisId, vereisNietVoor, vereisObject, vereisTekst } from '@pao/zaak/domein';
import { nieuweAanvraag } from './aanvraag';
import { besluitGenomenEvent } from './besluit';
import { basis, sluitOverbrugging, verder, weiger, type Handler } from './gemeen';

/** Uitvoering exists only under a toelaatbaar besluit, so both are present here. */
function tlv(s: TlvAanvraag): { u: Uitvoering; b: Besluit; inhoud: Toelaatbaar } {
  const b = s.besluit!;
  return { u: s.uitvoering!, b, inhoud: b.inhoud as Toelaatbaar };
}

export const overbruggingStarten: Handler<OverbruggingStarten> = (s, c, w) => {
  const { u } = tlv(s);
  const van = vereisNietVoor('van', feitdatum('van', c.van, w.vandaag), u.sinds, 'de bekendmaking');
  const arrangementRef = optioneelId('arrangementRef', c.arrangementRef);
  const overbrugging = { van, ...(arrangementRef ? { arrangementRef } : {}) };
  return verder(s, { uitvoering: { ...u, status: 'overbrugging', overbrugging } }, [
    event('overbrugging-gestart', { ...basis(s, van), tlvId: u.tlvId }),
  ]);
};

export const overbruggingBeeindigen: Handler<OverbruggingBeeindigen> = (s, c, w) => {
  const { u } = tlv(s);
  const overbrugging = u.overbrugging!;
  const tot = vereisNietVoor('tot', feitdatum('tot', c.tot, w.vandaag), overbrugging.van, 'de start van de overbrugging');
  return verder(s, { uitvoering: { ...u, status: 'niet-geplaatst', overbrugging: { ...overbrugging, tot } } }, [
    event('overbrugging-beeindigd', { ...basis(s, tot), tlvId: u.tlvId }),
  ]);
};

export const plaatsingRegistreren: Handler<PlaatsingRegistreren> = (s, c, w) => {
  const { u, b, inhoud } = tlv(s);
  const schoolId = vereisId('schoolId', c.schoolId);
  const datum = vereisNietVoor('datum', feitdatum('datum', vereisDatum('datum', c.datum), w.vandaag), inhoud.ingangsdatum, 'de ingangsdatum van de TLV');
  if (inhoud.einddatum !== 'onbepaald' && datum > inhoud.einddatum) throw new OngeldigeInvoer('datum', 'ligt na de einddatum van de TLV');
  // Lead time besluit → plaatsing; 0 when the pupil was already there (e.g. crisis placement).
  const wachtdagen = Math.max(0, dagenTussen(b.datum, datum));
  const overbrugging = sluitOverbrugging(s, u, datum);
  const uitvoering: Uitvoering = { ...u, ...overbrugging.velden, status: 'geplaatst', plaatsing: { schoolId, datum, wachtdagen } };
  const events = [
    ...overbrugging.events,
    event('leerling-geplaatst', { ...basis(s, datum), tlvId: u.tlvId, leerlingRef: s.leerlingRef, schoolId, soort: inhoud.soort, wachtdagen }),
  ];
  return verder(s, { uitvoering }, events);
};

/** A wijzigingsbesluit that only moves the einddatum later (bulk extension uses it too). */
export const einddatumWijzigen: Handler<EinddatumWijzigen> = (s, c, w) => {
  const { b, inhoud } = tlv(s);
  if (inhoud.einddatum === 'onbepaald') weiger(s, c.type, 'de TLV geldt al voor onbepaalde tijd');
  const einde = vereisEinddatum('einddatum', c.einddatum, 'onbepaaldReden', c.onbepaaldReden, inhoud.ingangsdatum, inhoud.soort, w.beleid);
  if (einde.einddatum !== 'onbepaald' && einde.einddatum <= inhoud.einddatum) throw new OngeldigeInvoer('einddatum', 'moet later liggen dan de huidige einddatum');
  const motivering = vereisTekst('motivering', c.motivering);
  const besluit: Besluit = {
    besluitId: w.nieuwId(),
    tlvId: b.tlvId,
    datum: w.vandaag,
    genomenDoor: w.actor.id,
    grondslag: 'wijziging-einddatum',
    inhoud: { uitkomst: 'toelaatbaar', soort: inhoud.soort, ingangsdatum: inhoud.ingangsdatum, motivering, ...einde },
  };
  return verder(s, { besluit, vervangenBesluiten: [...s.vervangenBesluiten, b] }, [besluitGenomenEvent(s, besluit)]);
};

/** Fired by the deadline engine once the einddatum has passed. */
export const verlopen: Handler<Verlopen> = (s, c, w) => {
  const { u, inhoud } = tlv(s);
  if (inhoud.einddatum === 'onbepaald') weiger(s, c.type, 'de TLV geldt voor onbepaalde tijd');
  if (w.vandaag <= inhoud.einddatum) weiger(s, c.type, `de TLV geldt nog tot en met ${inhoud.einddatum}`);
  const overbrugging = sluitOverbrugging(s, u, inhoud.einddatum);
  const uitvoering: Uitvoering = { ...u, ...overbrugging.velden, status: 'verlopen', einde: { datum: inhoud.einddatum, reden: 'verlopen' } };
  return verder(s, { uitvoering }, [
    ...overbrugging.events,
    event('tlv-verlopen', { ...basis(s, inhoud.einddatum), tlvId: u.tlvId, leerlingRef: s.leerlingRef, einddatum: inhoud.einddatum }),
  ]);
};

export const beeindigen: Handler<Beeindigen> = (s, c, w) => {
  const { u } = tlv(s);
  const reden = vereisEen('reden', c.reden, EINDE_REDENEN);
  const datum = vereisNietVoor('datum', feitdatum('datum', c.datum, w.vandaag), u.sinds, 'de bekendmaking');
  const overbrugging = sluitOverbrugging(s, u, datum);
  const uitvoering: Uitvoering = { ...u, ...overbrugging.velden, status: 'beeindigd', einde: { datum, reden } };
  return verder(s, { uitvoering }, [...overbrugging.events, event('tlv-beeindigd', { ...basis(s, datum), tlvId: u.tlvId, reden })]);
};

/**
 * The (V)SO school asks for a follow-up TLV (001:2100-2104): records the link here and
 * returns the new concept aanvraag, placed school as aanvrager. One per TLV.
 */
export const verlengingAanvragen: Handler<VerlengingAanvragen> = (s, c, w) => {
  const { u, inhoud } = tlv(s);
  if (s.verlenging) weiger(s, c.type, 'voor deze TLV is al een verlenging aangevraagd');
  const plaatsing = u.plaatsing!;
  const nieuw = nieuweAanvraag(
    {
      swv: s.swv,
      leerlingRef: s.leerlingRef,
      aanvrager: { bevoegdGezagId: c.bevoegdGezagId, schoolId: plaatsing.schoolId },
      dossier: { gevraagdeSoort: inhoud.soort, ...(c.dossier === undefined ? {} : vereisObject('dossier', c.dossier)) },
      verlengingVan: s.id,
    },
    w,
  );
  const verlenging = { aanvraagId: nieuw.state.id, aangevraagdOp: w.vandaag };
  const resultaat = verder(s, { verlenging }, [
    event('verlenging-aangevraagd', { ...basis(s, w.vandaag), tlvId: u.tlvId, nieuweAanvraagId: nieuw.state.id }),
    ...nieuw.events,
  ]);
  return { ...resultaat, nieuw: [nieuw.state] };
};

/** The yearly evaluation by the placing school: outcome and whether the OPP was evaluated. */
export const jaarlijkseEvaluatieVastleggen: Handler<JaarlijkseEvaluatieVastleggen> = (s, c, w) => {
  const { u } = tlv(s);
  const uitkomst = vereisEen('uitkomst', c.uitkomst, EVALUATIE_UITKOMSTEN);
  if (typeof c.oppGeevalueerd !== 'boolean') throw new OngeldigeInvoer('oppGeevalueerd', 'moet waar of onwaar zijn');
  const datum = vereisNietVoor('datum', feitdatum('datum', c.datum, w.vandaag), u.plaatsing!.datum, 'de plaatsing');
  const evaluatie = { datum, uitkomst, oppGeevalueerd: c.oppGeevalueerd, door: w.actor.id };
  return verder(s, { uitvoering: { ...u, evaluaties: [...(u.evaluaties ?? []), evaluatie] } }, [
    event('jaarlijkse-evaluatie-vastgelegd', { ...basis(s, datum), tlvId: u.tlvId, uitkomst, oppGeevalueerd: c.oppGeevalueerd }),
  ]);
};
