import { OngeldigeInvoer, plusDagen, vereisDatum, vereisEen, vereisTekst, type IsoDatum } from '@pao/zaak/domein';
import { type Arrangement, type Deelname, EINDE_REDENEN, EVALUATIE_UITKOMSTEN, RESULTATEN, VERVOLGEN } from '../arrangement';
import { type Afsluiten, type Beeindigen, type EinddatumBereikt, type Evalueren, type Starten, type Verlengen } from '../commandos';
import { type OjaWerkcontext } from '../context';
import { vrijvalNa } from '../grootboek';
import { plusMaanden } from '../periode';
import { GEMEENTELIJKE_SOORTEN } from '../regels';
import { gemeenteBetaaltMee } from '../rollen';
import { besluitMetGeld } from '../verdeling';
import { datumVanFeit, eigenRegels, optioneleTekst, type Resultaat, vereisReferentie, volgende } from './gemeen';
import { perBetaler } from './beoordeling';

/**
 * The next evaluation after `basis`: the type's interval (at most 12 months: every
 * arrangement is evaluated at least yearly), unless the arrangement ends first — the
 * afsluiting with its result is then the evaluation.
 */
export function volgendeEvaluatie(s: Arrangement, basis: IsoDatum, w: OjaWerkcontext): IsoDatum | undefined {
  const type = eigenRegels(s, w).types.find((t) => t.code === s.typeCode);
  const interval = Math.min(type?.evaluatieIntervalMaanden ?? 12, 12);
  const datum = plusMaanden(basis, interval);
  return datum < s.periode.tot ? datum : undefined;
}

export function starten(s: Arrangement, c: Starten, w: OjaWerkcontext): Resultaat {
  const datum = c.datum === undefined ? w.vandaag : vereisDatum('datum', c.datum);
  if (datum < s.periode.van) throw new OngeldigeInvoer('datum', 'ligt vóór de ingangsdatum van de toekenning');
  if (datum > s.periode.tot) throw new OngeldigeInvoer('datum', 'ligt na de einddatum');
  const deelnames: Deelname[] =
    s.vorm === 'individueel' && s.leerlingRef ? [...s.deelnames, { id: w.nieuwId(), leerlingRef: s.leerlingRef, gemeente: s.gemeente, van: datum }] : [...s.deelnames];
  const gestart = volgende(s, { status: 'lopend', startdatum: datum, deelnames });
  return { state: { ...gestart, volgendeEvaluatie: volgendeEvaluatie(gestart, datum, w) }, events: [{ naam: 'Gestart', data: { datum } }] };
}

export function evalueren(s: Arrangement, c: Evalueren, w: OjaWerkcontext): Resultaat {
  const uitkomst = vereisEen('uitkomst', c.uitkomst, EVALUATIE_UITKOMSTEN);
  const verslag = vereisTekst('verslag', c.verslag, 20_000);
  const datum = datumVanFeit('datum', c.datum, w);
  if (s.startdatum && datum < s.startdatum) throw new OngeldigeInvoer('datum', 'ligt vóór de start van het arrangement');
  const evaluatie = { id: w.nieuwId(), datum, door: w.actor.id, uitkomst, verslag };
  const volgend = volgendeEvaluatie(s, datum, w);
  return {
    state: volgende(s, { evaluaties: [...s.evaluaties, evaluatie], volgendeEvaluatie: volgend }),
    events: [{ naam: 'Geevalueerd', data: { evaluatieId: evaluatie.id, datum, uitkomst, ...(volgend ? { volgendeEvaluatie: volgend } : {}) } }],
  };
}

/** A new einddatum with new money for the extra period; the gemeente's reference when it pays a share. */
export function verlengen(s: Arrangement, c: Verlengen, w: OjaWerkcontext): Resultaat {
  const tot = vereisDatum('tot', c.tot);
  if (tot <= s.periode.tot) throw new OngeldigeInvoer('tot', 'ligt niet na de huidige einddatum');
  const motivering = vereisTekst('motivering', c.motivering, 4_000);
  const referentie = c.referentie === undefined ? undefined : vereisReferentie('referentie', c.referentie);
  const periode = { van: plusDagen(s.periode.tot, 1), tot };
  const { toekenning, boekingen } = besluitMetGeld(s, { soort: 'verlenging', periode, kosten: c.kostenCent, verdeling: c.verdeling, overschrijding: c.overschrijding, motivering, referentie }, w);
  if (gemeenteBetaaltMee(s) && !referentie && toekenning.verdeling.some((r) => r.bedragCent > 0 && GEMEENTELIJKE_SOORTEN.includes(r.soort))) {
    throw new OngeldigeInvoer('referentie', 'het kenmerk van het besluit van de gemeente over de verlenging is verplicht');
  }
  const verlengd = volgende(s, { periode: { van: s.periode.van, tot }, toekenningen: [...s.toekenningen, toekenning], boekingen: [...s.boekingen, ...boekingen] });
  const basis = s.evaluaties.at(-1)?.datum ?? s.startdatum ?? s.periode.van;
  return {
    state: { ...verlengd, volgendeEvaluatie: s.volgendeEvaluatie ?? volgendeEvaluatie(verlengd, basis, w) },
    events: [{ naam: 'Verlengd', data: { toekenningId: toekenning.id, datum: w.vandaag, vorigeEinddatum: s.periode.tot } }],
  };
}

function sluitDeelnames(deelnames: readonly Deelname[], tot: IsoDatum): Deelname[] {
  return deelnames.map((d) => (d.tot === undefined ? { ...d, tot: d.van > tot ? d.van : tot } : d));
}

/** Ended early (or on the einddatum) with a reason; the commitment after the last day is released. */
export function beeindigen(s: Arrangement, c: Beeindigen, w: OjaWerkcontext): Resultaat {
  const datum = vereisDatum('datum', c.datum);
  const reden = vereisEen('reden', c.reden, EINDE_REDENEN.filter((r) => r !== 'einde-looptijd'));
  if (s.startdatum && datum < s.startdatum) throw new OngeldigeInvoer('datum', 'ligt vóór de start van het arrangement');
  if (datum > s.periode.tot) throw new OngeldigeInvoer('datum', 'ligt na de einddatum (verleng het arrangement)');
  const toelichting = optioneleTekst('toelichting', c.toelichting);
  const vrijval = vrijvalNa(s.boekingen, datum, { geboektOp: w.vandaag, nieuwId: w.nieuwId, toelichting: 'eerder beëindigd' });
  return {
    state: volgende(s, {
      status: 'beeindigd',
      periode: { van: s.periode.van, tot: datum },
      einde: { datum, reden, door: w.actor.id, ...(toelichting ? { toelichting } : {}) },
      volgendeEvaluatie: undefined,
      deelnames: sluitDeelnames(s.deelnames, datum),
      boekingen: [...s.boekingen, ...vrijval],
    }),
    events: [{ naam: 'Beeindigd', data: { datum, reden, vrijgevallen: perBetaler(vrijval) } }],
  };
}

/** The deadline engine, the day after the einddatum. An arrangement that never started releases its money. */
export function einddatumBereikt(s: Arrangement, _c: EinddatumBereikt, w: OjaWerkcontext): Resultaat {
  const datum = s.periode.tot;
  const vrijval = s.status === 'toegekend' ? vrijvalNa(s.boekingen, plusDagen(s.periode.van, -1), { geboektOp: w.vandaag, nieuwId: w.nieuwId, toelichting: 'niet gestart' }) : [];
  return {
    state: volgende(s, {
      status: 'beeindigd',
      einde: { datum, reden: 'einde-looptijd', door: w.actor.id },
      volgendeEvaluatie: undefined,
      deelnames: sluitDeelnames(s.deelnames, datum),
      boekingen: [...s.boekingen, ...vrijval],
    }),
    events: [{ naam: 'Beeindigd', data: { datum, reden: 'einde-looptijd', vrijgevallen: perBetaler(vrijval) } }],
  };
}

export function afsluiten(s: Arrangement, c: Afsluiten, w: OjaWerkcontext): Resultaat {
  const resultaat = vereisEen('resultaat', c.resultaat, RESULTATEN);
  const vervolg = vereisEen('vervolg', c.vervolg, VERVOLGEN);
  const toelichting = optioneleTekst('toelichting', c.toelichting);
  const deelnames = s.vorm === 'individueel' ? s.deelnames.map((d) => ({ ...d, resultaat, resultaatOp: w.vandaag })) : [...s.deelnames];
  return {
    state: volgende(s, { status: 'afgesloten', afsluiting: { datum: w.vandaag, door: w.actor.id, resultaat, vervolg, ...(toelichting ? { toelichting } : {}) }, deelnames }),
    events: [{ naam: 'Afgesloten', data: { datum: w.vandaag, resultaat, vervolg } }],
  };
}
