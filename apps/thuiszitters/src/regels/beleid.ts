import { civilDate, type CivilDate } from '@pao/deadlines';

/**
 * The thuiszitters policy of an SWV as versioned configuration: every value has an
 * effective date and may differ per SWV; an SWV's own choice is a new entry, never an
 * edit of an old one (running clocks keep the version they were set by). Lengths that
 * are national (4 weeks, 3 months, zorgplicht 6 + 4 weeks) come from the shared regelset
 * in @pao/deadlines; this table holds what is the SWV's to decide.
 */
export interface Schoolvakantie {
  readonly van: CivilDate;
  /** Last day of the holiday (inclusive). */
  readonly tot: CivilDate;
}

export interface ThuiszittersBeleid {
  /** Langdurig relatief verzuim: "more than" 4 weeks (>) or "4 weeks or more" (≥), counted in calendar weeks or lesweken. */
  readonly relatiefVerzuim: { readonly vergelijking: '>' | '≥'; readonly telling: 'kalenderweken' | 'lesweken' };
  /** Absoluut verzuim counts as thuiszitter after this many weeks not enrolled (0: at once). */
  readonly absoluutVerzuimWeken: number;
  /** Holidays that do not count as lesweken (only read when telling = lesweken). */
  readonly schoolvakanties: readonly Schoolvakantie[];
  /** Weeks without progress after which a case escalates, per rung; absent: no automatic moment. */
  readonly escalatieWeken: { readonly school?: number; readonly steunpunt?: number; readonly actietafel?: number };
  /** Days before each clock's end on which its owner is warned (at least 1). */
  readonly waarschuwingDagen: {
    readonly thuiszitter: number;
    readonly passendAanbod: number;
    readonly escalatie: number;
    readonly actie: number;
    readonly zorgplicht: number;
    readonly crisisOverleg: number;
    readonly signaal: number;
    readonly afspraak: number;
    readonly aanbodStart: number;
  };
  /** Calendar days for the crisis overleg after the melding. */
  readonly crisisOverlegDagen: number;
  /** Calendar days for the Steunpunt to assess a signal from another service. */
  readonly signaalBeoordelingDagen: number;
  /** Default days for the school named by doorzettingsmacht to make its offer. */
  readonly doorzettingsmachtAanbodDagen: number;
  /** Days after the agreed start by which the start must be confirmed (the case closed). */
  readonly aanbodStartDagen: number;
  /** TLV end reasons (toeleiding's tlv-beeindigd) that leave the pupil without a place: a dreigend signal. */
  readonly tlvEindeSignaalRedenen: readonly string[];
}

export type BeleidSleutel = keyof ThuiszittersBeleid;

export interface BeleidRegel {
  /** Stable id, part of the recorded version. */
  readonly id: string;
  readonly swv: string | '*';
  readonly geldigVanaf: CivilDate;
  readonly waarden: Partial<ThuiszittersBeleid>;
  readonly bron: string;
  /** Not confirmed from a primary source: configuration to check with the SWV. */
  readonly check?: boolean;
}

export interface BeleidWaarde<K extends BeleidSleutel> {
  readonly waarde: ThuiszittersBeleid[K];
  /** '<set version>/<rule id>' */
  readonly versie: string;
}

export class ThuiszittersBeleidset {
  constructor(
    readonly versie: string,
    readonly regels: readonly BeleidRegel[],
  ) {
    const ids = new Set<string>();
    for (const r of regels) {
      if (!/^[a-z0-9.-]+$/.test(r.id) || ids.has(r.id)) throw new RangeError(`ongeldige of dubbele regel-id: ${r.id}`);
      ids.add(r.id);
      civilDate(r.geldigVanaf);
      const w = r.waarden.waarschuwingDagen;
      if (w && Object.values(w).some((d) => !Number.isInteger(d) || d < 1)) throw new RangeError(`regel ${r.id}: een waarschuwing komt ten minste 1 dag vooraf`);
      if (r.waarden.absoluutVerzuimWeken !== undefined && (!Number.isInteger(r.waarden.absoluutVerzuimWeken) || r.waarden.absoluutVerzuimWeken < 0)) {
        throw new RangeError(`regel ${r.id}: absoluutVerzuimWeken moet een geheel getal ≥ 0 zijn`);
      }
    }
  }

  /** The value for an SWV on a date: the SWV's own rule beats the national one; within it the latest geldigVanaf on or before the date. */
  waarde<K extends BeleidSleutel>(swv: string, sleutel: K, peildatum: CivilDate): BeleidWaarde<K> {
    let beste: BeleidRegel | undefined;
    for (const r of this.regels) {
      if (!(sleutel in r.waarden) || r.geldigVanaf > peildatum || (r.swv !== '*' && r.swv !== swv)) continue;
      const specifieker = beste && r.swv !== '*' && beste.swv === '*';
      const algemener = beste && r.swv === '*' && beste.swv !== '*';
      if (!beste || specifieker || (!algemener && r.geldigVanaf > beste.geldigVanaf)) beste = r;
    }
    if (!beste) throw new RangeError(`geen thuiszittersregel '${sleutel}' voor ${swv} op ${peildatum}`);
    return { waarde: beste.waarden[sleutel] as ThuiszittersBeleid[K], versie: `${this.versie}/${beste.id}` };
  }

  metRegels(versie: string, extra: readonly BeleidRegel[]): ThuiszittersBeleidset {
    return new ThuiszittersBeleidset(versie, [...this.regels, ...extra]);
  }
}

const SINDS = civilDate('2016-01-01');

/** The policy as configured in this release (national defaults; SWVs add their own entries). */
export const STANDAARD_BELEID = new ThuiszittersBeleidset('pao-thuiszitters-2026.1', [
  {
    id: 'verzuim.leerplichtwet',
    swv: '*',
    geldigVanaf: SINDS,
    waarden: { relatiefVerzuim: { vergelijking: '>', telling: 'kalenderweken' }, absoluutVerzuimWeken: 0, schoolvakanties: [] },
    bron: 'Leerplichtwet / inspectie thuiszittersregistratie: langdurig relatief verzuim > 4 weken; absoluut verzuim telt als thuiszitter',
    check: true,
  },
  {
    id: 'escalatie.steunpunt',
    swv: '*',
    geldigVanaf: SINDS,
    waarden: { escalatieWeken: { school: 2, steunpunt: 6, actietafel: 6 } },
    bron: 'SWV-beleid: zonder voortgang naar de volgende trede (stappenplan thuiszitters, 001:1918-1920)',
    check: true,
  },
  {
    id: 'waarschuwingen.standaard',
    swv: '*',
    geldigVanaf: SINDS,
    waarden: {
      waarschuwingDagen: { thuiszitter: 7, passendAanbod: 14, escalatie: 7, actie: 3, zorgplicht: 7, crisisOverleg: 2, signaal: 2, afspraak: 7, aanbodStart: 2 },
    },
    bron: 'SWV-beleid: de eigenaar wordt gewaarschuwd voordat een termijn verstrijkt',
  },
  {
    id: 'termijnen.steunpunt',
    swv: '*',
    geldigVanaf: SINDS,
    waarden: { crisisOverlegDagen: 7, signaalBeoordelingDagen: 5, doorzettingsmachtAanbodDagen: 14, aanbodStartDagen: 5 },
    bron: 'SWV-beleid: crisisoverleg binnen een week, signalen binnen vijf dagen beoordelen, aangewezen school biedt binnen twee weken een plek aan',
    check: true,
  },
  {
    id: 'signaal.tlv-einde',
    swv: '*',
    geldigVanaf: SINDS,
    waarden: { tlvEindeSignaalRedenen: ['herroepen', 'overig'] },
    bron: 'TLV beëindigd zonder nieuwe plaatsing: herroepen (gegrond bezwaar) of een andere reden; terugplaatsing, overplaatsing, verhuizing en uitstroom hebben een vervolg',
    check: true,
  },
]);
