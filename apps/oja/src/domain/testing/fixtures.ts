import { type ZaakActor } from '@pao/zaak/domein';
import { type Arrangement } from '../arrangement';
import { ojaBeslisser } from '../beslisser';
import { type Budgetregel } from '../budget';
import { type Aanvragen, type Inrichten, type OjaCommando } from '../commandos';
import { type OjaWerkcontext } from '../context';
import { aanvragen, inrichten } from '../handlers/aanmaken';
import { stand } from '../grootboek';
import { type OjaRegelset } from '../regels';
import { STANDAARD_OJA_REGELS } from '../standaard-regels';

/** Test helpers for the OJA domain: actors, a work context with counting ids, runs of commands. */
export const actor = (rol: string, organisatie = 'VO', id = `${rol}-1`): ZaakActor => ({ id, rol, organisatie });
export const STEUNPUNT = actor('consulent');
export const ORTHOPEDAGOOG = actor('orthopedagoog');
export const TEAMLEIDER = actor('teamleider');
export const GEMEENTE_ALMERE = actor('gemeente', 'GM0034', 'gemeente-almere-systeem');
export const SYSTEEM = actor('systeem', 'systeem', 'systeem');

/** Enough budget for every payer of both SWVs in 2024-2028. */
export function ruimBudget(regelset: OjaRegelset = STANDAARD_OJA_REGELS, bedrag = 1_000_000_000): Budgetregel[] {
  const uit: Budgetregel[] = [];
  const gezien = new Set<string>();
  for (const v of regelset.versies) {
    for (const b of v.betalers) {
      for (let j = 2023; j <= 2029; j++) {
        const sleutel = b.budgetperiode === 'kalenderjaar' ? String(j) : `${j}-${j + 1}`;
        if (gezien.has(`${b.code}|${sleutel}`)) continue;
        gezien.add(`${b.code}|${sleutel}`);
        uit.push({ betaler: b.code, budgetperiode: sleutel, budgetCent: bedrag, vastgelegdCent: 0 });
      }
    }
  }
  return uit;
}

/** Deterministic UUIDs: 00000000-0000-4000-8000-000000000001, …002, … */
export function teller(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

export function werkcontext(a: ZaakActor, vandaag: string, extra: Partial<OjaWerkcontext> = {}): OjaWerkcontext {
  return { actor: a, vandaag, nieuwId: extra.nieuwId ?? teller(), regels: extra.regels ?? STANDAARD_OJA_REGELS, budgetstand: extra.budgetstand ?? ruimBudget(), ...extra };
}

export const AANVRAAG: Aanvragen = {
  type: 'aanvragen',
  swv: 'VO',
  typeCode: 'school2care',
  leerlingRef: 'a7f3c2d1-4e5b-4a69-8b7c-9d0e1f2a3b4c',
  gemeente: 'GM0034',
  doelen: ['Weer naar school, elke dag', 'Gezin krijgt grip op de thuissituatie'],
  plan: 'Onderwijs op School2Care (VSO) van 8 tot 8, met gezinsbehandeling door de jeugdhulpaanbieder in het team.',
  jeugdhulpaanbieder: 'Jeugdhulp Flevoland',
  gevraagdePeriode: { van: '2025-03-01', tot: '2026-02-28' },
  begrootKostenCent: 4_800_000,
};

export const INRICHTING: Inrichten = {
  type: 'inrichten',
  swv: 'VO',
  typeCode: 'opdc-groep',
  gemeente: 'GM0034',
  periode: { van: '2025-08-01', tot: '2026-07-31' },
  kostenCent: 36_000_000,
  referentie: { soort: 'beschikking', kenmerk: 'JZ-2025-0042' },
};

/** Runs commands in order, each with its own actor and day; returns every intermediate state. */
export function doorloop(start: Arrangement, stappen: readonly [OjaCommando, ZaakActor, string][], extra: Partial<OjaWerkcontext> = {}): Arrangement {
  let s = start;
  const ids = extra.nieuwId ?? teller();
  for (const [c, a, dag] of stappen) s = ojaBeslisser.beslis(s, c, werkcontext(a, dag, { ...extra, nieuwId: ids })).state;
  return s;
}

export function aangevraagd(dag = '2025-02-03', c: Aanvragen = AANVRAAG): Arrangement {
  return aanvragen(c, werkcontext(STEUNPUNT, dag)).state;
}

export function ingericht(dag = '2025-07-01', c: Inrichten = INRICHTING): Arrangement {
  return inrichten(c, werkcontext(TEAMLEIDER, dag)).state;
}

/** The school2care arrangement through both assessments and the toekenning. */
export function toegekend(kostenCent = 4_800_000): Arrangement {
  return doorloop(aangevraagd(), [
    [{ type: 'onderwijsBeoordelen', oordeel: 'akkoord' }, ORTHOPEDAGOOG, '2025-02-05'],
    [{ type: 'jeugdhulpBeoordelen', oordeel: 'akkoord', referentie: { soort: 'beschikking', kenmerk: 'JZ-2025-0117' }, toegezegd: [{ betaler: 'almere-jeugdwet', bedragCent: 2_400_000 }] }, GEMEENTE_ALMERE, '2025-02-10'],
    [{ type: 'toekennen', periode: { van: '2025-03-01', tot: '2026-02-28' }, kostenCent }, TEAMLEIDER, '2025-02-20'],
  ]);
}

export function vastgelegdPerSleutel(s: Arrangement): Map<string, number> {
  return new Map(stand(s.boekingen).map((r) => [`${r.betaler}|${r.budgetperiode}`, r.vastgelegdCent]));
}
