import { feitdatum, OngeldigeInvoer, vereisEen, vereisTekst, type Beslissing, type IsoDatum, type Werkcontext } from '@pao/zaak/domein';
import { type OverdrachtEvent } from '../events';
import { type Overdracht } from '../typen';

export type Uitkomst = Beslissing<Overdracht, OverdrachtEvent>;

/** The next state: one version up, nothing else changed unless said. */
export function volgende(s: Overdracht, wijziging: Partial<Overdracht>, events: OverdrachtEvent[] = []): Uitkomst {
  return { state: { ...s, ...wijziging, versie: s.versie + 1 }, events };
}

export function datum(veld: string, waarde: unknown, w: Werkcontext): IsoDatum {
  return feitdatum(veld, waarde, w.vandaag);
}

/** Optional free text: trimmed, bounded, absent when empty. */
export function optioneleTekst(veld: string, waarde: unknown, max: number): string | undefined {
  if (waarde === undefined || waarde === null || waarde === '') return undefined;
  return vereisTekst(veld, waarde, max).trim();
}

export function vereisBoolean(veld: string, waarde: unknown): boolean {
  if (typeof waarde !== 'boolean') throw new OngeldigeInvoer(veld, 'moet ja of nee zijn');
  return waarde;
}

export { vereisEen };
