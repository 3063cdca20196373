import { type Besluit, heeftAdvies, type TlvAanvraag } from '../aanvraag';
import { vereisteDeskundigen } from '../beleid';
import { PRO_DOMEINEN, toetsProCriteria, type ProDomein, type ProGegevens } from '../pro-criteria';
import { valideerBesluitInhoud, vereisSoort } from '../besluit-regels';
import { type AdviesVastleggen, type Bekendmaken, type BesluitNemen } from '../commandos';
import { event, type TlvEvent } from '../events';
import { type BesluitInhoud } from '../aanvraag';
import { ADVIEZEN, DESKUNDIGE_ROLLEN, EERSTE_DESKUNDIGE_DISCIPLINES } from '../soort';
import { OngeldigeInvoer } from '@pao/zaak/domein';
import { feitdatum, optioneelId, vereisEen, vereisId, vereisNietVoor, vereisObject, vereisTekst } from '@pao/zaak/domein';
import { basis, controleerTermijn, verder, weiger, type Handler } from './gemeen';

export const adviesVastleggen: Handler<AdviesVastleggen> = (s, c, w) => {
  const d = vereisObject('deskundige', c.deskundige);
  const rol = vereisEen('deskundige.rol', d.rol, DESKUNDIGE_ROLLEN);
  if (heeftAdvies(s, rol)) weiger(s, c.type, `advies van de ${rol} deskundige is al vastgelegd`);
  const disciplines = rol === 'eerste' ? EERSTE_DESKUNDIGE_DISCIPLINES : w.beleid.tweedeDeskundigen;
  const deskundige = {
    rol,
    discipline: vereisEen('deskundige.discipline', d.discipline, disciplines),
    deskundigeId: vereisId('deskundige.deskundigeId', d.deskundigeId),
  };
  // The law asks for two experts: one person cannot fill both roles.
  if (s.adviezen.some((a) => a.deskundige.deskundigeId === deskundige.deskundigeId)) {
    throw new OngeldigeInvoer('deskundige.deskundigeId', 'eerste en tweede deskundige moeten verschillende personen zijn');
  }
  if (c.proGegevens !== undefined && rol !== 'eerste') throw new OngeldigeInvoer('proGegevens', 'legt de eerste deskundige vast');
  const proToetsing = c.proGegevens === undefined ? undefined : toetsProCriteria(valideerProGegevens(c.proGegevens), w.beleid.proCriteria);
  const advies = {
    deskundige,
    advies: vereisEen('advies', c.advies, ADVIEZEN),
    ...(proToetsing ? { proToetsing } : {}),
    ...(c.soort === undefined ? {} : { soort: vereisSoort('soort', c.soort, w.beleid) }),
    ...(c.documentRef === undefined ? {} : { documentRef: optioneelId('documentRef', c.documentRef) }),
    ...(c.motivering === undefined ? {} : { motivering: vereisTekst('motivering', c.motivering) }),
    datum: w.vandaag,
    vastgelegdDoor: w.actor.id,
  };
  const adviezen = [...s.adviezen, advies];
  // PrO needs only the eerste deskundige; a tweede may still advise (001:1993-1997).
  const compleet = vereisteDeskundigen(s.dossier.gevraagdeSoort, w.beleid).every((r) => heeftAdvies({ adviezen }, r));
  return verder(s, { adviezen, status: compleet ? 'advies-compleet' : 'in-behandeling' }, [
    event('deskundigenadvies-vastgelegd', { ...basis(s, w.vandaag), rol, discipline: deskundige.discipline, compleet }),
  ]);
};

export function besluitGenomenEvent(s: TlvAanvraag, b: Besluit): TlvEvent {
  const data = { ...basis(s, b.datum), besluitId: b.besluitId, leerlingRef: s.leerlingRef, grondslag: b.grondslag };
  if (b.inhoud.uitkomst === 'niet-toelaatbaar') return event('besluit-genomen', { ...data, uitkomst: 'niet-toelaatbaar' });
  const { soort, ingangsdatum, einddatum } = b.inhoud;
  return event('besluit-genomen', {
    ...data,
    uitkomst: 'toelaatbaar',
    tlvId: b.tlvId,
    soort,
    ingangsdatum,
    einddatum: einddatum === 'onbepaald' ? null : einddatum,
  });
}

/** IQ and delays as numbers in range; domains from the list. */
function valideerProGegevens(waarde: unknown): ProGegevens {
  const g = vereisObject('proGegevens', waarde);
  const iq = g.iq;
  if (typeof iq !== 'number' || !Number.isInteger(iq) || iq < 20 || iq > 200) throw new OngeldigeInvoer('proGegevens.iq', 'moet een geheel getal tussen 20 en 200 zijn');
  const la = vereisObject('proGegevens.leerachterstanden', g.leerachterstanden);
  const leerachterstanden: Partial<Record<ProDomein, number>> = {};
  for (const [domein, procent] of Object.entries(la)) {
    const d = vereisEen(`proGegevens.leerachterstanden.${domein}`, domein, PRO_DOMEINEN);
    if (typeof procent !== 'number' || procent < 0 || procent > 100) throw new OngeldigeInvoer(`proGegevens.leerachterstanden.${d}`, 'moet een percentage (0-100) zijn');
    leerachterstanden[d] = procent;
  }
  return { iq, leerachterstanden };
}

/**
 * The advice the law asks for this besluit: two deskundigen for speciaal onderwijs, for
 * PrO the eerste deskundige with a toetsing that meets the criteria in force.
 */
function controleerGrondslag(s: TlvAanvraag, inhoud: BesluitInhoud, w: Parameters<Handler<BesluitNemen>>[2]): void {
  const soort = inhoud.uitkomst === 'toelaatbaar' ? inhoud.soort : s.dossier.gevraagdeSoort;
  const ontbreekt = vereisteDeskundigen(soort, w.beleid).filter((r) => !heeftAdvies(s, r));
  if (ontbreekt.length > 0) {
    weiger(s, 'besluitNemen', `voor een besluit over ${soort ?? 'deze aanvraag'} ontbreekt advies van de ${ontbreekt.join(' en ')} deskundige (001:1993-1997)`);
  }
  if (inhoud.uitkomst === 'toelaatbaar' && inhoud.soort === 'PrO') {
    const toetsing = s.adviezen.find((a) => a.deskundige.rol === 'eerste')?.proToetsing;
    if (!toetsing) weiger(s, 'besluitNemen', 'een TLV PrO vraagt de toetsing aan de landelijke criteria (IQ, leerachterstanden) in het advies van de eerste deskundige');
    if (!toetsing.voldoet) weiger(s, 'besluitNemen', `de leerling voldoet niet aan de PrO-criteria (${toetsing.criteriaVersie}): ${toetsing.nietVoldaan.join('; ')}`);
  }
}

export const besluitNemen: Handler<BesluitNemen> = (s, c, w) => {
  const inhoud = valideerBesluitInhoud('inhoud', c.inhoud, w.beleid);
  controleerGrondslag(s, inhoud, w);
  const besluit: Besluit = {
    besluitId: w.nieuwId(),
    ...(inhoud.uitkomst === 'toelaatbaar' ? { tlvId: w.nieuwId() } : {}),
    datum: w.vandaag,
    genomenDoor: w.actor.id,
    grondslag: 'aanvraag',
    inhoud,
  };
  return verder(s, { status: 'besluit-genomen', besluit }, [besluitGenomenEvent(s, besluit)]);
};

export function tlvAfgegevenEvent(s: TlvAanvraag, b: Besluit, datum: string): TlvEvent[] {
  if (b.inhoud.uitkomst !== 'toelaatbaar' || !b.tlvId) return [];
  const { soort, ingangsdatum, einddatum } = b.inhoud;
  return [
    event('tlv-afgegeven', {
      ...basis(s, datum),
      tlvId: b.tlvId,
      leerlingRef: s.leerlingRef,
      soort,
      ingangsdatum,
      einddatum: einddatum === 'onbepaald' ? null : einddatum,
    }),
  ];
}

export const bekendmaken: Handler<Bekendmaken> = (s, c, w) => {
  const besluit = s.besluit as Besluit;
  const datum = vereisNietVoor('datum', feitdatum('datum', c.datum, w.vandaag), besluit.datum, 'het besluit');
  const bezwaartermijn = controleerTermijn(w.termijnen.bezwaartermijnEinde(datum, s.swv), datum, 'bezwaartermijn');
  // A besluit has effect once bekendgemaakt (Awb 3:40): from here the TLV can be used.
  const uitvoering = besluit.tlvId ? { uitvoering: { tlvId: besluit.tlvId, status: 'niet-geplaatst' as const, sinds: datum } } : {};
  return verder(s, { status: 'bekendgemaakt', bekendmaking: { datum, bezwaartermijn }, ...uitvoering }, [
    event('besluit-bekendgemaakt', { ...basis(s, datum), besluitId: besluit.besluitId, bezwaartermijnEindigtOp: bezwaartermijn.datum }),
    ...tlvAfgegevenEvent(s, besluit, datum),
  ]);
};
