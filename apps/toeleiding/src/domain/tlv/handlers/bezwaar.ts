import { plusDagen } from '@pao/zaak/domein';
import { OngeldigeInvoer } from '@pao/zaak/domein';
import { type Besluit, type Bezwaar, type TlvAanvraag, type Uitvoering } from '../aanvraag';
import { valideerBesluitInhoud } from '../besluit-regels';
import {
  type BeslissenOpBezwaar,
  type BeslissingOpBezwaarVerdagen,
  type BezwaarRegistreren,
  type DoorsturenNaarLbt,
  type LbtAdviesRegistreren,
  type OnherroepelijkVerklaren,
} from '../commandos';
import { event, type TlvEvent } from '../events';
import { BEZWAAR_INDIENERS, BOB_UITKOMSTEN } from '../soort';
import { bobTermijnVanaf } from '../termijnen';
import { feitdatum, vereisDatum, vereisEen, vereisNietVoor, vereisTekst } from '@pao/zaak/domein';
import { besluitGenomenEvent, tlvAfgegevenEvent } from './besluit';
import { basis, controleerTermijn, sluitOverbrugging, verder, weiger, type Handler, type Werkcontext } from './gemeen';

export const bezwaarRegistreren: Handler<BezwaarRegistreren> = (s, c, w) => {
  // Against a beslissing op bezwaar only beroep is open, not a second bezwaar.
  if (s.bezwaar) weiger(s, c.type, 'op bezwaar is al beslist; daartegen staat beroep open');
  const bekendmaking = s.bekendmaking!;
  const besluit = s.besluit!;
  const indiener = vereisEen('indiener', c.indiener, BEZWAAR_INDIENERS);
  const ontvangenOp = vereisNietVoor(
    'ontvangenOp',
    feitdatum('ontvangenOp', vereisDatum('ontvangenOp', c.ontvangenOp), w.vandaag),
    bekendmaking.datum,
    'de bekendmaking',
  );
  // Late is recorded, not refused: the beslissing op bezwaar judges excusability (Awb 6:11).
  const telaat = ontvangenOp > bekendmaking.bezwaartermijn.datum;
  const bezwaar: Bezwaar = { bezwaarId: w.nieuwId(), besluitId: besluit.besluitId, indiener, ontvangenOp, telaat };
  return verder(s, { status: 'bezwaar-ingediend', bezwaar, onherroepelijkOp: undefined }, [
    event('bezwaar-ingediend', { ...basis(s, ontvangenOp), besluitId: besluit.besluitId, bezwaarId: bezwaar.bezwaarId, indiener, telaat }),
  ]);
};

export const doorsturenNaarLbt: Handler<DoorsturenNaarLbt> = (s, c, w) => {
  const bezwaar = s.bezwaar!;
  const datum = vereisNietVoor('datum', feitdatum('datum', c.datum, w.vandaag), bezwaar.ontvangenOp, 'de ontvangst van het bezwaar');
  return verder(s, { status: 'bij-lbt', bezwaar: { ...bezwaar, doorgestuurdNaarLbtOp: datum } }, [
    event('bezwaar-doorgestuurd-naar-lbt', { ...basis(s, datum), bezwaarId: bezwaar.bezwaarId }),
  ]);
};

export const lbtAdviesRegistreren: Handler<LbtAdviesRegistreren> = (s, c, w) => {
  const bezwaar = s.bezwaar!;
  const advies = vereisEen('advies', c.advies, BOB_UITKOMSTEN);
  const datum = vereisNietVoor('datum', feitdatum('datum', c.datum, w.vandaag), bezwaar.doorgestuurdNaarLbtOp!, 'het doorsturen');
  return verder(s, { status: 'lbt-advies-ontvangen', bezwaar: { ...bezwaar, lbtAdvies: { datum, advies } } }, [
    event('lbt-advies-ontvangen', { ...basis(s, datum), bezwaarId: bezwaar.bezwaarId, advies }),
  ]);
};

/** Once, by at most six weeks, and before the original term has passed (Awb 7:10 lid 3). */
export const beslissingOpBezwaarVerdagen: Handler<BeslissingOpBezwaarVerdagen> = (s, c, w) => {
  const bezwaar = s.bezwaar!;
  if (bezwaar.verdaagdOp) weiger(s, c.type, 'de beslissing op bezwaar is al eenmaal verdaagd');
  const datum = feitdatum('datum', c.datum, w.vandaag);
  const vanaf = bobTermijnVanaf(s);
  const termijn = controleerTermijn(w.termijnen.beslissingOpBezwaarEinde(vanaf, false, s.swv), vanaf, 'beslistermijn op bezwaar');
  if (datum > termijn.datum) weiger(s, c.type, `de beslistermijn op bezwaar is verstreken op ${termijn.datum}`);
  return verder(s, { bezwaar: { ...bezwaar, verdaagdOp: datum } }, [
    event('beslissing-op-bezwaar-verdaagd', { ...basis(s, datum), bezwaarId: bezwaar.bezwaarId }),
  ]);
};

function isLopend(u: Uitvoering | undefined): u is Uitvoering {
  return u !== undefined && u.status !== 'verlopen' && u.status !== 'beeindigd';
}

/** Gegrond: revoke the besluit and put the herzien besluit in its place (Awb 7:11). */
function herzien(s: TlvAanvraag, invoer: unknown, w: Werkcontext): { wijziging: Partial<TlvAanvraag>; events: TlvEvent[] } {
  const inhoud = valideerBesluitInhoud('herzienBesluit', invoer, w.beleid);
  const oud = s.besluit!;
  const lopend = isLopend(s.uitvoering) ? s.uitvoering : undefined;
  const tlvId = inhoud.uitkomst === 'toelaatbaar' ? (lopend?.tlvId ?? w.nieuwId()) : undefined;
  const besluit: Besluit = {
    besluitId: w.nieuwId(),
    ...(tlvId ? { tlvId } : {}),
    datum: w.vandaag,
    genomenDoor: w.actor.id,
    grondslag: 'beslissing-op-bezwaar',
    inhoud,
  };
  const events = [besluitGenomenEvent(s, besluit)];
  let uitvoering = s.uitvoering;
  if (tlvId && !lopend) {
    // A TLV now granted on bezwaar: it is bekendgemaakt with the beslissing op bezwaar.
    uitvoering = { tlvId, status: 'niet-geplaatst', sinds: w.vandaag };
    events.push(...tlvAfgegevenEvent(s, besluit, w.vandaag));
  } else if (!tlvId && lopend) {
    const overbrugging = sluitOverbrugging(s, lopend, w.vandaag);
    uitvoering = { ...lopend, ...overbrugging.velden, status: 'beeindigd', einde: { datum: w.vandaag, reden: 'herroepen' } };
    events.push(...overbrugging.events, event('tlv-beeindigd', { ...basis(s, w.vandaag), tlvId: lopend.tlvId, reden: 'herroepen' }));
  }
  return { wijziging: { besluit, vervangenBesluiten: [...s.vervangenBesluiten, oud], uitvoering }, events };
}

export const beslissenOpBezwaar: Handler<BeslissenOpBezwaar> = (s, c, w) => {
  const uitkomst = vereisEen('uitkomst', c.uitkomst, BOB_UITKOMSTEN);
  if (s.status === 'bezwaar-ingediend' && uitkomst !== 'niet-ontvankelijk') {
    weiger(s, c.type, 'zonder advies van de LBT kan het bezwaar alleen niet-ontvankelijk worden verklaard');
  }
  const motivering = vereisTekst('motivering', c.motivering);
  if (uitkomst === 'gegrond' && c.herzienBesluit === undefined) throw new OngeldigeInvoer('herzienBesluit', 'is verplicht bij een gegrond bezwaar (Awb 7:11)');
  if (uitkomst !== 'gegrond' && c.herzienBesluit !== undefined) throw new OngeldigeInvoer('herzienBesluit', 'hoort alleen bij een gegrond bezwaar');
  const bezwaar = s.bezwaar!;
  const beroepstermijn = controleerTermijn(w.termijnen.beroepstermijnEinde(w.vandaag, s.swv), w.vandaag, 'beroepstermijn');
  const beslissing = { uitkomst, datum: w.vandaag, motivering, genomenDoor: w.actor.id, beroepstermijn };
  const gevolg = uitkomst === 'gegrond' ? herzien(s, c.herzienBesluit, w) : { wijziging: {}, events: [] };
  return verder(s, { status: 'beslist-op-bezwaar', bezwaar: { ...bezwaar, beslissing }, ...gevolg.wijziging }, [
    event('beslissing-op-bezwaar-genomen', {
      ...basis(s, w.vandaag),
      besluitId: bezwaar.besluitId,
      bezwaarId: bezwaar.bezwaarId,
      uitkomst,
      beroepstermijnEindigtOp: beroepstermijn.datum,
    }),
    ...gevolg.events,
  ]);
};

/** Fired when the bezwaar- or beroepstermijn has passed; dated the day after the term. */
export const onherroepelijkVerklaren: Handler<OnherroepelijkVerklaren> = (s, c, w) => {
  const einde = s.status === 'bekendgemaakt' ? s.bekendmaking!.bezwaartermijn.datum : s.bezwaar!.beslissing!.beroepstermijn.datum;
  if (w.vandaag <= einde) weiger(s, c.type, `de termijn loopt nog tot en met ${einde}`);
  const datum = plusDagen(einde, 1);
  const besluit = s.besluit!;
  return verder(s, { status: 'onherroepelijk', onherroepelijkOp: datum }, [
    event('besluit-onherroepelijk', { ...basis(s, datum), besluitId: besluit.besluitId, ...(besluit.tlvId ? { tlvId: besluit.tlvId } : {}) }),
  ]);
};
