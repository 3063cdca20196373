import { begrensdTellen, keysetBron, keysetPagina, keysetSelectie, keysetVolgorde, type Cursor, type KeysetLijst, type KeysetRij, type KeysetSort } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { type z } from 'zod';
import { type Schoolsoort } from '../domain';
import { type CohortRegel as CohortRegelSchema, type LijstRegel as LijstRegelSchema } from './antwoorden';
import { tellingenSql } from './tellingen';

/** A cohort with its counts: the declared answer (./antwoorden). */
export type CohortRegel = z.output<typeof CohortRegelSchema>;

/** The cohorts of a school year in an SWV (optionally one sending school), each with what is still open and the next date. */
export async function cohortOverzicht(m: EntityManager, swv: string, vandaag: string, f: { schooljaar?: string; verzendendeSchoolId?: string }): Promise<CohortRegel[]> {
  const rijen: Array<Record<string, unknown>> = await m.query(
    `SELECT c.id, c.schooljaar, s.id AS school_id, s.naam AS school_naam, s.soort AS school_soort, ${tellingenSql('$2::date')}
     FROM overdracht.cohort c
     JOIN overdracht.school s ON s.id = c.verzendende_school_id
     LEFT JOIN overdracht.overdracht o ON o.cohort_id = c.id
    WHERE c.swv = $1 AND ($3::text IS NULL OR c.schooljaar = $3) AND ($4::uuid IS NULL OR c.verzendende_school_id = $4)
    GROUP BY c.id, s.id
    ORDER BY c.schooljaar DESC, s.naam`,
    [swv, vandaag, f.schooljaar ?? null, f.verzendendeSchoolId ?? null],
  );
  return rijen.map(cohortRegel);
}

export async function cohortBord(m: EntityManager, swv: string, vandaag: string, cohortId: string): Promise<CohortRegel | undefined> {
  const rijen: Array<Record<string, unknown>> = await m.query(
    `SELECT c.id, c.schooljaar, s.id AS school_id, s.naam AS school_naam, s.soort AS school_soort, ${tellingenSql('$2::date')}
     FROM overdracht.cohort c
     JOIN overdracht.school s ON s.id = c.verzendende_school_id
     LEFT JOIN overdracht.overdracht o ON o.cohort_id = c.id
    WHERE c.swv = $1 AND c.id = $3
    GROUP BY c.id, s.id`,
    [swv, vandaag, cohortId],
  );
  return rijen[0] && cohortRegel(rijen[0]);
}

function cohortRegel(r: Record<string, unknown>): CohortRegel {
  const { school_id, school_naam, school_soort, ...rest } = r;
  return { ...(rest as unknown as CohortRegel), verzendendeSchool: { id: school_id as string, naam: school_naam as string, soort: school_soort as Schoolsoort } };
}

export const SIGNAALFILTERS = ['steunpunt', 'twee-keer-afgewezen', 'waarschuwing', 'toelatingsrecht-gemist', 'warme-overdracht-open', 'voorziening-open', 'nazorg'] as const;
export type Signaalfilter = (typeof SIGNAALFILTERS)[number];

export interface LijstFilter {
  readonly cohortId?: string;
  readonly schooljaar?: string;
  readonly verzendendeSchoolId?: string;
  readonly ontvangendeSchoolId?: string;
  readonly route?: string;
  readonly status?: string;
  readonly open?: boolean;
  readonly signaal?: Signaalfilter;
  readonly limit: number;
  /** For older clients: slow deep in a long list (an OFFSET reads every row before it). */
  readonly offset: number;
  /** Keyset paging: the page after (`na`) or before (`voor`) this cursor; offset is then ignored. */
  readonly na?: string;
  readonly voor?: string;
}

/** Open cases first, then by their next date (NULLS LAST), then the id: as the cohort and SWV indexes hold it. */
export const LIJST_SORT: KeysetSort = {
  sleutels: [
    { kolom: 'o.open', richting: 'DESC', type: 'boolean', nullable: false },
    { kolom: 'o.volgende_datum', richting: 'ASC', type: 'date' },
  ],
  id: 'o.id',
};
/** The cursor's name for this order (there is one). */
export const LIJST_SORTEER = 'open-datum';

/** A row of the pupil list: the declared answer (./antwoorden). */
export type LijstRegel = z.output<typeof LijstRegelSchema>;

const SIGNAAL_SQL: Record<Signaalfilter, string> = {
  steunpunt: `(o.status = 'steunpunt' OR (o.regie = 'steunpunt' AND o.status IN ('aanmelding', 'geplaatst')))`,
  'twee-keer-afgewezen': `o.afwijzingen >= 2`,
  waarschuwing: `o.waarschuwing_vanaf <= $2::date`,
  'toelatingsrecht-gemist': `o.toelatingsrecht = 'gemist'`,
  'warme-overdracht-open': `o.status = 'geplaatst' AND o.kwetsbaar AND o.warme_overdracht <> 'gehouden'`,
  'voorziening-open': `o.voorzieningen_open > 0 AND o.status IN ('aanmelding', 'steunpunt', 'geplaatst')`,
  nazorg: `o.status = 'geplaatst' AND o.startdatum <= $2::date`,
};

/**
 * Pupils of a cohort, a school or the SWV, open cases first by their next date. Paged by
 * cursor (`na`/`voor`; each page a few ranges of the cohort or SWV index, as cheap deep in
 * the list as at its start) or, for older clients, by offset; counted up to 10,000. The
 * filters are parameters, the signal a fixed fragment.
 */
export async function overdrachtenLijst(m: EntityManager, swv: string, vandaag: string, f: LijstFilter): Promise<KeysetLijst<LijstRegel>> {
  const waar = [
    'o.swv = $1',
    '$2::date IS NOT NULL',
    '($3::uuid IS NULL OR o.cohort_id = $3)',
    '($4::text IS NULL OR o.schooljaar = $4)',
    '($5::uuid IS NULL OR o.verzendende_school_id = $5)',
    '($6::uuid IS NULL OR o.ontvangende_school_id = $6)',
    '($7::text IS NULL OR o.route = $7)',
    '($8::text IS NULL OR o.status = $8)',
    '($9::boolean IS NULL OR o.open = $9)',
    ...(f.signaal ? [SIGNAAL_SQL[f.signaal]] : []),
  ].join(' AND ');
  const params = [swv, vandaag, f.cohortId ?? null, f.schooljaar ?? null, f.verzendendeSchoolId ?? null, f.ontvangendeSchoolId ?? null, f.route ?? null, f.status ?? null, f.open ?? null];
  // One after the other: the caller's transaction has one connection.
  const { n, begrensd } = await begrensdTellen(m, 'overdracht.overdracht o', waar, params);
  const lees = (cursor: Cursor | undefined, kant: 'na' | 'voor', offset: number): Promise<Array<LijstRegel & KeysetRij>> => {
    const p: unknown[] = [...params];
    const bron = keysetBron({ sort: LIJST_SORT, kolommen: 'o.*', van: 'overdracht.overdracht o', filters: [waar], cursor, kant, limit: f.limit, offset, param: (v) => `$${p.push(v)}` });
    return m.query(
      `SELECT o.id, o.versie, l.weergave AS leerling, o.route, o.status, o.regie, o.afwijzingen, o.kwetsbaar, o.voorzieningen_open AS "voorzieningenOpen",
              o.warme_overdracht AS "warmeOverdracht", o.toelatingsrecht, vs.naam AS "verzendendeSchool", os.naam AS "ontvangendeSchool",
              to_char(o.volgende_datum, 'YYYY-MM-DD') AS "volgendeDatum", o.volgende_soort AS "volgendeSoort",
              coalesce(o.waarschuwing_vanaf <= $2::date, false) AS waarschuwing,
              to_char(o.startdatum, 'YYYY-MM-DD') AS startdatum, to_char(o.controledatum, 'YYYY-MM-DD') AS controledatum, ${keysetSelectie(LIJST_SORT, 'o')}
         FROM (${bron}) o
         JOIN overdracht.leerling l ON l.id = o.leerling_id
         JOIN overdracht.school vs ON vs.id = o.verzendende_school_id
         LEFT JOIN overdracht.school os ON os.id = o.ontvangende_school_id
        ORDER BY ${keysetVolgorde(LIJST_SORT, 'o')}`,
      p,
    );
  };
  const leeg = n === 0 || (!f.na && !f.voor && !begrensd && f.offset >= n);
  const { rijen, volgende, vorige } = await keysetPagina({ ...f, sorteer: LIJST_SORTEER }, lees, leeg);
  return { totaal: n, totaalBegrensd: begrensd, volgende, vorige, items: rijen };
}
