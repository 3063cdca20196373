import { CivilDate, civilDate, delen, naarDatum, plusDagen } from './civil-date';
import { AtwKalender } from './feestdagen';
import { datumInSchooljaar, JaarlijkseDatum, opJaar, Schooljaar, schooljaarVan, volgendSchooljaar } from './schooljaar';
import { berekenTermijn, Duur, Opschorting, Termijnuitkomst } from './termijn';

/**
 * The regulation set as versioned configuration: which rule applies, per SWV (its sector,
 * and its own rules) and onderwijssoort, from which date. No date or term of the product is a literal in code: it is looked up
 * here with a peildatum, and the answer carries the version id that produced it.
 */
/** PO or VO: the sector of an SWV, as its entry in the SWV register (@pao/swv) says. */
export type SwvSector = 'PO' | 'VO';

/**
 * What the calendar needs to know of an SWV: its id (an SWV's own rules name it) and its
 * sector (which sectors' national rules apply). An SWV register entry is one.
 */
export interface Swv {
  readonly id: string;
  readonly sector: SwvSector;
}

/** Sectors: basisonderwijs, speciaal basisonderwijs, speciaal onderwijs (PO SWV); vo, praktijkonderwijs, vso (VO SWV). */
export type Sector = 'po' | 'sbo' | 'so' | 'vo' | 'pro' | 'vso';
export const SECTOREN: Record<SwvSector, readonly Sector[]> = { PO: ['po', 'sbo', 'so'], VO: ['vo', 'pro', 'vso'] };

/** The sector assumed when a caller does not name one. */
export function standaardSector(swv: Swv): Sector {
  return swv.sector === 'PO' ? 'po' : 'vo';
}

export interface TermijnRegel {
  readonly duur: Duur;
  /** Whether the Algemene termijnenwet applies (legal terms yes, factual timers no). */
  readonly atw: boolean;
}

export interface Jaarperiode {
  readonly van: JaarlijkseDatum;
  readonly tot: JaarlijkseDatum;
}

/** Every configurable rule and the type of its value. */
export interface Regelwaarden {
  teldatum: JaarlijkseDatum;
  beslistermijnTlv: TermijnRegel;
  bezwaartermijn: TermijnRegel;
  beslistermijnBezwaarMetCommissie: TermijnRegel;
  beslistermijnBezwaarZonderCommissie: TermijnRegel;
  verdagingBeslissingOpBezwaar: Duur;
  doorzendingBezwaarLbt: TermijnRegel;
  zorgplicht: TermijnRegel;
  zorgplichtVerlenging: Duur;
  thuiszitterSignaal: TermijnRegel;
  thuiszitterPassendAanbod: TermijnRegel;
  tlvEinddatum: JaarlijkseDatum;
  tlvMinimaleSchooljaren: number;
  herbeoordelingUiterlijk: JaarlijkseDatum;
  mboAanmelding: JaarlijkseDatum;
  poVoDefinitiefAdvies: JaarlijkseDatum;
  poVoAanmeldperiode: Jaarperiode;
  oppEvaluatie: Duur;
  // transfers (overdracht): the regional calendar and nazorg
  poVoPlaatsingsbevestiging: JaarlijkseDatum;
  overstapdossierGereed: JaarlijkseDatum;
  overstapdossierOpgehaald: JaarlijkseDatum;
  eersteSchooldag: JaarlijkseDatum;
  nazorgStartcontroleWeken: number;
  nazorgUitvalMaanden: number;
  overstapWaarschuwingDagen: number;
}
export type Regelsleutel = keyof Regelwaarden;
export type TermijnSleutel = { [K in Regelsleutel]: Regelwaarden[K] extends TermijnRegel ? K : never }[Regelsleutel];
export type JaarlijkseSleutel = { [K in Regelsleutel]: Regelwaarden[K] extends JaarlijkseDatum ? K : never }[Regelsleutel];

export interface Regel<K extends Regelsleutel = Regelsleutel> {
  /** Unique within the set, stable across versions (it is part of the recorded version id). */
  readonly id: string;
  readonly sleutel: K;
  /** The id of the SWV whose own rule this is, or '*' for every SWV. */
  readonly swv: string | '*';
  readonly sector: Sector | '*';
  /** First day on which the rule applies. */
  readonly geldigVanaf: CivilDate;
  /** First day on which it no longer applies (exclusive); open-ended when absent. */
  readonly geldigTot?: CivilDate;
  readonly waarde: Regelwaarden[K];
  readonly bron: string;
  /** The legal basis is not confirmed from a primary source: show it as configuration to check. */
  readonly check?: boolean;
  /** The configuration this rule comes from, when not the set itself (e.g. the SWV register). */
  readonly versie?: string;
}

/** The answer to "which rule applies": the value plus where it came from. */
export interface RegelToepassing<K extends Regelsleutel = Regelsleutel> {
  readonly sleutel: K;
  readonly waarde: Regelwaarden[K];
  /** '<regelset version>/<rule id>', e.g. 'pao-regels-2026.1/bezwaartermijn.awb'. */
  readonly versie: string;
  readonly regelId: string;
  readonly geldigVanaf: CivilDate;
  readonly geldigTot?: CivilDate;
  readonly bron: string;
  readonly check: boolean;
  /** The id of the SWV asked about. */
  readonly swv: string;
  readonly sector: Sector;
  readonly peildatum: CivilDate;
}

export class GeenRegelError extends Error {
  constructor(sleutel: string, swv: Swv, sector: Sector, peildatum: CivilDate) {
    super(`no rule '${sleutel}' for SWV ${swv.id}, sector ${sector} on ${peildatum}`);
    this.name = 'GeenRegelError';
  }
}

function specificiteit(r: Regel, swv: Swv, sector: Sector): number {
  // An SWV's own choice beats a national default; national sector rules are written with swv '*'.
  if (r.swv !== '*' && r.swv !== swv.id) return -1;
  if (r.sector !== '*' && r.sector !== sector) return -1;
  return (r.swv === swv.id ? 2 : 0) + (r.sector === sector ? 1 : 0);
}

export class Regelset {
  private readonly perSleutel = new Map<Regelsleutel, Regel[]>();

  constructor(
    readonly versie: string,
    regels: readonly Regel[],
  ) {
    if (!/^[A-Za-z0-9._-]+$/.test(versie)) throw new RangeError(`invalid regelset version: ${versie}`);
    const ids = new Set<string>();
    const slots = new Set<string>();
    for (const r of regels) {
      if (!/^[A-Za-z0-9._-]+$/.test(r.id)) throw new RangeError(`invalid rule id: ${r.id}`);
      if (ids.has(r.id)) throw new RangeError(`duplicate rule id: ${r.id}`);
      ids.add(r.id);
      civilDate(r.geldigVanaf);
      if (r.geldigTot !== undefined && civilDate(r.geldigTot) <= r.geldigVanaf) throw new RangeError(`rule ${r.id}: geldigTot ≤ geldigVanaf`);
      const slot = `${r.sleutel}|${r.swv}|${r.sector}|${r.geldigVanaf}`;
      if (slots.has(slot)) throw new RangeError(`two rules for the same key, SWV, sector and date: ${slot}`);
      slots.add(slot);
      this.perSleutel.set(r.sleutel, [...(this.perSleutel.get(r.sleutel) ?? []), Object.freeze({ ...r })]);
    }
  }

  /** All rules, e.g. to show them in an admin screen. */
  regels(): readonly Regel[] {
    return [...this.perSleutel.values()].flat();
  }

  /**
   * The rule for `sleutel` that applies to an SWV (and sector) on a peildatum: the most
   * specific match (SWV+sector, SWV, sector, national), and within that the one with the
   * latest geldigVanaf on or before the peildatum.
   */
  regelOp<K extends Regelsleutel>(swv: Swv, sleutel: K, peildatum: CivilDate | Date, sector: Sector = standaardSector(swv)): RegelToepassing<K> {
    if (!SECTOREN[swv.sector].includes(sector)) throw new RangeError(`sector ${sector} does not belong to SWV ${swv.id} (${swv.sector})`);
    const dag = naarDatum(peildatum);
    let beste: Regel | undefined;
    let besteSpec = -1;
    for (const r of this.perSleutel.get(sleutel) ?? []) {
      if (r.geldigVanaf > dag || (r.geldigTot !== undefined && r.geldigTot <= dag)) continue;
      const spec = specificiteit(r, swv, sector);
      if (spec < 0) continue;
      if (spec > besteSpec || (spec === besteSpec && beste && r.geldigVanaf > beste.geldigVanaf)) {
        beste = r;
        besteSpec = spec;
      }
    }
    if (!beste) throw new GeenRegelError(sleutel, swv, sector, dag);
    return Object.freeze({
      sleutel,
      waarde: beste.waarde as Regelwaarden[K],
      versie: `${beste.versie ?? this.versie}/${beste.id}`,
      regelId: beste.id,
      geldigVanaf: beste.geldigVanaf,
      ...(beste.geldigTot ? { geldigTot: beste.geldigTot } : {}),
      bron: beste.bron,
      check: beste.check ?? false,
      swv: swv.id,
      sector,
      peildatum: dag,
    });
  }

  /** A new version of the set with rules added (e.g. an SWV's own beslistermijn from a date). */
  metRegels(versie: string, extra: readonly Regel[]): Regelset {
    return new Regelset(versie, [...this.regels(), ...extra]);
  }
}

const d = civilDate;
const SINDS = d('1990-01-01');
const jd = (maand: number, dag: number): JaarlijkseDatum => ({ maand, dag });

/** The rules as configured in this release. Dates marked `check` await confirmation per SWV. */
export const STANDAARD_REGELS: readonly Regel[] = [
  // teldatum (national, per sector)
  { id: 'teldatum.1-oktober', sleutel: 'teldatum', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: jd(10, 1), bron: 'WVO/WPO: teldatum 1 oktober' },
  ...(['po', 'sbo', 'so', 'vso'] as const).map(
    (sector): Regel<'teldatum'> => ({
      id: `teldatum.${sector}.1-februari`,
      sleutel: 'teldatum',
      swv: '*',
      sector,
      geldigVanaf: d('2023-01-01'),
      waarde: jd(2, 1),
      bron: 'Wet vereenvoudiging bekostiging: teldatum PO en (V)SO 1 februari sinds 1 januari 2023',
    }),
  ),
  // Awb terms of the TLV procedure
  { id: 'beslistermijn-tlv.standaard', sleutel: 'beslistermijnTlv', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: { duur: { weken: 6 }, atw: true }, bron: 'Awb 4:13 redelijke termijn (max. 8 weken); per SWV instelbaar', check: true },
  { id: 'bezwaartermijn.awb', sleutel: 'bezwaartermijn', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: { duur: { weken: 6 }, atw: true }, bron: 'Awb 6:7, 6:8' },
  { id: 'beslissing-op-bezwaar.commissie', sleutel: 'beslistermijnBezwaarMetCommissie', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: { duur: { weken: 12 }, atw: true }, bron: 'Awb 7:10 lid 1 (adviescommissie, 7:13)' },
  { id: 'beslissing-op-bezwaar.zonder-commissie', sleutel: 'beslistermijnBezwaarZonderCommissie', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: { duur: { weken: 6 }, atw: true }, bron: 'Awb 7:10 lid 1' },
  { id: 'verdaging-bob.awb', sleutel: 'verdagingBeslissingOpBezwaar', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: { weken: 6 }, bron: 'Awb 7:10 lid 3' },
  { id: 'doorzending-lbt.praktijk', sleutel: 'doorzendingBezwaarLbt', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: { duur: { dagen: 14 }, atw: false }, bron: 'praktijk LBT (doorzending met verweer)', check: true },
  // zorgplicht and thuiszitters
  { id: 'zorgplicht.wet', sleutel: 'zorgplicht', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: { duur: { weken: 6 }, atw: true }, bron: 'WPO art. 40 / WVO: 6 weken na schriftelijke aanmelding', check: true },
  { id: 'zorgplicht-verlenging.wet', sleutel: 'zorgplichtVerlenging', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: { weken: 4 }, bron: 'WPO/WVO: eenmaal verlengen met 4 weken' },
  { id: 'thuiszitter.4-weken', sleutel: 'thuiszitterSignaal', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: { duur: { weken: 4 }, atw: false }, bron: 'Leerplichtwet: langdurig relatief verzuim > 4 weken' },
  { id: 'thuiszitter.3-maanden', sleutel: 'thuiszitterPassendAanbod', swv: '*', sector: '*', geldigVanaf: d('2016-01-01'), waarde: { duur: { maanden: 3 }, atw: false }, bron: 'Thuiszitterspact 2016: binnen 3 maanden een passend aanbod' },
  // TLV duration
  { id: 'tlv-einddatum.31-juli', sleutel: 'tlvEinddatum', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: jd(7, 31), bron: 'TLV eindigt op 31 juli (einde schooljaar)' },
  { id: 'tlv-duur.1-schooljaar', sleutel: 'tlvMinimaleSchooljaren', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: 1, bron: 'TLV ten minste één volledig schooljaar' },
  { id: 'herbeoordeling.15-april', sleutel: 'herbeoordelingUiterlijk', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: jd(4, 15), bron: 'SWV-beleid: herbeoordeling vóór 15 april bij einddatum 31 juli', check: true },
  // transfers
  { id: 'mbo-aanmelding.1-april', sleutel: 'mboAanmelding', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: jd(4, 1), bron: 'WEB (toelatingsrecht mbo): aanmelding uiterlijk op 1 april geeft recht op toelating' },
  { id: 'po-vo-advies.1-maart', sleutel: 'poVoDefinitiefAdvies', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: jd(3, 1), bron: 'schooladvies uiterlijk 1 maart (vóór de doorstroomtoets)', check: true },
  { id: 'po-vo-advies.24-maart', sleutel: 'poVoDefinitiefAdvies', swv: '*', sector: '*', geldigVanaf: d('2023-08-01'), waarde: jd(3, 24), bron: 'Wet doorstroomtoetsen PO: definitief schooladvies uiterlijk 24 maart', check: true },
  { id: 'po-vo-aanmelding.eind-maart', sleutel: 'poVoAanmeldperiode', swv: '*', sector: '*', geldigVanaf: d('2023-08-01'), waarde: { van: jd(3, 25), tot: jd(3, 31) }, bron: 'landelijke aanmeldweek eind maart: per schooljaar vast te stellen', check: true },
  { id: 'opp-evaluatie.jaarlijks', sleutel: 'oppEvaluatie', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: { maanden: 12 }, bron: 'OPP ten minste jaarlijks evalueren met ouders' },
  // transfers (overdracht): regional dates of the Almere protocols, per school year where they change
  { id: 'po-vo-plaatsing.30-april', sleutel: 'poVoPlaatsingsbevestiging', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: jd(4, 30), bron: 'Protocol PO-VO Almere: plaatsingsbesluit na de aanmeldweek; per schooljaar vast te stellen', check: true },
  { id: 'overstapdossier-gereed.1-april', sleutel: 'overstapdossierGereed', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: jd(4, 1), bron: 'Protocol PO-VO / VO-MBO Almere: overstapdossier (OSO/Digidoor) klaar bij de aanmelding', check: true },
  { id: 'overstapdossier-opgehaald.15-juni', sleutel: 'overstapdossierOpgehaald', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: jd(6, 15), bron: 'Protocol PO-VO / VO-MBO Almere: dossier opgehaald door de ontvangende school', check: true },
  { id: 'eerste-schooldag.1-september', sleutel: 'eersteSchooldag', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: jd(9, 1), bron: 'terugval: eerste schooldag na de zomervakantie', check: true },
  ...(
    [
      ['2024', jd(9, 2)],
      ['2025', jd(8, 25)],
      ['2026', jd(8, 17)],
      ['2027', jd(8, 23)],
    ] as const
  ).map(
    ([jaar, waarde]): Regel<'eersteSchooldag'> => ({
      id: `eerste-schooldag.noord-${jaar}`,
      sleutel: 'eersteSchooldag',
      swv: '*',
      sector: '*',
      geldigVanaf: d(`${jaar}-08-01`),
      waarde,
      bron: `OCW vakantiedata regio Noord (Almere): eerste schooldag schooljaar ${jaar}-${Number(jaar) + 1}`,
      check: true,
    }),
  ),
  { id: 'nazorg-startcontrole.4-weken', sleutel: 'nazorgStartcontroleWeken', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: 4, bron: 'SWV-beleid nazorg: start bevestigd binnen 4 weken na de eerste schooldag', check: true },
  { id: 'nazorg-uitval.3-maanden', sleutel: 'nazorgUitvalMaanden', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: 3, bron: 'SWV-beleid nazorg: uitval in de eerste 3 maanden telt als voortijdig schoolverlaten', check: true },
  { id: 'overstap-waarschuwing.7-dagen', sleutel: 'overstapWaarschuwingDagen', swv: '*', sector: '*', geldigVanaf: SINDS, waarde: 7, bron: 'SWV-beleid: een week vooraf waarschuwen' },
];

export const STANDAARD_REGELSET = new Regelset('pao-regels-2026.1', STANDAARD_REGELS);

// ---- derived dates ----

export interface Moment {
  readonly datum: CivilDate;
  readonly versie: string;
}

/**
 * The occurrences of a yearly rule (teldatum, mboAanmelding …) in [van, tot]: a candidate
 * date counts only when the rule in force on that very date names it. So the PO teldatum
 * of school year 2022-2023 is 1 October 2022 (old rule) and 1 February 2023 (new rule),
 * and from 2023-2024 on only 1 February.
 */
export function jaarlijkseMomenten(
  regelset: Regelset,
  swv: Swv,
  sleutel: JaarlijkseSleutel,
  van: CivilDate,
  tot: CivilDate,
  sector: Sector = standaardSector(swv),
): Moment[] {
  const waarden = new Map<string, JaarlijkseDatum>();
  for (const r of regelset.regels()) {
    if (r.sleutel !== sleutel) continue;
    const w = r.waarde as JaarlijkseDatum;
    waarden.set(`${w.maand}-${w.dag}`, w);
  }
  const uit: Moment[] = [];
  for (let year = delen(van).year; year <= delen(tot).year; year++) {
    for (const w of waarden.values()) {
      const kandidaat = opJaar(w, year);
      if (kandidaat < van || kandidaat > tot) continue;
      let toepassing: RegelToepassing;
      try {
        toepassing = regelset.regelOp(swv, sleutel, kandidaat, sector);
      } catch (e) {
        if (e instanceof GeenRegelError) continue;
        throw e;
      }
      const geldend = toepassing.waarde as JaarlijkseDatum;
      if (opJaar(geldend, year) === kandidaat) uit.push({ datum: kandidaat, versie: toepassing.versie });
    }
  }
  return uit.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
}

/** The teldatum(s) of an SWV and sector in a school year (usually one; two in a transition year). */
export function teldata(regelset: Regelset, swv: Swv, sj: Schooljaar, sector: Sector = standaardSector(swv)): Moment[] {
  return jaarlijkseMomenten(regelset, swv, 'teldatum', sj.start, sj.eind, sector);
}

/** The next occurrence of a yearly rule on or after a date. */
export function volgendMoment(
  regelset: Regelset,
  swv: Swv,
  sleutel: JaarlijkseSleutel,
  vanaf: CivilDate,
  sector: Sector = standaardSector(swv),
): Moment | undefined {
  return jaarlijkseMomenten(regelset, swv, sleutel, vanaf, plusDagen(vanaf, 2 * 366), sector)[0];
}

/** A yearly rule's date inside a given school year, with its version. */
export function datumVolgensRegel(regelset: Regelset, swv: Swv, sleutel: JaarlijkseSleutel, sj: Schooljaar, sector: Sector = standaardSector(swv)): Moment {
  // The rule in force at the start of the school year decides the date for that year.
  const regel = regelset.regelOp(swv, sleutel, sj.start, sector);
  return { datum: datumInSchooljaar(regel.waarde as JaarlijkseDatum, sj), versie: regel.versie };
}

export interface TermijnVolgensRegel {
  readonly ingang: CivilDate;
  readonly opschortingen?: readonly Opschorting[];
  /** Extension (verdaging), added once. */
  readonly verdaging?: Duur;
  readonly sector?: Sector;
  readonly kalender?: AtwKalender;
}

/** A term whose length comes from the regelset (rule in force on the ingang date); records the rule version. */
export function termijnVolgensRegel(regelset: Regelset, swv: Swv, sleutel: TermijnSleutel, invoer: TermijnVolgensRegel): Termijnuitkomst {
  const regel = regelset.regelOp(swv, sleutel, invoer.ingang, invoer.sector);
  const waarde = regel.waarde as TermijnRegel;
  return berekenTermijn({
    ingang: invoer.ingang,
    duur: waarde.duur,
    atw: waarde.atw,
    opschortingen: invoer.opschortingen,
    verdaging: invoer.verdaging,
    regelversie: regel.versie,
    kalender: invoer.kalender,
  });
}

/** Bezwaartermijn of a decision (Awb 6:7, 6:8): from the day after bekendmaking. */
export function bezwaartermijn(regelset: Regelset, swv: Swv, bekendmaking: CivilDate, kalender?: AtwKalender): Termijnuitkomst {
  return termijnVolgensRegel(regelset, swv, 'bezwaartermijn', { ingang: bekendmaking, kalender });
}

/**
 * Beslissing op bezwaar (Awb 7:10): 12 weeks with an advisory committee (6 without),
 * counted from the day after the bezwaartermijn ended; extended once (verdaagd) by the
 * configured period; suspended while an omission is being repaired (7:10 lid 2).
 */
export function beslistermijnOpBezwaar(
  regelset: Regelset,
  swv: Swv,
  args: { bezwaartermijn: Termijnuitkomst; metCommissie: boolean; verdaagd?: boolean; opschortingen?: readonly Opschorting[]; kalender?: AtwKalender },
): Termijnuitkomst {
  const ingang = args.bezwaartermijn.einddatum;
  const sleutel = args.metCommissie ? 'beslistermijnBezwaarMetCommissie' : 'beslistermijnBezwaarZonderCommissie';
  const verdaging = args.verdaagd ? regelset.regelOp(swv, 'verdagingBeslissingOpBezwaar', ingang).waarde : undefined;
  return termijnVolgensRegel(regelset, swv, sleutel, { ingang, verdaging, opschortingen: args.opschortingen, kalender: args.kalender });
}

/** Zorgplicht: 6 weeks after written aanmelding, extended once by 4 weeks when `verlengd`. */
export function zorgplichttermijn(
  regelset: Regelset,
  swv: Swv,
  args: { aanmelding: CivilDate; verlengd?: boolean; sector?: Sector; kalender?: AtwKalender },
): Termijnuitkomst {
  const verdaging = args.verlengd ? regelset.regelOp(swv, 'zorgplichtVerlenging', args.aanmelding, args.sector).waarde : undefined;
  return termijnVolgensRegel(regelset, swv, 'zorgplicht', { ingang: args.aanmelding, verdaging, sector: args.sector, kalender: args.kalender });
}

export interface TlvLooptijd {
  readonly ingangsdatum: CivilDate;
  /** Last day of validity (31 July of the last school year). */
  readonly einddatum: CivilDate;
  /** Cut-off for re-assessment / return in the last school year (e.g. 15 April). */
  readonly herbeoordelingUiterlijk: CivilDate;
  readonly versies: readonly string[];
}

/**
 * End date of a TLV: the configured end (31 July) of the last school year, covering at
 * least the configured number of *full* school years (a TLV that starts during a school
 * year runs to the end of the next one). With `schooljaren` more can be granted.
 */
export function tlvLooptijd(regelset: Regelset, swv: Swv, args: { ingangsdatum: CivilDate | Date; schooljaren?: number; sector?: Sector }): TlvLooptijd {
  const ingang = naarDatum(args.ingangsdatum);
  const minimum = regelset.regelOp(swv, 'tlvMinimaleSchooljaren', ingang, args.sector);
  const jaren = Math.max(args.schooljaren ?? minimum.waarde, minimum.waarde);
  if (!Number.isInteger(jaren) || jaren < 1) throw new RangeError(`schooljaren must be a whole number ≥ 1: ${jaren}`);
  const eerste = schooljaarVan(ingang);
  const volledig = ingang === eerste.start;
  const laatste = volgendSchooljaar(eerste, volledig ? jaren - 1 : jaren);
  const eind = datumVolgensRegel(regelset, swv, 'tlvEinddatum', laatste, args.sector);
  const herbeoordeling = datumVolgensRegel(regelset, swv, 'herbeoordelingUiterlijk', laatste, args.sector);
  return {
    ingangsdatum: ingang,
    einddatum: eind.datum,
    herbeoordelingUiterlijk: herbeoordeling.datum,
    versies: [minimum.versie, eind.versie, herbeoordeling.versie],
  };
}
