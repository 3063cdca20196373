import { jaarVan, type IsoDatum } from '@pao/zaak/domein';
import { type TlvAanvraag } from './aanvraag';
import { plaatsingUiterlijk, type SwvBeleid } from './beleid';
import { type CommandoType } from './commandos';
import { type OnherroepelijkRegel } from './soort';
import { type Termijn, type Termijnrekenaar } from './termijnrekenaar';

/**
 * Which deadlines exist in the current state, as intents for the deadline engine. The
 * service schedules these after every command and cancels those no longer listed
 * (key: soort + onderwerpId). Names match the soorten in @pao/contracts where they exist.
 */
export const TERMIJN_SOORTEN = [
  'beslistermijn',
  'aanvullingstermijn',
  'bezwaartermijn',
  'doorzending-lbt',
  'beslissing-op-bezwaar',
  'beroepstermijn',
  'hoger-beroepstermijn',
  'nazendtermijn',
  'laatste-schooljaar',
  'herbeoordeling',
  'plaatsing-peildatum',
  'jaarlijkse-evaluatie',
  'tlv-einde',
] as const;
export type TermijnSoort = (typeof TERMIJN_SOORTEN)[number];

export interface TermijnIntentie {
  readonly soort: TermijnSoort;
  readonly onderwerpId: string;
  /** Last day; the consequence fires after it. */
  readonly vervaltOp: IsoDatum;
  readonly regelVersie: string;
  /** The command the engine gives (as 'systeem') once the day has passed, if any. */
  readonly bijVerstrijken?: Extract<CommandoType, 'onherroepelijkVerklaren' | 'verlopen'>;
}

const BESLISTERMIJN_LOOPT = ['ingediend', 'in-behandeling', 'advies-compleet', 'besluit-genomen'];
const BEZWAAR_LOOPT = ['bezwaar-ingediend', 'bij-lbt', 'lbt-advies-ontvangen'];

/**
 * Awb 7:10 counts from the end of the bezwaartermijn; for a late bezwaar that day has
 * passed before the bezwaar existed, so count from its receipt instead [check].
 */
export function bobTermijnVanaf(s: TlvAanvraag): IsoDatum {
  const eindeBezwaartermijn = s.bekendmaking!.bezwaartermijn.datum;
  const ontvangen = s.bezwaar!.ontvangenOp;
  return ontvangen > eindeBezwaartermijn ? ontvangen : eindeBezwaartermijn;
}

/**
 * The term whose unused passing makes the besluit onherroepelijk in the current state,
 * and the week after it in which a timely posted appeal may still arrive (Awb 6:9 lid 2).
 * None while a bezwaar or beroep is pending.
 */
export function onherroepelijkNa(
  s: TlvAanvraag,
  rekenaar: Termijnrekenaar,
): { regel: OnherroepelijkRegel; termijn: Termijn; nazendtermijn: Termijn } | undefined {
  const met = (regel: OnherroepelijkRegel, termijn: Termijn) => ({ regel, termijn, nazendtermijn: rekenaar.nazendtermijnEinde(termijn.datum, s.swv) });
  if (s.status === 'bekendgemaakt' && s.bekendmaking) return met('bezwaartermijn-verstreken', s.bekendmaking.bezwaartermijn);
  if (s.status === 'beslist-op-bezwaar' && s.bezwaar?.beslissing) return met('beroepstermijn-verstreken', s.bezwaar.beslissing.beroepstermijn);
  const uitspraak = s.beroepen?.[s.beroepen.length - 1]?.uitspraak;
  if (s.status === 'uitspraak-gedaan' && uitspraak) return met('hoger-beroepstermijn-verstreken', uitspraak.hogerBeroepstermijn);
  return undefined;
}

export function termijnen(s: TlvAanvraag, rekenaar: Termijnrekenaar, beleid: SwvBeleid): TermijnIntentie[] {
  const uit: TermijnIntentie[] = [];
  const voeg = (soort: TermijnSoort, t: Termijn, bijVerstrijken?: TermijnIntentie['bijVerstrijken']) =>
    uit.push({ soort, onderwerpId: s.id, vervaltOp: t.datum, regelVersie: t.regelVersie, ...(bijVerstrijken ? { bijVerstrijken } : {}) });

  if (BESLISTERMIJN_LOOPT.includes(s.status) && s.ingediendOp) {
    const gesloten = s.opschortingen.flatMap((o) => (o.tot ? [{ van: o.van, tot: o.tot }] : []));
    voeg('beslistermijn', rekenaar.beslistermijnEinde(s.ingediendOp, gesloten, s.swv));
  }
  if (s.status === 'aanvulling-gevraagd') {
    // The beslistermijn stands still (Awb 4:15); only the school's term runs.
    const open = s.opschortingen[s.opschortingen.length - 1];
    voeg('aanvullingstermijn', { datum: open.aanvullenVoor, regelVersie: beleid.versie });
  }
  // The terms themselves are shown and announced; the consequence waits for the week after them.
  if (s.status === 'bekendgemaakt' && s.bekendmaking) voeg('bezwaartermijn', s.bekendmaking.bezwaartermijn);
  if (BEZWAAR_LOOPT.includes(s.status) && s.bezwaar) {
    if (s.status === 'bezwaar-ingediend') voeg('doorzending-lbt', rekenaar.doorzendtermijnLbtEinde(s.bezwaar.ontvangenOp, s.swv));
    voeg('beslissing-op-bezwaar', rekenaar.beslissingOpBezwaarEinde(bobTermijnVanaf(s), s.bezwaar.verdaagdOp !== undefined, s.swv));
  }
  if (s.status === 'beslist-op-bezwaar' && s.bezwaar?.beslissing) voeg('beroepstermijn', s.bezwaar.beslissing.beroepstermijn);
  const grond = onherroepelijkNa(s, rekenaar);
  if (grond?.regel === 'hoger-beroepstermijn-verstreken') voeg('hoger-beroepstermijn', grond.termijn);
  if (grond) voeg('nazendtermijn', grond.nazendtermijn, 'onherroepelijkVerklaren');
  uit.push(...afloop(s, rekenaar, beleid));
  return uit;
}

/** A running TLV with an end date: reminders in the last school year and the end itself. */
function afloop(s: TlvAanvraag, rekenaar: Termijnrekenaar, beleid: SwvBeleid): TermijnIntentie[] {
  const u = s.uitvoering;
  const inhoud = s.besluit?.inhoud;
  if (!u || u.status === 'verlopen' || u.status === 'beeindigd' || inhoud?.uitkomst !== 'toelaatbaar') return [];
  if (inhoud.einddatum === 'onbepaald') return lopend(s, inhoud.ingangsdatum, rekenaar, beleid);
  const eindjaar = jaarVan(inhoud.einddatum);
  const regelVersie = beleid.versie;
  const intenties: TermijnIntentie[] = [];
  intenties.push(...lopend(s, inhoud.ingangsdatum, rekenaar, beleid));
  // Once a verlenging is asked for, the school has acted: no reminders.
  if (!s.verlenging) {
    intenties.push({ soort: 'laatste-schooljaar', onderwerpId: s.id, vervaltOp: `${eindjaar - 1}-08-01`, regelVersie });
    intenties.push({ soort: 'herbeoordeling', onderwerpId: s.id, vervaltOp: `${eindjaar}-${beleid.herbeoordelingPeildatum}`, regelVersie });
  }
  intenties.push({ soort: 'tlv-einde', onderwerpId: s.id, vervaltOp: inhoud.einddatum, regelVersie, bijVerstrijken: 'verlopen' });
  return intenties;
}

/**
 * While a TLV runs: not yet placed → the teldatum or peildatum it must be placed by
 * (001:2050-2054); placed → the yearly evaluation of the OPP and of terug- or
 * overplaatsing (001:1571, 2080-2082), counted from the last one (or the plaatsing).
 */
function lopend(s: TlvAanvraag, ingangsdatum: IsoDatum, rekenaar: Termijnrekenaar, beleid: SwvBeleid): TermijnIntentie[] {
  const u = s.uitvoering!;
  if (u.status === 'niet-geplaatst' || u.status === 'overbrugging') {
    const vanaf = ingangsdatum > u.sinds ? ingangsdatum : u.sinds;
    return [{ soort: 'plaatsing-peildatum', onderwerpId: s.id, vervaltOp: plaatsingUiterlijk(vanaf, beleid), regelVersie: beleid.versie }];
  }
  if (u.status === 'geplaatst' && u.plaatsing) {
    const laatste = u.evaluaties?.[u.evaluaties.length - 1]?.datum ?? u.plaatsing.datum;
    const t = rekenaar.evaluatieEinde(laatste, s.swv);
    return [{ soort: 'jaarlijkse-evaluatie', onderwerpId: s.id, vervaltOp: t.datum, regelVersie: t.regelVersie }];
  }
  return [];
}
