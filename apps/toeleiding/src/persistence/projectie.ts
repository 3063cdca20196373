import {
  nextStep,
  plusDagen,
  termijnen,
  type Besluit,
  type SwvBeleid,
  type IsoDatum,
  type TermijnIntentie,
  type Termijnrekenaar,
  type TlvAanvraag,
} from '../domain';

/**
 * The columns extracted from the case state for queries: the werkvoorraad (open cases,
 * who owes the next step, the nearest deadline), "TLVs valid on date X", the telling and
 * lead times. Derived from the state alone (and today's date, for the last-school-year
 * step), so they can always be recomputed.
 */
export interface Projectie {
  status: string;
  uitvoering: string | null;
  school_id: string;
  bevoegd_gezag_id: string;
  soort: string | null;
  aangemaakt_op: IsoDatum;
  ingediend_op: IsoDatum | null;
  besluit_op: IsoDatum | null;
  bekendgemaakt_op: IsoDatum | null;
  open: boolean;
  volgende_stap_partij: string | null;
  volgende_stap_actie: string | null;
  volgende_termijn_soort: string | null;
  volgende_termijn_op: IsoDatum | null;
  tlv_id: string | null;
  tlv_soort: string | null;
  tlv_ingang: IsoDatum | null;
  tlv_einddatum: IsoDatum | null;
  /** Last day the TLV is valid; 'infinity' for onbepaalde tijd. */
  tlv_geldig_tot: IsoDatum | 'infinity' | null;
  plaatsing_school_id: string | null;
  plaatsing_datum: IsoDatum | null;
  wachtdagen: number | null;
  verlenging_van: string | null;
}

/** The werkvoorraad's "volgende termijn": the nearest term, not the start-of-last-year reminder. */
export function volgendeTermijn(intenties: readonly TermijnIntentie[]): TermijnIntentie | undefined {
  return intenties.filter((t) => t.soort !== 'laatste-schooljaar').sort((a, b) => (a.vervaltOp < b.vervaltOp ? -1 : a.vervaltOp > b.vervaltOp ? 1 : 0))[0];
}

/** The besluit on the aanvraag itself (lead time ingediend → besluit), not a later wijziging. */
function eersteBesluit(s: TlvAanvraag): Besluit | undefined {
  return [...s.vervangenBesluiten, ...(s.besluit ? [s.besluit] : [])].find((b) => b.grondslag === 'aanvraag');
}

function tlvKolommen(s: TlvAanvraag): Pick<Projectie, 'tlv_id' | 'tlv_soort' | 'tlv_ingang' | 'tlv_einddatum' | 'tlv_geldig_tot'> {
  const u = s.uitvoering;
  const inhoud = s.besluit?.inhoud;
  if (!u || inhoud?.uitkomst !== 'toelaatbaar') return { tlv_id: null, tlv_soort: null, tlv_ingang: null, tlv_einddatum: null, tlv_geldig_tot: null };
  const einddatum = inhoud.einddatum === 'onbepaald' ? null : inhoud.einddatum;
  let geldigTot: IsoDatum | 'infinity' = einddatum ?? 'infinity';
  // Ended early: valid up to the day before it ended.
  if (u.status === 'beeindigd' && u.einde) {
    const laatste = plusDagen(u.einde.datum, -1);
    if (geldigTot === 'infinity' || laatste < geldigTot) geldigTot = laatste;
  }
  return { tlv_id: u.tlvId, tlv_soort: inhoud.soort, tlv_ingang: inhoud.ingangsdatum, tlv_einddatum: einddatum, tlv_geldig_tot: geldigTot };
}

export function projecteer(s: TlvAanvraag, vandaag: IsoDatum, rekenaar: Termijnrekenaar, beleid: SwvBeleid): Projectie {
  const stap = nextStep(s, vandaag);
  const termijn = volgendeTermijn(termijnen(s, rekenaar, beleid));
  const inhoud = s.besluit?.inhoud;
  const plaatsing = s.uitvoering?.plaatsing;
  return {
    status: s.status,
    uitvoering: s.uitvoering?.status ?? null,
    school_id: s.aanvrager.schoolId,
    bevoegd_gezag_id: s.aanvrager.bevoegdGezagId,
    soort: inhoud?.uitkomst === 'toelaatbaar' ? inhoud.soort : (s.dossier.gevraagdeSoort ?? null),
    aangemaakt_op: s.aangemaaktOp,
    ingediend_op: s.ingediendOp ?? null,
    besluit_op: eersteBesluit(s)?.datum ?? null,
    bekendgemaakt_op: s.bekendmaking?.datum ?? null,
    open: stap !== null,
    volgende_stap_partij: stap?.partij ?? null,
    volgende_stap_actie: stap?.actie ?? null,
    volgende_termijn_soort: termijn?.soort ?? null,
    volgende_termijn_op: termijn?.vervaltOp ?? null,
    ...tlvKolommen(s),
    plaatsing_school_id: plaatsing?.schoolId ?? null,
    plaatsing_datum: plaatsing?.datum ?? null,
    wachtdagen: plaatsing?.wachtdagen ?? null,
    verlenging_van: s.verlengingVan ?? null,
  };
}

export const PROJECTIE_KOLOMMEN: readonly (keyof Projectie)[] = [
  'status',
  'uitvoering',
  'school_id',
  'bevoegd_gezag_id',
  'soort',
  'aangemaakt_op',
  'ingediend_op',
  'besluit_op',
  'bekendgemaakt_op',
  'open',
  'volgende_stap_partij',
  'volgende_stap_actie',
  'volgende_termijn_soort',
  'volgende_termijn_op',
  'tlv_id',
  'tlv_soort',
  'tlv_ingang',
  'tlv_einddatum',
  'tlv_geldig_tot',
  'plaatsing_school_id',
  'plaatsing_datum',
  'wachtdagen',
  'verlenging_van',
];
