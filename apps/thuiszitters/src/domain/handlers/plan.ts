import { feitdatum, OngeldigeInvoer, optioneelId, vereisDatum, vereisEen, vereisId, vereisTekst, weiger } from '@pao/zaak/domein';
import { ACTIE_EIGENAREN, CRISIS_STAPPEN } from '../begrippen';
import { type Actie, type Casus } from '../casus';
import {
  type AanmeldingAfronden,
  type AanmeldingVastleggen,
  type ActieAfronden,
  type ActieBijstellen,
  type ActieToevoegen,
  type CrisisstapVastleggen,
  type NieuweActie,
  type OverlegVastleggen,
  type ZorgplichtVerlengen,
} from '../commandos';
import { ev, type CasusEvent } from '../events';
import { feitNa, KORTE_TEKST, LANGE_TEKST, toekomstdatum, vereisBetrokkenheid, vereisPartijen } from '../invoer';
import { type ThuiszittersWerkcontext } from '../werkcontext';
import { metVoortgang, verder, zonderLeeg, type Uitkomst } from './gemeen';

/** The plan: agreed actions with an owner, a due date and a result; overleggen; the crisis steps; aanmeldingen. */

export const MAX_ACTIES = 200;

/** One new action (also used when the table hands a case back with actions). */
export function nieuweActie(veld: string, a: NieuweActie, w: ThuiszittersWerkcontext, swv: string, vergaderingId?: string): Actie {
  const uiterlijkOp = toekomstdatum(`${veld}uiterlijkOp`, a.uiterlijkOp, w.vandaag);
  const eigenaar = vereisEen(`${veld}eigenaar`, a.eigenaar, ACTIE_EIGENAREN);
  return zonderLeeg({
    id: w.nieuwId(),
    omschrijving: vereisTekst(`${veld}omschrijving`, a.omschrijving, KORTE_TEKST),
    eigenaar,
    uiterlijkOp,
    klok: w.regels.actie(swv, uiterlijkOp, w.vandaag),
    afgesprokenOp: w.vandaag,
    ouderBetrokken: a.ouderBetrokken === true || eigenaar === 'ouders',
    status: 'open' as const,
    vergaderingId,
  });
}

function actieVan(s: Casus, commando: string, actieId: unknown): Actie {
  const id = vereisId('actieId', actieId);
  const actie = s.acties.find((a) => a.id === id);
  if (!actie) throw new OngeldigeInvoer('actieId', 'onbekende actie in deze casus');
  if (actie.status === 'afgerond') weiger(s.status, commando, 'de actie is al afgerond');
  return actie;
}

export function actieToevoegen(s: Casus, c: ActieToevoegen, w: ThuiszittersWerkcontext): Uitkomst {
  if (s.acties.length >= MAX_ACTIES) weiger(s.status, c.type, `een plan heeft hoogstens ${MAX_ACTIES} acties`);
  const actie = nieuweActie('', c, w, s.swv, optioneelId('vergaderingId', c.vergaderingId));
  return verder(s, { acties: [...s.acties, actie] }, [ev('actie-toegevoegd', { op: w.vandaag, actieId: actie.id, eigenaar: actie.eigenaar, uiterlijkOp: actie.uiterlijkOp })], w);
}

export function actieAfronden(s: Casus, c: ActieAfronden, w: ThuiszittersWerkcontext): Uitkomst {
  const actie = actieVan(s, c.type, c.actieId);
  const op = feitNa('op', c.op, w.vandaag, actie.afgesprokenOp, 'de afspraak');
  const afgerond: Actie = { ...actie, status: 'afgerond', resultaat: vereisTekst('resultaat', c.resultaat, KORTE_TEKST), afgerondOp: op };
  const na = metVoortgang(s, op, w);
  return verder(na, { acties: s.acties.map((a) => (a.id === actie.id ? afgerond : a)) }, [ev('actie-afgerond', { op, actieId: actie.id })], w);
}

/** A new due date (also for an action that ran late): its clock runs again. */
export function actieBijstellen(s: Casus, c: ActieBijstellen, w: ThuiszittersWerkcontext): Uitkomst {
  const actie = actieVan(s, c.type, c.actieId);
  const uiterlijkOp = toekomstdatum('uiterlijkOp', c.uiterlijkOp, w.vandaag);
  vereisTekst('toelichting', c.toelichting, KORTE_TEKST);
  const bijgesteld: Actie = { ...actie, status: 'open', uiterlijkOp, klok: w.regels.actie(s.swv, uiterlijkOp, w.vandaag) };
  return verder(s, { acties: s.acties.map((a) => (a.id === actie.id ? bijgesteld : a)) }, [ev('actie-bijgesteld', { op: w.vandaag, actieId: actie.id, uiterlijkOp })], w);
}

export function overlegVastleggen(s: Casus, c: OverlegVastleggen, w: ThuiszittersWerkcontext): Uitkomst {
  const op = feitNa('op', c.op, w.vandaag, s.aangemaaktOp, 'de melding');
  const overleg = {
    id: w.nieuwId(),
    op,
    deelnemers: vereisPartijen('deelnemers', c.deelnemers),
    betrokkenheid: vereisBetrokkenheid('betrokkenheid', c.betrokkenheid),
    afspraken: vereisTekst('afspraken', c.afspraken, LANGE_TEKST),
  };
  const na = metVoortgang(s, op, w);
  // The first overleg after a crisis melding is the one the crisis route asks for.
  const crisis = s.crisis && !s.crisis.overlegOp ? { crisis: { ...s.crisis, overlegOp: op } } : {};
  return verder(na, { overleggen: [...s.overleggen, overleg], ...crisis }, [ev('overleg-vastgelegd', { op, overlegId: overleg.id })], w);
}

export function crisisstapVastleggen(s: Casus, c: CrisisstapVastleggen, w: ThuiszittersWerkcontext): Uitkomst {
  if (!s.crisis) weiger(s.status, c.type, 'alleen bij een crisismelding');
  const stap = vereisEen('stap', c.stap, CRISIS_STAPPEN);
  if (s.crisis.stappen.some((x) => x.stap === stap)) throw new OngeldigeInvoer('stap', 'is al vastgelegd');
  const op = feitNa('op', c.op, w.vandaag, s.aangemaaktOp, 'de melding');
  const na = metVoortgang(s, op, w);
  return verder(na, { crisis: { ...s.crisis, stappen: [...s.crisis.stappen, { stap, op }] } }, [ev('crisisstap-vastgelegd', { op, stap })], w);
}

/** A written aanmelding at a school starts that school's zorgplicht (6 weeks, once +4). */
export function aanmeldingVastleggen(s: Casus, c: AanmeldingVastleggen, w: ThuiszittersWerkcontext): Uitkomst {
  const schoolId = vereisId('schoolId', c.schoolId);
  const aanmeldingOp = feitdatum('aanmeldingOp', vereisDatum('aanmeldingOp', c.aanmeldingOp), w.vandaag);
  if (s.aanmeldingen.some((a) => a.schoolId === schoolId && a.status === 'loopt')) throw new OngeldigeInvoer('schoolId', 'bij deze school loopt al een aanmelding');
  const klok = w.regels.zorgplicht(s.swv, aanmeldingOp, false);
  const aanmelding = { id: w.nieuwId(), schoolId, aanmeldingOp, verlengd: false, klok, status: 'loopt' as const };
  const na = metVoortgang(s, aanmeldingOp, w);
  const events: CasusEvent[] = [ev('aanmelding-vastgelegd', { op: aanmeldingOp, aanmeldingId: aanmelding.id, schoolId, zorgplichtTot: klok.vervaltOp })];
  return verder(na, { aanmeldingen: [...s.aanmeldingen, aanmelding] }, events, w);
}

function lopendeAanmelding(s: Casus, commando: string, id: unknown) {
  const aanmeldingId = vereisId('aanmeldingId', id);
  const a = s.aanmeldingen.find((x) => x.id === aanmeldingId);
  if (!a) throw new OngeldigeInvoer('aanmeldingId', 'onbekende aanmelding in deze casus');
  if (a.status !== 'loopt') weiger(s.status, commando, 'de aanmelding is al afgerond');
  return a;
}

export function zorgplichtVerlengen(s: Casus, c: ZorgplichtVerlengen, w: ThuiszittersWerkcontext): Uitkomst {
  const a = lopendeAanmelding(s, c.type, c.aanmeldingId);
  if (a.verlengd) weiger(s.status, c.type, 'de zorgplichttermijn is al eens verlengd (eenmaal 4 weken)');
  const klok = w.regels.zorgplicht(s.swv, a.aanmeldingOp, true);
  const aanmeldingen = s.aanmeldingen.map((x) => (x.id === a.id ? { ...x, verlengd: true, klok } : x));
  return verder(s, { aanmeldingen }, [ev('zorgplicht-verlengd', { op: w.vandaag, aanmeldingId: a.id, zorgplichtTot: klok.vervaltOp })], w);
}

export function aanmeldingAfronden(s: Casus, c: AanmeldingAfronden, w: ThuiszittersWerkcontext): Uitkomst {
  const a = lopendeAanmelding(s, c.type, c.aanmeldingId);
  const uitkomst = vereisEen('uitkomst', c.uitkomst, ['geplaatst', 'afgewezen'] as const);
  const op = feitNa('op', c.op, w.vandaag, a.aanmeldingOp, 'de aanmelding');
  const aanmeldingen = s.aanmeldingen.map((x) => (x.id === a.id ? { ...x, status: uitkomst, afgerondOp: op } : x));
  const na = metVoortgang(s, op, w);
  return verder(na, { aanmeldingen }, [ev('aanmelding-afgerond', { op, aanmeldingId: a.id, uitkomst })], w);
}
