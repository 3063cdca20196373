import { type IsoDatum } from '@pao/zaak/domein';
import { type Resultaat } from './arrangement';
import { type Cent } from './geld';
import { type Boekingsoort } from './grootboek';
import { bevat, budgetperiodeVan, kwartaalPeriode, type Periode, vorigKwartaal } from './periode';
import { type Betaler, type OjaRegels } from './regels';

/**
 * The quarterly monitoring for the gemeenteraad (001:1779-1781): pupils in, out and
 * current per arrangement type and voorziening; money per payer (committed and
 * realised); results at afsluiting. Fixed on the report date as a snapshot that never
 * changes. This is the reference computation; the service computes the same in SQL and
 * an integration test holds the two equal.
 */

export interface DeelnameRij {
  readonly typeCode: string;
  readonly voorziening: string;
  readonly gemeente: string;
  readonly van: IsoDatum;
  readonly tot?: IsoDatum;
  readonly resultaat?: Resultaat;
  readonly resultaatOp?: IsoDatum;
}

export interface BoekingRij {
  /** The arrangement's gemeente: money is reported to the gemeente whose arrangements it pays. */
  readonly gemeente: string;
  readonly betaler: string;
  readonly soort: Boekingsoort;
  readonly budgetperiode: string;
  readonly bedragCent: Cent;
  readonly geboektOp: IsoDatum;
  readonly periodeVan?: IsoDatum;
}

export interface LeerlingenRegel {
  readonly typeCode: string;
  readonly voorziening: string;
  readonly gemeente: string;
  readonly instroom: number;
  readonly uitstroom: number;
  readonly lopend: number;
}

export interface GeldRegel {
  readonly gemeente: string;
  readonly betaler: string;
  /** The payer's budget period that holds the quarter's last day ('2025' or '2024-2025'). */
  readonly budgetperiode: string;
  /** Committed in that budget period, as booked up to the report date. */
  readonly vastgelegdCent: Cent;
  /** Realised in that budget period up to the report date. */
  readonly gerealiseerdCent: Cent;
  /** Realised for days in the quarter. */
  readonly gerealiseerdKwartaalCent: Cent;
}

export interface ResultaatRegel {
  readonly typeCode: string;
  readonly gemeente: string;
  readonly resultaat: Resultaat;
  readonly aantal: number;
}

export interface KwartaalCijfers {
  readonly jaar: number;
  readonly kwartaal: number;
  readonly periode: Periode;
  readonly leerlingen: readonly LeerlingenRegel[];
  readonly geld: readonly GeldRegel[];
  readonly resultaten: readonly ResultaatRegel[];
}

/** The report date of a quarter under the rules: the rapportageDag of the month after it. */
export function rapportagedatum(jaar: number, kwartaal: number, regels: Pick<OjaRegels, 'termijnen'>): IsoDatum {
  const maand = kwartaal * 3 + 1;
  const j = maand > 12 ? jaar + 1 : jaar;
  const m = maand > 12 ? 1 : maand;
  return `${j}-${String(m).padStart(2, '0')}-${String(regels.termijnen.rapportageDag).padStart(2, '0')}`;
}

/** The quarter a report fixed on `datum` is about: the last one that ended before it. */
export function kwartaalVoorRapportage(datum: IsoDatum): { jaar: number; kwartaal: number } {
  return vorigKwartaal(datum);
}

const sorteer = <T>(xs: T[], sleutel: (x: T) => string): T[] => xs.sort((a, b) => (sleutel(a) < sleutel(b) ? -1 : sleutel(a) > sleutel(b) ? 1 : 0));

export function berekenKwartaal(
  jaar: number,
  kwartaal: number,
  peildatum: IsoDatum,
  deelnames: Iterable<DeelnameRij>,
  boekingen: Iterable<BoekingRij>,
  betalers: readonly Betaler[],
): KwartaalCijfers {
  const periode = kwartaalPeriode(jaar, kwartaal);
  const leerlingen = new Map<string, { typeCode: string; voorziening: string; gemeente: string; instroom: number; uitstroom: number; lopend: number }>();
  const resultaten = new Map<string, { typeCode: string; gemeente: string; resultaat: Resultaat; aantal: number }>();
  for (const d of deelnames) {
    const k = `${d.typeCode}|${d.voorziening}|${d.gemeente}`;
    const r = leerlingen.get(k) ?? { typeCode: d.typeCode, voorziening: d.voorziening, gemeente: d.gemeente, instroom: 0, uitstroom: 0, lopend: 0 };
    const erbij = { instroom: bevat(periode, d.van) ? 1 : 0, uitstroom: d.tot && bevat(periode, d.tot) ? 1 : 0, lopend: d.van <= periode.tot && (!d.tot || d.tot > periode.tot) ? 1 : 0 };
    if (erbij.instroom + erbij.uitstroom + erbij.lopend > 0) {
      r.instroom += erbij.instroom;
      r.uitstroom += erbij.uitstroom;
      r.lopend += erbij.lopend;
      leerlingen.set(k, r);
    }
    if (d.resultaat && d.resultaatOp && bevat(periode, d.resultaatOp)) {
      const rk = `${d.typeCode}|${d.gemeente}|${d.resultaat}`;
      const rr = resultaten.get(rk) ?? { typeCode: d.typeCode, gemeente: d.gemeente, resultaat: d.resultaat, aantal: 0 };
      rr.aantal += 1;
      resultaten.set(rk, rr);
    }
  }
  const soortVan = new Map(betalers.map((b) => [b.code, b.budgetperiode]));
  const geld = new Map<string, { gemeente: string; betaler: string; budgetperiode: string; vastgelegdCent: number; gerealiseerdCent: number; gerealiseerdKwartaalCent: number }>();
  for (const b of boekingen) {
    if (b.geboektOp > peildatum) continue;
    const soort = soortVan.get(b.betaler);
    if (!soort) continue;
    const bp = budgetperiodeVan(soort, periode.tot);
    if (b.budgetperiode !== bp) continue;
    const k = `${b.gemeente}|${b.betaler}`;
    const r = geld.get(k) ?? { gemeente: b.gemeente, betaler: b.betaler, budgetperiode: bp, vastgelegdCent: 0, gerealiseerdCent: 0, gerealiseerdKwartaalCent: 0 };
    if (b.soort === 'realisatie') {
      r.gerealiseerdCent += b.bedragCent;
      if (b.periodeVan && bevat(periode, b.periodeVan)) r.gerealiseerdKwartaalCent += b.bedragCent;
    } else {
      r.vastgelegdCent += b.bedragCent;
    }
    geld.set(k, r);
  }
  return orden({ jaar, kwartaal, periode, leerlingen: [...leerlingen.values()], geld: [...geld.values()], resultaten: [...resultaten.values()] });
}

/** One order for the figures, whoever computed them (the reference here, SQL in the service). */
export function orden(c: KwartaalCijfers): KwartaalCijfers {
  return {
    ...c,
    leerlingen: sorteer([...c.leerlingen], (r) => `${r.gemeente}|${r.voorziening}|${r.typeCode}`),
    geld: sorteer([...c.geld], (r) => `${r.gemeente}|${r.betaler}`),
    resultaten: sorteer([...c.resultaten], (r) => `${r.gemeente}|${r.typeCode}|${r.resultaat}`),
  };
}

/** One gemeente's part of the figures (what its event and its gemeenteraad get). */
export function voorGemeente(c: KwartaalCijfers, gemeente: string): KwartaalCijfers {
  return {
    ...c,
    leerlingen: c.leerlingen.filter((r) => r.gemeente === gemeente),
    geld: c.geld.filter((r) => r.gemeente === gemeente),
    resultaten: c.resultaten.filter((r) => r.gemeente === gemeente),
  };
}
