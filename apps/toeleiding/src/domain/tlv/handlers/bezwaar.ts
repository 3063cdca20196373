import { plusDagen, type IsoDatum } from '@pao/zaak/domein';
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
  type TermijnoverschrijdingBeoordelen,
} from '../commandos';
import { event, type TlvEvent } from '../events';
import { BEZWAAR_INDIENERS, BOB_UITKOMSTEN } from '../soort';
import { bobTermijnVanaf, onherroepelijkNa } from '../termijnen';
import { beoordeelTijdigheid } from '../tijdigheid';
import { feitdatum, vereisDatum, vereisEen, vereisNietVoor, vereisTekst } from '@pao/zaak/domein';
import { besluitGenomenEvent, tlvAfgegevenEvent } from './besluit';
import { basis, controleerTermijn, sluitOverbrugging, verder, weiger, type Handler, type Werkcontext } from './gemeen';

/** When an appeal arrived and was posted, checked against its term (Awb 6:9); dates are facts, not in the future. */
export function appelDatums(
  c: { ontvangenOp?: unknown; verzondenOp?: unknown },
  w: Werkcontext,
  nietVoor: { datum: IsoDatum; naam: string },
): { ontvangenOp: IsoDatum; verzondenOp?: IsoDatum } {
  const ontvangenOp = vereisNietVoor('ontvangenOp', feitdatum('ontvangenOp', vereisDatum('ontvangenOp', c.ontvangenOp), w.vandaag), nietVoor.datum, nietVoor.naam);
  if (c.verzondenOp === undefined) return { ontvangenOp };
  const verzondenOp = vereisNietVoor('verzondenOp', vereisDatum('verzondenOp', c.verzondenOp), nietVoor.datum, nietVoor.naam);
  if (verzondenOp > ontvangenOp) throw new OngeldigeInvoer('verzondenOp', 'ligt na de ontvangst');
  return { ontvangenOp, verzondenOp };
}

export const bezwaarRegistreren: Handler<BezwaarRegistreren> = (s, c, w) => {
  // Against a beslissing op bezwaar only beroep is open, not a second bezwaar.
  if (s.bezwaar) weiger(s, c.type, 'op bezwaar is al beslist; daartegen staat beroep open');
  const bekendmaking = s.bekendmaking!;
  const besluit = s.besluit!;
  const indiener = vereisEen('indiener', c.indiener, BEZWAAR_INDIENERS);
  const datums = appelDatums(c, w, { datum: bekendmaking.datum, naam: 'de bekendmaking' });
  const termijnEinde = bekendmaking.bezwaartermijn.datum;
  const nazend = controleerTermijn(w.termijnen.nazendtermijnEinde(termijnEinde, s.swv), termijnEinde, 'nazendtermijn');
  // Late is recorded, not refused: only niet-ontvankelijk unless excused (Awb 6:11).
  const { tijdig, regel } = beoordeelTijdigheid({ ...datums, termijnEinde, nazendtermijnEinde: nazend.datum });
  const bezwaar: Bezwaar = { bezwaarId: w.nieuwId(), besluitId: besluit.besluitId, indiener, ...datums, telaat: !tijdig, tijdigheid: regel };
  return verder(s, { status: 'bezwaar-ingediend', bezwaar, onherroepelijkOp: undefined, onherroepelijkheid: undefined }, [
    event('bezwaar-ingediend', {
      ...basis(s, datums.ontvangenOp),
      besluitId: besluit.besluitId,
      bezwaarId: bezwaar.bezwaarId,
      indiener,
      telaat: !tijdig,
      tijdigheid: regel,
      ...(datums.verzondenOp ? { verzondenOp: datums.verzondenOp } : {}),
    }),
  ]);
};

/** Awb 6:11: the handler judges whether a late bezwaar is excusable, with reasons. */
export const termijnoverschrijdingBeoordelen: Handler<TermijnoverschrijdingBeoordelen> = (s, c, w) => {
  const bezwaar = s.bezwaar!;
  if (!bezwaar.telaat) weiger(s, c.type, 'het bezwaar is tijdig ingediend (Awb 6:9)');
  if (typeof c.verschoonbaar !== 'boolean') throw new OngeldigeInvoer('verschoonbaar', 'moet waar of onwaar zijn');
  const verschoonbaarheid = { verschoonbaar: c.verschoonbaar, reden: vereisTekst('reden', c.reden), datum: w.vandaag, door: w.actor.id };
  return verder(s, { bezwaar: { ...bezwaar, verschoonbaarheid } }, [
    event('termijnoverschrijding-beoordeeld', { ...basis(s, w.vandaag), bezwaarId: bezwaar.bezwaarId, verschoonbaar: c.verschoonbaar }),
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

/** Also after a gegrond uitspraak: the court annulled the beslissing, the SWV decides anew on the bezwaar (Awb 8:72 lid 4). */
export const beslissenOpBezwaar: Handler<BeslissenOpBezwaar> = (s, c, w) => {
  const uitkomst = vereisEen('uitkomst', c.uitkomst, BOB_UITKOMSTEN);
  if (s.status === 'bezwaar-ingediend' && uitkomst !== 'niet-ontvankelijk') {
    weiger(s, c.type, 'zonder advies van de LBT kan het bezwaar alleen niet-ontvankelijk worden verklaard');
  }
  const bezwaar = s.bezwaar!;
  if (bezwaar.telaat && uitkomst !== 'niet-ontvankelijk' && bezwaar.verschoonbaarheid?.verschoonbaar !== true) {
    weiger(s, c.type, 'het bezwaar is te laat ingediend en de termijnoverschrijding is niet verschoonbaar geacht: alleen niet-ontvankelijk (Awb 6:9, 6:11)');
  }
  const motivering = vereisTekst('motivering', c.motivering);
  if (uitkomst === 'gegrond' && c.herzienBesluit === undefined) throw new OngeldigeInvoer('herzienBesluit', 'is verplicht bij een gegrond bezwaar (Awb 7:11)');
  if (uitkomst !== 'gegrond' && c.herzienBesluit !== undefined) throw new OngeldigeInvoer('herzienBesluit', 'hoort alleen bij een gegrond bezwaar');
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

/**
 * Fired a week after the bezwaar-, beroeps- or hoger-beroepstermijn: only then can no
 * timely posted appeal still arrive (Awb 6:9 lid 2). Dated the day after the term; the
 * case and the event say which term passed.
 */
export const onherroepelijkVerklaren: Handler<OnherroepelijkVerklaren> = (s, c, w) => {
  const grond = onherroepelijkNa(s, w.termijnen)!;
  if (w.vandaag <= grond.nazendtermijn.datum) {
    weiger(s, c.type, `een tijdig verzonden bezwaar- of beroepschrift kan nog binnenkomen tot en met ${grond.nazendtermijn.datum} (Awb 6:9 lid 2)`);
  }
  const datum = plusDagen(grond.termijn.datum, 1);
  const besluit = s.besluit!;
  const onherroepelijkheid = {
    regel: grond.regel,
    termijnEindigdeOp: grond.termijn.datum,
    nazendtermijnEindigdeOp: grond.nazendtermijn.datum,
    vastgesteldOp: w.vandaag,
  };
  return verder(s, { status: 'onherroepelijk', onherroepelijkOp: datum, onherroepelijkheid }, [
    event('besluit-onherroepelijk', {
      ...basis(s, datum),
      besluitId: besluit.besluitId,
      ...(besluit.tlvId ? { tlvId: besluit.tlvId } : {}),
      ...onherroepelijkheid,
    }),
  ]);
};
