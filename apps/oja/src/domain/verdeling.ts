import { OngeldigeInvoer, plusDagen, vereisTekst, type IsoDatum } from '@pao/zaak/domein';
import { type Arrangement, type JeugdhulpReferentie, type Toekenning, type VerdelingRegel } from './arrangement';
import { BudgetOverschreden, overschrijdingen } from './budget';
import { type OjaWerkcontext } from './context';
import { euro, som, vereisCent, verdeelNaarRato, type Cent } from './geld';
import { type Boeking, spreidOverBudgetperioden } from './grootboek';
import { vereisArray, vereisBetaler, zoekBetaler } from './handlers/gemeen';
import { plusMaanden, type Periode } from './periode';
import { type ArrangementType, betalerVoor, GEMEENTELIJKE_SOORTEN, type OjaRegels } from './regels';

/**
 * The split of an arrangement's cost in money per payer, and the decision that commits
 * it. The default is the type's split (basis points) in force on the start date, in
 * whole cents by largest remainder; given amounts must add up to the cost exactly.
 */

/** The default split of `kosten` for a type in a gemeente under a rule version. */
export function standaardVerdeling(type: ArrangementType, regels: OjaRegels, gemeente: string, kosten: Cent): VerdelingRegel[] {
  const betalers = type.verdeling.map((a) => {
    const b = betalerVoor(regels, a.soort, gemeente);
    if (!b) throw new OngeldigeInvoer('verdeling', `geen betaler voor ${a.soort} in deze gemeente geconfigureerd; geef de verdeling zelf op`);
    return b;
  });
  const bedragen = verdeelNaarRato(kosten, type.verdeling.map((a) => a.basispunten));
  return betalers.map((b, i) => ({ betaler: b.code, soort: b.soort, bedragCent: bedragen[i] }));
}

/** Reads a given split: known payers of this gemeente, whole non-negative cents, no payer twice, sum = kosten. */
export function gegevenVerdeling(waarde: unknown, s: Pick<Arrangement, 'swv' | 'gemeente'>, kosten: Cent, regels: OjaRegels, w: OjaWerkcontext): VerdelingRegel[] {
  const regelsIn = vereisArray('verdeling', waarde, { min: 1, max: 10 });
  const uit: VerdelingRegel[] = [];
  regelsIn.forEach((r, i) => {
    if (typeof r !== 'object' || r === null) throw new OngeldigeInvoer(`verdeling.${i}`, 'ontbreekt');
    const { betaler, bedragCent } = r as Record<string, unknown>;
    const b = vereisBetaler(`verdeling.${i}.betaler`, betaler, s, w, regels);
    if (uit.some((x) => x.betaler === b.code)) throw new OngeldigeInvoer(`verdeling.${i}.betaler`, 'staat al in de verdeling');
    uit.push({ betaler: b.code, soort: b.soort, bedragCent: vereisCent(`verdeling.${i}.bedragCent`, bedragCent) });
  });
  const totaal = som(uit.map((r) => r.bedragCent));
  if (totaal !== kosten) throw new OngeldigeInvoer('verdeling', `de bedragen tellen op tot ${euro(totaal)}, niet tot de kosten (${euro(kosten)})`);
  return uit;
}

export interface BesluitInvoer {
  readonly soort: Toekenning['soort'];
  readonly periode: Periode;
  readonly kosten: unknown;
  readonly verdeling: unknown;
  readonly overschrijding: unknown;
  readonly motivering?: string;
  readonly referentie?: JeugdhulpReferentie;
  /** Per gemeentelijke payer, the most the gemeente agreed to (toekenning after a gemeente akkoord). */
  readonly plafonds?: readonly { betaler: string; bedragCent: Cent }[];
}

/**
 * The toekenning (or verlenging) and its commitment entries. Refuses with a 400 naming
 * each payer whose budget it would exceed, unless the teamleider gave an explicit
 * override with reasons; the override is recorded on the toekenning.
 */
export function besluitMetGeld(
  s: Pick<Arrangement, 'swv' | 'gemeente' | 'typeCode'>,
  invoer: BesluitInvoer,
  w: OjaWerkcontext,
): { toekenning: Toekenning; boekingen: Boeking[] } {
  const regels = w.regels.op(s.swv, invoer.periode.van);
  if (!regels) throw new OngeldigeInvoer('periode.van', 'op deze datum gelden geen OJA-regels voor dit samenwerkingsverband');
  const type = regels.types.find((t) => t.code === s.typeCode);
  if (!type) throw new OngeldigeInvoer('periode.van', `het arrangementtype ${s.typeCode} bestaat niet in de regels van die datum`);
  const kosten = vereisCent('kostenCent', invoer.kosten, { magNul: false });
  const verdeling = invoer.verdeling === undefined || invoer.verdeling === null ? standaardVerdeling(type, regels, s.gemeente, kosten) : gegevenVerdeling(invoer.verdeling, s, kosten, regels, w);

  for (const p of invoer.plafonds ?? []) {
    const regel = verdeling.find((r) => r.betaler === p.betaler);
    if (regel && regel.bedragCent > p.bedragCent) {
      throw new OngeldigeInvoer(`verdeling.${p.betaler}`, `meer dan de gemeente in haar besluit heeft toegezegd (${euro(p.bedragCent)})`);
    }
  }
  const gemeentelijk = verdeling.filter((r) => r.bedragCent > 0 && GEMEENTELIJKE_SOORTEN.includes(r.soort));
  if (invoer.plafonds) {
    const zonder = gemeentelijk.find((r) => !invoer.plafonds!.some((p) => p.betaler === r.betaler));
    if (zonder) throw new OngeldigeInvoer(`verdeling.${zonder.betaler}`, 'de gemeente heeft voor deze betaler niets toegezegd');
  }

  const toekenningId = w.nieuwId();
  const boekingen = spreidOverBudgetperioden(
    'verplichting',
    verdeling,
    invoer.periode,
    (code) => {
      const b = zoekBetaler(s.swv, code, w, regels);
      if (!b) throw new Error(`betaler ${code} verdween uit de regels`);
      return b.budgetperiode;
    },
    { geboektOp: w.vandaag, toekenningId, nieuwId: w.nieuwId },
  );

  let overschrijding: Toekenning['overschrijding'];
  if (!w.budgetstand) throw new Error('budgetstand ontbreekt in de werkcontext van een beslissing met geld');
  const teveel = overschrijdingen(w.budgetstand, boekingen);
  if (teveel.length > 0) {
    if (invoer.overschrijding === undefined || invoer.overschrijding === null) throw new BudgetOverschreden(teveel);
    if (w.actor.rol !== 'teamleider') throw new OngeldigeInvoer('overschrijding', 'alleen de teamleider kan boven het budget beslissen');
    const reden = vereisTekst('overschrijding.reden', (invoer.overschrijding as Record<string, unknown>).reden, 2_000);
    if (reden.trim().length < 10) throw new OngeldigeInvoer('overschrijding.reden', 'geef een inhoudelijke motivering (minstens 10 tekens)');
    overschrijding = { reden, betalers: [...new Set(teveel.map((o) => o.betaler))] };
  }

  return {
    toekenning: {
      id: toekenningId,
      soort: invoer.soort,
      datum: w.vandaag,
      door: w.actor.id,
      periode: invoer.periode,
      kostenCent: kosten,
      verdeling,
      regelVersie: regels.versie,
      ...(invoer.referentie ? { referentie: invoer.referentie } : {}),
      ...(invoer.motivering ? { motivering: invoer.motivering } : {}),
      ...(overschrijding ? { overschrijding } : {}),
    },
    boekingen,
  };
}

/** The einddatum a type allows without a motivering: the norm duration from the start. */
export function normEinde(type: ArrangementType, van: IsoDatum): IsoDatum {
  return plusDagen(plusMaanden(van, type.normduurMaanden), -1);
}
