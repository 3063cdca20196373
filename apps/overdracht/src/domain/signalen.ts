import { plusDagen, type IsoDatum } from '@pao/zaak/domein';
import { warmeOverdrachtStatus } from './overgangen';
import { aantalAfwijzingen } from './handlers/overstap';
import { termijnen, type Termijnsoort } from './termijnen';
import { isEindstatus, type Overdracht } from './typen';

/** What the board and the pupil page show about a case today: nothing here is stored. */
export type Signaal =
  | { readonly soort: 'waarschuwing'; readonly termijn: Termijnsoort; readonly vervaltOp: IsoDatum }
  | { readonly soort: 'verstreken'; readonly termijn: Termijnsoort; readonly op: IsoDatum }
  | { readonly soort: 'twee-keer-afgewezen' }
  | { readonly soort: 'derde-afwijzing-bij-steunpunt' }
  | { readonly soort: 'regie-steunpunt' }
  | { readonly soort: 'toelatingsrecht-gemist' }
  | { readonly soort: 'voorziening-niet-geregeld'; readonly voorziening: string }
  | { readonly soort: 'warme-overdracht-nodig' };

export interface VolgendeDatum {
  readonly termijn: Termijnsoort;
  readonly datum: IsoDatum;
  /** From this day on the owner is warned. */
  readonly waarschuwingVanaf: IsoDatum;
}

/** The nearest running deadline of the transfer calendar (undefined when the case has ended). */
export function volgendeDatum(s: Overdracht): VolgendeDatum | undefined {
  const eerste = [...termijnen(s)].sort((a, b) => (a.vervaltOp < b.vervaltOp ? -1 : a.vervaltOp > b.vervaltOp ? 1 : 0))[0];
  if (!eerste) return undefined;
  return { termijn: eerste.soort as Termijnsoort, datum: eerste.vervaltOp, waarschuwingVanaf: plusDagen(eerste.vervaltOp, -s.kalender.waarschuwingDagen) };
}

export function signalen(s: Overdracht, vandaag: IsoDatum): Signaal[] {
  const uit: Signaal[] = [];
  if (!isEindstatus(s.status)) {
    for (const t of termijnen(s)) {
      if (plusDagen(t.vervaltOp, -s.kalender.waarschuwingDagen) <= vandaag && t.vervaltOp >= vandaag) uit.push({ soort: 'waarschuwing', termijn: t.soort as Termijnsoort, vervaltOp: t.vervaltOp });
    }
  }
  for (const e of s.escalaties) uit.push({ soort: 'verstreken', termijn: e.soort as Termijnsoort, op: e.op });
  if (aantalAfwijzingen(s) >= 2) uit.push({ soort: 'twee-keer-afgewezen' });
  if (s.status === 'steunpunt') uit.push({ soort: 'derde-afwijzing-bij-steunpunt' });
  if (s.regie === 'steunpunt' && !isEindstatus(s.status)) uit.push({ soort: 'regie-steunpunt' });
  if (s.toelatingsrecht === 'gemist') uit.push({ soort: 'toelatingsrecht-gemist' });
  if (!isEindstatus(s.status)) {
    for (const v of s.voorzieningen) if (v.status !== 'geregeld' && v.status !== 'vervallen') uit.push({ soort: 'voorziening-niet-geregeld', voorziening: v.soort });
    if (s.kwetsbaar && s.plaatsing && warmeOverdrachtStatus(s) !== 'gehouden') uit.push({ soort: 'warme-overdracht-nodig' });
  }
  return uit;
}
