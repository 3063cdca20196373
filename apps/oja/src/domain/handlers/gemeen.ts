import { type Beslissing, OngeldigeInvoer, type IsoDatum, feitdatum, vereisTekst } from '@pao/zaak/domein';
import { type Arrangement, type JeugdhulpReferentie, REFERENTIE_SOORTEN } from '../arrangement';
import { type OjaEvent } from '../events';
import { type Betaler, type OjaRegels, isGemeentelijk } from '../regels';
import { type OjaWerkcontext } from '../context';

export type Resultaat = Beslissing<Arrangement, OjaEvent>;

/** The next state: one version up. */
export function volgende(s: Arrangement, wijziging: Partial<Arrangement>): Arrangement {
  return { ...s, ...wijziging, versie: s.versie + 1 };
}

/** The rules the arrangement was decided under (its own version, never a later one). */
export function eigenRegels(s: Pick<Arrangement, 'regelVersie'>, w: OjaWerkcontext): OjaRegels {
  const r = w.regels.versie(s.regelVersie);
  if (!r) throw new Error(`OJA-regelversie ${s.regelVersie} is niet (meer) geconfigureerd`);
  return r;
}

/** The rules in force for an SWV on a date, or a 400 naming the field whose date has none. */
export function regelsOp(swv: string, datum: IsoDatum, veld: string, w: OjaWerkcontext): OjaRegels {
  const r = w.regels.op(swv, datum);
  if (!r) throw new OngeldigeInvoer(veld, 'op deze datum gelden geen OJA-regels voor dit samenwerkingsverband');
  return r;
}

/** A payer by code: in the given version, else in any version of the SWV (codes are stable across versions). */
export function zoekBetaler(swv: string, code: string, w: OjaWerkcontext, voorkeur?: OjaRegels): Betaler | undefined {
  const hier = voorkeur?.betalers.find((b) => b.code === code);
  if (hier) return hier;
  for (const v of [...w.regels.versies].reverse()) {
    if (v.swv !== swv) continue;
    const b = v.betalers.find((x) => x.code === code);
    if (b) return b;
  }
  return undefined;
}

/** The payer exists and may pay for an arrangement in this gemeente; else a 400 on `veld`. */
export function vereisBetaler(veld: string, waarde: unknown, s: Pick<Arrangement, 'swv' | 'gemeente'>, w: OjaWerkcontext, regels?: OjaRegels): Betaler {
  if (typeof waarde !== 'string' || waarde.trim() === '') throw new OngeldigeInvoer(veld, 'is verplicht');
  const b = zoekBetaler(s.swv, waarde, w, regels);
  if (!b) throw new OngeldigeInvoer(veld, 'onbekende betaler');
  if (isGemeentelijk(b) && b.gemeente !== s.gemeente) throw new OngeldigeInvoer(veld, 'betaler van een andere gemeente dan die van het arrangement');
  return b;
}

export function optioneleTekst(veld: string, waarde: unknown, max = 4_000): string | undefined {
  return waarde === undefined || waarde === null || waarde === '' ? undefined : vereisTekst(veld, waarde, max);
}

export function vereisReferentie(veld: string, waarde: unknown): JeugdhulpReferentie {
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) throw new OngeldigeInvoer(veld, 'is verplicht (kenmerk van de beschikking, toewijzing of indicatie)');
  const r = waarde as Record<string, unknown>;
  if (typeof r.soort !== 'string' || !(REFERENTIE_SOORTEN as readonly string[]).includes(r.soort)) {
    throw new OngeldigeInvoer(`${veld}.soort`, `moet een van ${REFERENTIE_SOORTEN.join(', ')} zijn`);
  }
  return { soort: r.soort as JeugdhulpReferentie['soort'], kenmerk: vereisTekst(`${veld}.kenmerk`, r.kenmerk, 100) };
}

export function datumVanFeit(veld: string, waarde: unknown, w: OjaWerkcontext): IsoDatum {
  return feitdatum(veld, waarde, w.vandaag);
}

export function vereisArray(veld: string, waarde: unknown, opties: { min?: number; max?: number } = {}): unknown[] {
  if (!Array.isArray(waarde)) throw new OngeldigeInvoer(veld, 'moet een lijst zijn');
  if (opties.min !== undefined && waarde.length < opties.min) throw new OngeldigeInvoer(veld, opties.min === 1 ? 'mag niet leeg zijn' : `minstens ${opties.min} nodig`);
  if (opties.max !== undefined && waarde.length > opties.max) throw new OngeldigeInvoer(veld, `hoogstens ${opties.max} toegestaan`);
  return waarde;
}
