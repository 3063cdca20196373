import { eisRol, OngeldigeInvoer, vereisId, vereisTekst, type ZaakActor } from '@pao/zaak/domein';
import { type Arrangement } from '../arrangement';
import { type Aanvragen, type Inrichten } from '../commandos';
import { type OjaWerkcontext } from '../context';
import { vereisCent } from '../geld';
import { vereisPeriode } from '../periode';
import { type ArrangementType, type OjaRegels } from '../regels';
import { besluitMetGeld, normEinde } from '../verdeling';
import { optioneleTekst, regelsOp, type Resultaat, vereisArray, vereisReferentie } from './gemeen';
import { ROLLEN_AANMAKEN } from '../rollen';

function vereisType(regels: OjaRegels, code: unknown, vorm: ArrangementType['vorm']): ArrangementType {
  if (typeof code !== 'string' || code === '') throw new OngeldigeInvoer('typeCode', 'is verplicht');
  const type = regels.types.find((t) => t.code === code);
  if (!type) throw new OngeldigeInvoer('typeCode', `onbekend arrangementtype (bekend: ${regels.types.map((t) => t.code).join(', ')})`);
  if (type.vorm !== vorm) throw new OngeldigeInvoer('typeCode', vorm === 'individueel' ? 'dit is een collectief arrangementtype' : 'dit is een individueel arrangementtype');
  return type;
}

function vereisGemeente(regels: OjaRegels, waarde: unknown): string {
  if (typeof waarde !== 'string' || !regels.gemeenten.some((g) => g.code === waarde)) {
    throw new OngeldigeInvoer('gemeente', `onbekende gemeente (bekend: ${regels.gemeenten.map((g) => g.code).join(', ')})`);
  }
  return waarde;
}

function eisEigenSwv(actor: ZaakActor, swv: string, commando: string): void {
  if (actor.rol !== 'school' && actor.organisatie !== swv) throw new OngeldigeInvoer('swv', `${commando}: het arrangement hoort bij een ander samenwerkingsverband`);
}

/** An individual arrangement is requested: both sides assess it next. */
export function aanvragen(c: Aanvragen, w: OjaWerkcontext): Resultaat {
  eisRol(ROLLEN_AANMAKEN.aanvragen, w.actor, 'aanvragen');
  const swv = vereisTekst('swv', c.swv, 20);
  eisEigenSwv(w.actor, swv, 'aanvragen');
  const gevraagdePeriode = vereisPeriode('gevraagdePeriode', c.gevraagdePeriode);
  const regels = regelsOp(swv, w.vandaag, 'swv', w);
  const type = vereisType(regels, c.typeCode, 'individueel');
  const gemeente = vereisGemeente(regels, c.gemeente);
  const doelen = vereisArray('doelen', c.doelen, { min: 1, max: 20 }).map((d, i) => vereisTekst(`doelen.${i}`, d, 1_000));
  const begroot = c.begrootKostenCent === undefined ? undefined : vereisCent('begrootKostenCent', c.begrootKostenCent);
  const s: Arrangement = {
    id: w.nieuwId(),
    swv,
    vorm: 'individueel',
    typeCode: type.code,
    leiding: type.leiding,
    voorziening: type.voorziening,
    gemeente,
    regelVersie: regels.versie,
    status: 'in-beoordeling',
    periode: gevraagdePeriode,
    leerlingRef: vereisId('leerlingRef', c.leerlingRef),
    aanvraag: {
      aangevraagdOp: w.vandaag,
      aanvrager: { soort: w.actor.rol === 'school' ? 'school' : 'steunpunt', organisatie: w.actor.organisatie, door: w.actor.id },
      doelen,
      plan: vereisTekst('plan', c.plan, 20_000),
      jeugdhulpaanbieder: vereisTekst('jeugdhulpaanbieder', c.jeugdhulpaanbieder, 200),
      gevraagdePeriode,
      ...(begroot !== undefined ? { begrootKostenCent: begroot } : {}),
    },
    betalerSoorten: type.verdeling.map((a) => a.soort),
    beoordeling: {},
    toekenningen: [],
    evaluaties: [],
    deelnames: [],
    boekingen: [],
    versie: 1,
  };
  return { state: s, events: [{ naam: 'Aangevraagd', data: { datum: w.vandaag } }] };
}

/** A collective arrangement is set up at a voorziening: places, period and money decided at once. */
export function inrichten(c: Inrichten, w: OjaWerkcontext): Resultaat {
  eisRol(ROLLEN_AANMAKEN.inrichten, w.actor, 'inrichten');
  const swv = vereisTekst('swv', c.swv, 20);
  eisEigenSwv(w.actor, swv, 'inrichten');
  const periode = vereisPeriode('periode', c.periode);
  const regels = regelsOp(swv, periode.van, 'periode.van', w);
  const type = vereisType(regels, c.typeCode, 'collectief');
  const gemeente = vereisGemeente(regels, c.gemeente);
  let plaatsen = type.plaatsen!;
  if (c.plaatsen !== undefined) {
    if (typeof c.plaatsen !== 'number' || !Number.isInteger(c.plaatsen) || c.plaatsen < 1 || c.plaatsen > 1_000) throw new OngeldigeInvoer('plaatsen', 'moet een geheel aantal van 1 tot 1000 zijn');
    plaatsen = c.plaatsen;
  }
  const referentie = vereisReferentie('referentie', c.referentie);
  const motivering = optioneleTekst('motivering', c.motivering);
  if (periode.tot > normEinde(type, periode.van) && !motivering) throw new OngeldigeInvoer('periode.tot', `langer dan de normduur van ${type.normduurMaanden} maanden: geef een motivering`);
  const basis = { swv, gemeente, typeCode: type.code };
  const { toekenning, boekingen } = besluitMetGeld(basis, { soort: 'toekenning', periode, kosten: c.kostenCent, verdeling: c.verdeling, overschrijding: c.overschrijding, referentie, motivering }, w);
  const s: Arrangement = {
    id: w.nieuwId(),
    swv,
    vorm: 'collectief',
    typeCode: type.code,
    leiding: type.leiding,
    voorziening: type.voorziening,
    gemeente,
    regelVersie: regels.versie,
    status: 'toegekend',
    periode,
    betalerSoorten: type.verdeling.map((a) => a.soort),
    beoordeling: {},
    toekenningen: [toekenning],
    evaluaties: [],
    plaatsen,
    deelnames: [],
    boekingen,
    versie: 1,
  };
  return { state: s, events: [{ naam: 'Toegekend', data: { toekenningId: toekenning.id, datum: w.vandaag } }] };
}
