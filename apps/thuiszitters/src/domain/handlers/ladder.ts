import { OngeldigeInvoer, optioneelId, vereisId, vereisTekst, weiger } from '@pao/zaak/domein';
import { type Casus } from '../casus';
import {
  type BesprekingVastleggen,
  type DoorzettingskrachtInzetten,
  type DoorzettingsmachtInzetten,
  type Escaleren,
  type TerugNaarSteunpunt,
} from '../commandos';
import { ev, type CasusEvent } from '../events';
import { feitNa, LANGE_TEKST, toekomstdatum, vereisBetrokkenheid, vereisPartijen } from '../invoer';
import { type ThuiszittersWerkcontext } from '../werkcontext';
import { escaleer, metVoortgang, naarNiveau, verder, volgendeTrede, zonderLeeg, type Uitkomst } from './gemeen';
import { MAX_ACTIES, nieuweActie } from './plan';

/**
 * The escalation ladder (001:1930-1963): school → Steunpunt → Actietafel Thuiszitters →
 * doorzettingskracht (the parties, with the parents, agree a place and keep to it) →
 * doorzettingsmacht (only when that fails: the teamleider decides which school must offer
 * a place, within set limits, with reasons).
 */

export function escaleren(s: Casus, c: Escaleren, w: ThuiszittersWerkcontext): Uitkomst {
  const toelichting = vereisTekst('toelichting', c.toelichting, LANGE_TEKST);
  const r = escaleer(s, volgendeTrede(s.niveau), 'handmatig', w.vandaag, w, { toelichting });
  return verder(r.state, {}, [r.event], w);
}

export function besprekingVastleggen(s: Casus, c: BesprekingVastleggen, w: ThuiszittersWerkcontext): Uitkomst {
  const vergaderingId = vereisId('vergaderingId', c.vergaderingId);
  const op = feitNa('op', c.op, w.vandaag, s.actietafelSinds ?? s.aangemaaktOp, 'de aanmelding bij de Actietafel');
  const bespreking = { vergaderingId, op, afspraken: vereisTekst('afspraken', c.afspraken, LANGE_TEKST), betrokkenheid: vereisBetrokkenheid('betrokkenheid', c.betrokkenheid) };
  const na = metVoortgang(s, op, w);
  return verder(na, { besprekingen: [...s.besprekingen, bespreking] }, [ev('bespreking-vastgelegd', { op, vergaderingId })], w);
}

export function doorzettingskrachtInzetten(s: Casus, c: DoorzettingskrachtInzetten, w: ThuiszittersWerkcontext): Uitkomst {
  const afspraak = vereisTekst('afspraak', c.afspraak, LANGE_TEKST);
  const partijen = vereisPartijen('partijen', c.partijen, 2);
  const betrokkenheid = vereisBetrokkenheid('betrokkenheid', c.betrokkenheid);
  // Doorzettingskracht is an agreement *with* the parents (001:1938-1941).
  if (betrokkenheid.ouders !== 'betrokken') throw new OngeldigeInvoer('betrokkenheid.ouders', 'doorzettingskracht wordt met de ouders afgesproken');
  const plaatsingUiterlijk = toekomstdatum('plaatsingUiterlijk', c.plaatsingUiterlijk, w.vandaag);
  const schoolId = optioneelId('schoolId', c.schoolId);
  const vergaderingId = optioneelId('vergaderingId', c.vergaderingId);
  const doorzettingskracht = zonderLeeg({
    op: w.vandaag,
    afspraak,
    schoolId,
    partijen,
    plaatsingUiterlijk,
    klok: w.regels.afspraak(s.swv, plaatsingUiterlijk, w.vandaag),
    betrokkenheid,
    vergaderingId,
  });
  const na = naarNiveau(s, 'doorzettingskracht', w.vandaag, w);
  const event: CasusEvent = ev('doorzettingskracht-ingezet', { op: w.vandaag, plaatsingUiterlijk, schoolId });
  const escalaties = [...s.escalaties, { op: w.vandaag, van: s.niveau, naar: 'doorzettingskracht' as const, reden: 'besluit' as const }];
  // Agreed at a meeting: the meeting's record of the case.
  const besprekingen = vergaderingId ? [...s.besprekingen, { vergaderingId, op: w.vandaag, afspraken: afspraak, betrokkenheid }] : s.besprekingen;
  return verder(na, { doorzettingskracht, escalaties, besprekingen }, [event], w);
}

export function doorzettingsmachtInzetten(s: Casus, c: DoorzettingsmachtInzetten, w: ThuiszittersWerkcontext): Uitkomst {
  const aangewezenSchoolId = vereisId('aangewezenSchoolId', c.aangewezenSchoolId);
  const motivering = vereisTekst('motivering', c.motivering, LANGE_TEKST);
  const kaders = vereisTekst('kaders', c.kaders, LANGE_TEKST);
  const uiterlijkAanbodOp =
    c.uiterlijkAanbodOp === undefined ? w.regels.doorzettingsmachtAanbod(s.swv, w.vandaag) : toekomstdatum('uiterlijkAanbodOp', c.uiterlijkAanbodOp, w.vandaag);
  const besluitId = w.nieuwId();
  const doorzettingsmacht = {
    besluitId,
    op: w.vandaag,
    genomenDoor: w.actor.id,
    aangewezenSchoolId,
    motivering,
    kaders,
    uiterlijkAanbodOp,
    klok: w.regels.afspraak(s.swv, uiterlijkAanbodOp, w.vandaag),
  };
  const na = naarNiveau(s, 'doorzettingsmacht', w.vandaag, w);
  const escalaties = [...s.escalaties, { op: w.vandaag, van: s.niveau, naar: 'doorzettingsmacht' as const, reden: 'besluit' as const }];
  return verder(na, { doorzettingsmacht, escalaties }, [ev('doorzettingsmacht-ingezet', { op: w.vandaag, besluitId, aangewezenSchoolId, uiterlijkAanbodOp })], w);
}

/** The table hands the case back to the Steunpunt, always with new actions. */
export function terugNaarSteunpunt(s: Casus, c: TerugNaarSteunpunt, w: ThuiszittersWerkcontext): Uitkomst {
  const afspraken = vereisTekst('afspraken', c.afspraken, LANGE_TEKST);
  const betrokkenheid = vereisBetrokkenheid('betrokkenheid', c.betrokkenheid);
  const vergaderingId = optioneelId('vergaderingId', c.vergaderingId);
  if (!Array.isArray(c.acties) || c.acties.length === 0) throw new OngeldigeInvoer('acties', 'noem ten minste één nieuwe actie voor het Steunpunt');
  if (s.acties.length + c.acties.length > MAX_ACTIES) weiger(s.status, c.type, `een plan heeft hoogstens ${MAX_ACTIES} acties`);
  const acties = c.acties.map((a, i) => nieuweActie(`acties[${i}].`, a, w, s.swv, vergaderingId));
  const na = naarNiveau(s, 'steunpunt', w.vandaag, w);
  const bespreking = vergaderingId ? [{ vergaderingId, op: w.vandaag, afspraken, betrokkenheid }] : [];
  const events: CasusEvent[] = [
    ev('terug-naar-steunpunt', { op: w.vandaag, van: s.niveau, vergaderingId }),
    ...acties.map((a): CasusEvent => (ev('actie-toegevoegd', { op: w.vandaag, actieId: a.id, eigenaar: a.eigenaar, uiterlijkOp: a.uiterlijkOp }))),
  ];
  const escalaties = [...s.escalaties, { op: w.vandaag, van: s.niveau, naar: 'steunpunt' as const, reden: 'terug' as const, toelichting: afspraken }];
  return verder(metVoortgang(na, w.vandaag, w), { acties: [...s.acties, ...acties], besprekingen: [...s.besprekingen, ...bespreking], escalaties }, events, w);
}
