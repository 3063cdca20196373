import { plusDagen, type IsoDatum, type TermijnIntentie } from '@pao/zaak/domein';
import { type CommandoType } from './commandos';
import { isEindstatus, isPoRoute, type Overdracht } from './typen';

/**
 * The deadlines an overdracht declares in its current state. Each comes from the
 * transfer calendar stored in the case (versioned rules per SWV and sector); the kit keeps
 * the deadline rows equal to this list, so a case that ended arms nothing. A term that
 * passed is escalated once and then no longer declared.
 */
export const TERMIJNSOORTEN = [
  'definitief-advies',
  'aanmelding',
  'plaatsingsbevestiging',
  'aanmelding-mbo',
  'overstapdossier-gereed',
  'overstapdossier-opgehaald',
  'startcontrole',
] as const;
export type Termijnsoort = (typeof TERMIJNSOORTEN)[number];

/** The first day at the receiving school: the placement's, else the first school day. */
export function verwachteStartdatum(s: Overdracht): IsoDatum {
  return s.plaatsing?.startdatum ?? s.kalender.eersteSchooldag.datum;
}

/** Nazorg: the day by which the receiving school must have confirmed the start. */
export function controledatum(s: Overdracht): IsoDatum {
  return plusDagen(verwachteStartdatum(s), 7 * s.kalender.startcontroleWeken);
}

/** The last day on which a drop-out still counts as leaving in the first months (vsv). */
export function uitvalTot(s: Overdracht): IsoDatum | undefined {
  if (!s.gestartOp) return undefined;
  const d = new Date(`${s.gestartOp}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + s.kalender.uitvalMaanden);
  return d.toISOString().slice(0, 10);
}

function geescaleerd(s: Overdracht, soort: Termijnsoort): boolean {
  return s.escalaties.some((e) => e.soort === soort);
}

/** Waarschuwing.dagen counts back from the moment the term passes (00:00 after the last day). */
function waarschuwing(s: Overdracht) {
  return [{ dagen: s.kalender.waarschuwingDagen + 1 }];
}

export function termijnen(s: Overdracht): TermijnIntentie<CommandoType>[] {
  if (isEindstatus(s.status)) return [];
  const k = s.kalender;
  const uit: TermijnIntentie<CommandoType>[] = [];
  const escaleer = (soort: Termijnsoort, datum: { datum: IsoDatum; regelVersie: string } | undefined) => {
    if (datum && !geescaleerd(s, soort)) {
      uit.push({ soort, vervaltOp: datum.datum, regelVersie: datum.regelVersie, bijVerstrijken: 'termijnVerstreken', waarschuwingen: waarschuwing(s) });
    }
  };
  const zoekend = s.status === 'aanmelding' || s.status === 'steunpunt';
  if (isPoRoute(s.route) && !s.advies.definitief) escaleer('definitief-advies', k.definitiefAdvies);
  if (zoekend && isPoRoute(s.route)) {
    if (s.aanmeldingen.length === 0) escaleer('aanmelding', k.aanmelding);
    escaleer('plaatsingsbevestiging', k.plaatsingsbevestiging);
  }
  if (zoekend && s.route === 'vo-mbo' && s.toelatingsrecht === 'open') escaleer('aanmelding-mbo', k.mboAanmelding);
  if (!s.dossier) escaleer('overstapdossier-gereed', k.dossierGereed);
  if (s.plaatsing && s.dossier?.status !== 'opgehaald') escaleer('overstapdossier-opgehaald', k.dossierOpgehaald);
  uit.push({ soort: 'startcontrole', vervaltOp: controledatum(s), regelVersie: k.nazorgRegelVersie, bijVerstrijken: 'startControle', waarschuwingen: waarschuwing(s) });
  return uit;
}

/** The deadlines that passed before `vandaag` and were not escalated yet (the startcontrole has its own command). */
export function verstrekenTermijnen(s: Overdracht, vandaag: IsoDatum): TermijnIntentie<CommandoType>[] {
  return termijnen(s).filter((t) => t.soort !== 'startcontrole' && t.vervaltOp < vandaag);
}
