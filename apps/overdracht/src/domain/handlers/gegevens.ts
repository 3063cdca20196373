import { OngeldigeInvoer, vereisDatum, vereisId, weiger, type Werkcontext } from '@pao/zaak/domein';
import { TLV_STANDEN, type Commando } from '../commandos';
import {
  ADVIESNIVEAUS,
  DOSSIERSTATUSSEN,
  DOSSIERSYSTEMEN,
  isPoRoute,
  PERSPECTIEVEN,
  TLV_VOORZIENINGEN,
  VOORZIENINGEN,
  type Adviesniveau,
  type Overdracht,
  type Route,
  type Voorziening,
  type Voorzieningsoort,
  type VoorzieningStatus,
} from '../typen';
import { datum, optioneleTekst, vereisBoolean, vereisEen, volgende, type Uitkomst } from './gemeen';

const niveauIndex = (n: Adviesniveau) => ADVIESNIVEAUS.indexOf(n);

function eisPoRoute(s: Overdracht, commando: string): void {
  if (!isPoRoute(s.route)) weiger(s.status, commando, 'een schooladvies hoort bij de overstap van PO naar VO');
}

export function adviesVastleggen(s: Overdracht, c: Commando<'adviesVastleggen'>, w: Werkcontext): Uitkomst {
  eisPoRoute(s, c.type);
  const soort = vereisEen('soort', c.soort, ['voorlopig', 'definitief'] as const);
  const niveau = vereisEen('niveau', c.niveau, ADVIESNIVEAUS);
  const op = datum('datum', c.datum, w);
  if (s.advies.bijgesteld) weiger(s.status, c.type, 'het advies is na de doorstroomtoets al bijgesteld');
  return volgende(s, { advies: { ...s.advies, [soort]: { niveau, datum: op } } });
}

/** After the doorstroomtoets: a higher toets result may raise the definitive advice, never lower it. */
export function adviesBijstellen(s: Overdracht, c: Commando<'adviesBijstellen'>, w: Werkcontext): Uitkomst {
  eisPoRoute(s, c.type);
  const niveau = vereisEen('niveau', c.niveau, ADVIESNIVEAUS);
  const toetsniveau = vereisEen('toetsniveau', c.toetsniveau, ADVIESNIVEAUS);
  const op = datum('datum', c.datum, w);
  const huidig = s.advies.definitief;
  if (!huidig) weiger(s.status, c.type, 'er is nog geen definitief schooladvies');
  if (s.advies.bijgesteld) weiger(s.status, c.type, 'het advies is al bijgesteld');
  if (niveauIndex(toetsniveau) <= niveauIndex(huidig.niveau)) throw new OngeldigeInvoer('toetsniveau', 'is niet hoger dan het schooladvies: dan wordt het advies niet bijgesteld');
  if (niveauIndex(niveau) <= niveauIndex(huidig.niveau)) throw new OngeldigeInvoer('niveau', 'een advies kan alleen naar boven worden bijgesteld');
  return volgende(s, { advies: { ...s.advies, bijgesteld: { niveau, datum: op, van: huidig.niveau, toetsniveau } } });
}

export function ondersteuningVastleggen(s: Overdracht, c: Commando<'ondersteuningVastleggen'>): Uitkomst {
  const behoefte = optioneleTekst('behoefte', c.behoefte, 4000);
  const kwetsbaar = vereisBoolean('kwetsbaar', c.kwetsbaar);
  return volgende(s, { ondersteuningsbehoefte: behoefte, kwetsbaar });
}

/** Which support can be settled for a route: TLV, leerwegarrangement and OPDC are VO matters. */
export function voorzieningPastBij(route: Route, soort: Voorzieningsoort): boolean {
  return route !== 'vo-mbo' && VOORZIENINGEN.includes(soort);
}

function metVoorziening(s: Overdracht, soort: Voorzieningsoort, wijzig: (v: Voorziening | undefined) => Voorziening): readonly Voorziening[] {
  const bestaand = s.voorzieningen.find((v) => v.soort === soort);
  const nieuw = wijzig(bestaand);
  return bestaand ? s.voorzieningen.map((v) => (v.soort === soort ? nieuw : v)) : [...s.voorzieningen, nieuw];
}

function vereisVoorziening(veld: string, waarde: unknown, s: Overdracht): Voorzieningsoort {
  const soort = vereisEen(veld, waarde, VOORZIENINGEN);
  if (!voorzieningPastBij(s.route, soort)) throw new OngeldigeInvoer(veld, 'hoort niet bij de overstap naar het mbo');
  return soort;
}

export function voorzieningVastleggen(s: Overdracht, c: Commando<'voorzieningVastleggen'>, w: Werkcontext): Uitkomst {
  const soort = vereisVoorziening('soort', c.soort, s);
  const nodig = vereisBoolean('nodig', c.nodig);
  const bestaand = s.voorzieningen.find((v) => v.soort === soort);
  if (!nodig && !bestaand) weiger(s.status, c.type, 'deze voorziening staat niet op de lijst');
  if (nodig && bestaand && bestaand.status !== 'vervallen') weiger(s.status, c.type, 'deze voorziening staat al op de lijst');
  const status: VoorzieningStatus = nodig ? 'nodig' : 'vervallen';
  return volgende(s, { voorzieningen: metVoorziening(s, soort, (v) => ({ ...(v ?? { soort }), soort, status, sinds: w.vandaag })) });
}

/** LWOO, LWA and OPDC are settled by the schools; a TLV is settled by toeleiding (through its events). */
export function voorzieningGeregeld(s: Overdracht, c: Commando<'voorzieningGeregeld'>, w: Werkcontext): Uitkomst {
  const soort = vereisVoorziening('soort', c.soort, s);
  const op = datum('datum', c.datum, w);
  if (TLV_VOORZIENINGEN.includes(soort)) weiger(s.status, c.type, 'een TLV wordt geregeld door toeleiding: koppel de aanvraag');
  const v = s.voorzieningen.find((x) => x.soort === soort);
  if (!v || v.status === 'vervallen') weiger(s.status, c.type, 'deze voorziening staat niet op de lijst');
  if (v.status === 'geregeld') weiger(s.status, c.type, 'deze voorziening is al geregeld');
  return volgende(s, { voorzieningen: metVoorziening(s, soort, () => ({ ...v, status: 'geregeld', sinds: op, geregeldOp: op })) });
}

const STAND_NAAR_STATUS = { aangevraagd: 'aangevraagd', 'niet-toelaatbaar': 'afgewezen', afgegeven: 'geregeld', beeindigd: 'nodig' } as const;

function metStand(v: Voorziening, stand: (typeof TLV_STANDEN)[number], op: string, tlvId: string | undefined): Voorziening {
  const status = STAND_NAAR_STATUS[stand];
  return { ...v, status, sinds: op, ...(stand === 'afgegeven' ? { tlvId, geregeldOp: op } : {}), ...(stand === 'beeindigd' ? { tlvId: undefined, geregeldOp: undefined } : {}) };
}

/** Links a TLV voorziening to the toeleiding aanvraag; what toeleiding already published applies at once. */
export function toeleidingKoppelen(s: Overdracht, c: Commando<'toeleidingKoppelen'>, w: Werkcontext): Uitkomst {
  const soort = vereisVoorziening('soort', c.soort, s);
  if (!TLV_VOORZIENINGEN.includes(soort)) throw new OngeldigeInvoer('soort', 'alleen een TLV (PrO of VSO) komt uit toeleiding');
  const aanvraagId = vereisId('aanvraagId', c.aanvraagId);
  if (s.voorzieningen.some((v) => v.aanvraagId === aanvraagId && v.soort !== soort)) weiger(s.status, c.type, 'deze aanvraag is al aan een andere voorziening gekoppeld');
  const bekend = c.bekend;
  return volgende(s, {
    voorzieningen: metVoorziening(s, soort, (v) => {
      const basis: Voorziening = { soort, status: 'nodig', sinds: w.vandaag, ...(v ?? {}), aanvraagId };
      const gekoppeld: Voorziening = { ...basis, status: basis.status === 'vervallen' ? 'nodig' : basis.status === 'geregeld' ? 'geregeld' : 'aangevraagd' };
      return bekend ? metStand(gekoppeld, bekend.stand, vereisDatum('bekend.datum', bekend.datum), bekend.tlvId) : gekoppeld;
    }),
  });
}

/** Toeleiding published something about a linked aanvraag (systeem, through the inbox). */
export function toeleidingBijgewerkt(s: Overdracht, c: Commando<'toeleidingBijgewerkt'>): Uitkomst {
  const stand = vereisEen('stand', c.stand, TLV_STANDEN);
  const op = vereisDatum('datum', c.datum);
  const v = s.voorzieningen.find((x) => x.aanvraagId === c.aanvraagId);
  if (!v) weiger(s.status, c.type, 'geen voorziening gekoppeld aan deze aanvraag');
  if (stand === 'afgegeven' && c.tlvId === undefined) throw new OngeldigeInvoer('tlvId', 'is verplicht bij een afgegeven TLV');
  return volgende(s, { voorzieningen: metVoorziening(s, v.soort, () => metStand(v, stand, op, c.tlvId)) });
}

export function dossierVastleggen(s: Overdracht, c: Commando<'dossierVastleggen'>, w: Werkcontext): Uitkomst {
  const systeem = vereisEen('systeem', c.systeem, DOSSIERSYSTEMEN);
  const status = vereisEen('status', c.status, DOSSIERSTATUSSEN);
  const referentie = optioneleTekst('referentie', c.referentie, 100);
  if (!referentie) throw new OngeldigeInvoer('referentie', 'is verplicht');
  if (!/^[\w./:-]+$/.test(referentie)) throw new OngeldigeInvoer('referentie', 'alleen het kenmerk uit OSO/Digidoor: letters, cijfers en . / : - _');
  const op = datum('datum', c.datum, w);
  if (status === 'opgehaald' && !s.plaatsing) weiger(s.status, c.type, 'alleen een ontvangende school haalt het dossier op');
  return volgende(s, { dossier: { systeem, referentie, status, bijgewerktOp: op } });
}

export function perspectiefVastleggen(s: Overdracht, c: Commando<'perspectiefVastleggen'>): Uitkomst {
  if (s.route !== 'vo-mbo') weiger(s.status, c.type, 'het uitstroomperspectief hoort bij de overstap van VO naar mbo');
  const perspectief = vereisEen('perspectief', c.perspectief, PERSPECTIEVEN);
  const continuiteit = optioneleTekst('continuiteit', c.continuiteit, 4000);
  const warmeOverdrachtGemeente = vereisBoolean('warmeOverdrachtGemeente', c.warmeOverdrachtGemeente);
  return volgende(s, { perspectief: { perspectief, continuiteit, warmeOverdrachtGemeente } });
}
