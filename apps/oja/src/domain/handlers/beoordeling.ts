import { OngeldigeInvoer, plusDagen, vereisEen, vereisTekst } from '@pao/zaak/domein';
import { type Arrangement, type JeugdhulpBeoordeling, OORDELEN, type Status } from '../arrangement';
import { type Intrekken, type JeugdhulpBeoordelen, type OnderwijsBeoordelen, type Toekennen } from '../commandos';
import { type OjaWerkcontext } from '../context';
import { vereisCent } from '../geld';
import { GEMEENTELIJKE_SOORTEN } from '../regels';
import { standPerBetaler, vrijvalNa } from '../grootboek';
import { vereisPeriode } from '../periode';
import { gemeenteBetaaltMee } from '../rollen';
import { besluitMetGeld, normEinde } from '../verdeling';
import { datumVanFeit, eigenRegels, optioneleTekst, type Resultaat, vereisArray, vereisBetaler, vereisReferentie, volgende } from './gemeen';

/** Both sides akkoord → beoordeeld; either niet-akkoord → afgewezen; else still in beoordeling. */
function naBeoordeling(b: Arrangement['beoordeling']): Status {
  if (b.onderwijs?.oordeel === 'niet-akkoord' || b.jeugdhulp?.oordeel === 'niet-akkoord') return 'afgewezen';
  if (b.onderwijs?.oordeel === 'akkoord' && b.jeugdhulp?.oordeel === 'akkoord') return 'beoordeeld';
  return 'in-beoordeling';
}

export function onderwijsBeoordelen(s: Arrangement, c: OnderwijsBeoordelen, w: OjaWerkcontext): Resultaat {
  const oordeel = vereisEen('oordeel', c.oordeel, OORDELEN);
  const toelichting = optioneleTekst('toelichting', c.toelichting);
  if (oordeel === 'niet-akkoord' && !toelichting) throw new OngeldigeInvoer('toelichting', 'is verplicht bij niet akkoord');
  const datum = datumVanFeit('datum', c.datum, w);
  const beoordeling = { ...s.beoordeling, onderwijs: { oordeel, datum, door: w.actor.id, ...(toelichting ? { toelichting } : {}) } };
  const status = naBeoordeling(beoordeling);
  return { state: volgende(s, { beoordeling, status }), events: [{ naam: 'Beoordeeld', data: { kant: 'onderwijs', oordeel, datum, uitkomst: status } }] };
}

/**
 * The jeugdhulp side. The gemeente records its own decision: the reference of its
 * jeugdhulp beschikking or toewijzing and what it agrees to pay per gemeentelijke purse.
 * The product sends no iJw messages. For a Wlz arrangement the Steunpunt records the
 * CIZ indicatie instead.
 */
export function jeugdhulpBeoordelen(s: Arrangement, c: JeugdhulpBeoordelen, w: OjaWerkcontext): Resultaat {
  const oordeel = vereisEen('oordeel', c.oordeel, OORDELEN);
  const toelichting = optioneleTekst('toelichting', c.toelichting);
  const datum = datumVanFeit('datum', c.datum, w);
  let beoordeling: JeugdhulpBeoordeling;
  if (oordeel === 'niet-akkoord') {
    if (!toelichting) throw new OngeldigeInvoer('toelichting', 'is verplicht bij niet akkoord');
    const referentie = c.referentie === undefined ? undefined : vereisReferentie('referentie', c.referentie);
    beoordeling = { oordeel, datum, door: w.actor.id, toegezegd: [], toelichting, ...(referentie ? { referentie } : {}) };
  } else {
    const referentie = vereisReferentie('referentie', c.referentie);
    const regels = eigenRegels(s, w);
    let toegezegd: JeugdhulpBeoordeling['toegezegd'] = [];
    if (gemeenteBetaaltMee(s)) {
      if (referentie.soort === 'indicatie') throw new OngeldigeInvoer('referentie.soort', 'de gemeente legt een beschikking of toewijzing vast');
      toegezegd = vereisArray('toegezegd', c.toegezegd, { min: 1, max: 5 }).map((r, i) => {
        const regel = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
        const b = vereisBetaler(`toegezegd.${i}.betaler`, regel.betaler, s, w, regels);
        if (!GEMEENTELIJKE_SOORTEN.includes(b.soort)) throw new OngeldigeInvoer(`toegezegd.${i}.betaler`, 'de gemeente zegt alleen gemeentelijk geld toe');
        return { betaler: b.code, bedragCent: vereisCent(`toegezegd.${i}.bedragCent`, regel.bedragCent) };
      });
      if (new Set(toegezegd.map((t) => t.betaler)).size !== toegezegd.length) throw new OngeldigeInvoer('toegezegd', 'een betaler staat er twee keer in');
    } else if (c.toegezegd !== undefined && (!Array.isArray(c.toegezegd) || c.toegezegd.length > 0)) {
      throw new OngeldigeInvoer('toegezegd', 'de gemeente betaalt niet mee aan dit arrangement');
    }
    beoordeling = { oordeel, datum, door: w.actor.id, referentie, toegezegd, ...(toelichting ? { toelichting } : {}) };
  }
  const alles = { ...s.beoordeling, jeugdhulp: beoordeling };
  const status = naBeoordeling(alles);
  return {
    state: volgende(s, { beoordeling: alles, status }),
    events: [{ naam: 'Beoordeeld', data: { kant: 'jeugdhulp', oordeel, datum, uitkomst: status, ...(beoordeling.referentie ? { referentie: beoordeling.referentie } : {}) } }],
  };
}

/** The teamleider grants: period (einddatum required), cost, split in money per payer; commits the budgets. */
export function toekennen(s: Arrangement, c: Toekennen, w: OjaWerkcontext): Resultaat {
  const periode = vereisPeriode('periode', c.periode);
  const motivering = optioneleTekst('motivering', c.motivering);
  const regels = w.regels.op(s.swv, periode.van);
  const type = regels?.types.find((t) => t.code === s.typeCode);
  if (type && periode.tot > normEinde(type, periode.van) && !motivering) {
    throw new OngeldigeInvoer('periode.tot', `langer dan de normduur van ${type.normduurMaanden} maanden: geef een motivering`);
  }
  const plafonds = gemeenteBetaaltMee(s) ? (s.beoordeling.jeugdhulp?.toegezegd ?? []) : undefined;
  const { toekenning, boekingen } = besluitMetGeld(
    s,
    { soort: 'toekenning', periode, kosten: c.kostenCent, verdeling: c.verdeling, overschrijding: c.overschrijding, motivering, referentie: s.beoordeling.jeugdhulp?.referentie, plafonds },
    w,
  );
  return {
    state: volgende(s, { status: 'toegekend', periode, toekenningen: [...s.toekenningen, toekenning], boekingen: [...s.boekingen, ...boekingen] }),
    events: [{ naam: 'Toegekend', data: { toekenningId: toekenning.id, datum: w.vandaag } }],
  };
}

/** Withdrawn before it started: whatever was committed is released. */
export function intrekken(s: Arrangement, c: Intrekken, w: OjaWerkcontext): Resultaat {
  const reden = vereisTekst('reden', c.reden, 2_000);
  const vrijval = vrijvalNa(s.boekingen, plusDagen(s.periode.van, -1), { geboektOp: w.vandaag, nieuwId: w.nieuwId, toelichting: 'ingetrokken' });
  return {
    state: volgende(s, { status: 'ingetrokken', ingetrokken: { datum: w.vandaag, door: w.actor.id, reden }, boekingen: [...s.boekingen, ...vrijval] }),
    events: [{ naam: 'Ingetrokken', data: { datum: w.vandaag, vrijgevallen: perBetaler(vrijval) } }],
  };
}

export function perBetaler(boekingen: Parameters<typeof standPerBetaler>[0]): { betaler: string; bedragCent: number }[] {
  return [...standPerBetaler(boekingen)].map(([betaler, t]) => ({ betaler, bedragCent: -t.vastgelegdCent })).filter((r) => r.bedragCent !== 0);
}
