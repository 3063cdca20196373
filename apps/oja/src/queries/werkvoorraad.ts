import { keysetBron, TELGRENS, keysetPagina, keysetSelectie, keysetVolgorde, plusDagen, type Cursor, type IsoDatum, type KeysetRij, type KeysetSort } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { type Status, type Vorm } from '../domain';
import { type WerkvoorraadAntwoord } from './antwoorden';

export const LIJSTEN = ['alle', 'beoordeling', 'evaluatie', 'einde', 'budget'] as const;
export type Lijst = (typeof LIJSTEN)[number];

export interface WerkvoorraadFilter {
  readonly lijst: Lijst;
  readonly vorm?: 'individueel' | 'collectief';
  readonly typeCode?: string;
  readonly gemeente?: string;
  readonly limit: number;
  /** For older clients: slow deep in a long list (an OFFSET reads every row before it). */
  readonly offset: number;
  /** Keyset paging: the page after (`na`) or before (`voor`) this cursor; offset is then ignored. */
  readonly na?: string;
  readonly voor?: string;
}


/** Each list's order: its date (NULLS LAST), then the id, as its partial index holds it (migration). A cursor names its list. */
const SORTEN: Record<Lijst, KeysetSort> = {
  alle: sortOp('a.aandacht_op'),
  beoordeling: sortOp('a.aangevraagd_op'),
  evaluatie: sortOp('a.volgende_evaluatie'),
  einde: sortOp('a.einddatum', false),
  budget: sortOp('a.einddatum', false),
};
function sortOp(kolom: string, nullable = true): KeysetSort {
  return { sleutels: [{ kolom, richting: 'ASC', type: 'date', nullable }], id: 'a.id' };
}

/** The sort behind a list (the HTTP layer checks a cursor against it). */
export const werkvoorraadSort = (lijst: Lijst): KeysetSort => SORTEN[lijst];

/** How far ahead the lists look: evaluations due within 30 days, einddata within the warning weeks (default 8). */
export interface Vensters {
  readonly evaluatieDagen: number;
  readonly eindeDagen: number;
}

/** A row of the werkvoorraad: its shape is the declared answer (./antwoorden). */
export type WerkvoorraadItem = WerkvoorraadAntwoord['items'][number];

export type Werkvoorraad = WerkvoorraadAntwoord;

interface Rij {
  id: string;
  vorm: Vorm;
  type_code: string;
  voorziening: string;
  gemeente: string;
  status: Status;
  aan_zet: string | null;
  weergave: string | null;
  ingangsdatum: string;
  einddatum: string;
  volgende_evaluatie: string | null;
  plaatsen: number | null;
  bezet: number | null;
  vastgelegd_cent: string;
  gerealiseerd_cent: string;
  boven_budget: boolean;
}

/**
 * The arrangements werkvoorraad of an SWV (or of one gemeente): open arrangements, or the
 * lists that need someone — assessments waiting, evaluations due, einddata near, over
 * budget — nearest date first. Indexed per list (migration), paged, with the counts per list.
 */
export async function werkvoorraad(m: EntityManager, swv: string, q: WerkvoorraadFilter, vandaag: IsoDatum, v: Vensters, metLeerling: boolean): Promise<WerkvoorraadAntwoord> {
  const evaluatieTot = plusDagen(vandaag, v.evaluatieDagen);
  const eindeTot = plusDagen(vandaag, v.eindeDagen);
  /** Every query gets its own parameter list: PostgreSQL refuses a parameter it cannot type because the text does not use it. */
  const filters = () => {
    const p: unknown[] = [swv];
    const $ = (x: unknown) => `$${p.push(x)}`;
    const eigen: string[] = [];
    if (q.vorm) eigen.push(`vorm = ${$(q.vorm)}`);
    if (q.typeCode) eigen.push(`type_code = ${$(q.typeCode)}`);
    if (q.gemeente) eigen.push(`gemeente = ${$(q.gemeente)}`);
    const basis = ['a.swv = $1', 'a.open', ...eigen.map((e) => `a.${e}`)];
    /** The same filters on the counter table (which holds open arrangements only). */
    const teller = ['c.swv = $1', ...eigen.map((e) => `c.${e}`)].join(' AND ');
    // Each condition matches the predicate of its partial index (migration), so the planner uses it.
    const lijst: Record<Lijst, () => string> = {
      alle: () => 'true',
      beoordeling: () => `a.status IN ('in-beoordeling', 'beoordeeld')`,
      evaluatie: () => `a.volgende_evaluatie IS NOT NULL AND a.volgende_evaluatie <= ${$(evaluatieTot)}::date`,
      einde: () => `a.status IN ('toegekend', 'lopend') AND a.einddatum <= ${$(eindeTot)}::date`,
      budget: () => 'a.boven_budget',
    };
    return { p, $, basis: basis.join(' AND '), teller, lijst };
  };
  const sort = SORTEN[q.lijst];
  const lees = (cursor: Cursor | undefined, kant: 'na' | 'voor', offset: number): Promise<Array<Rij & KeysetRij>> => {
    const f = filters();
    const bron = keysetBron({ sort, kolommen: 'a.*', van: 'oja.arrangement a', filters: [`${f.basis} AND ${f.lijst[q.lijst]()}`], cursor, kant, limit: q.limit, offset, param: f.$ });
    return m.query(
      `SELECT a.id, a.vorm, a.type_code, a.voorziening, a.gemeente, a.status, a.aan_zet, ${metLeerling ? 'l.weergave' : 'NULL::text AS weergave'},
              a.ingangsdatum::text, a.einddatum::text, a.volgende_evaluatie::text, a.plaatsen, a.bezet, a.vastgelegd_cent, a.gerealiseerd_cent, a.boven_budget,
              ${keysetSelectie(sort, 'a')}
         FROM (${bron}) a
         ${metLeerling ? 'LEFT JOIN oja.leerling l ON l.id = a.leerling_id' : ''}
        ORDER BY ${keysetVolgorde(sort, 'a')}`,
      f.p,
    );
  };
  // Counts: the lists by status from the trigger-kept counters, the date lists by a range scan of their own index.
  const t = filters();
  const tel = (conditie: string) => `(SELECT count(*) FROM (SELECT 1 FROM oja.arrangement a WHERE ${t.basis} AND ${conditie} LIMIT ${TELGRENS + 1}) x)`;
  const [tellers]: Array<Record<string, string>> = await m.query(
    `SELECT c.alle, c.beoordeling, c.budget, ${tel(t.lijst.evaluatie())} AS evaluatie, ${tel(t.lijst.einde())} AS einde
       FROM (SELECT coalesce(sum(aantal), 0) AS alle,
                    coalesce(sum(aantal) FILTER (WHERE c.status IN ('in-beoordeling', 'beoordeeld')), 0) AS beoordeling,
                    coalesce(sum(aantal) FILTER (WHERE c.boven_budget), 0) AS budget
               FROM oja.werkvoorraad_teller c WHERE ${t.teller}) c`,
    t.p,
  );
  // The counters are exact; the date lists' counts stop at TELGRENS + 1 (counting every overdue evaluation of a big SWV read them all).
  const getal = (n: string) => Math.min(Number(n), TELGRENS);
  const totaal = Number(tellers[q.lijst]);
  const begrensd = (q.lijst === 'evaluatie' || q.lijst === 'einde') && totaal > TELGRENS;
  const leeg = totaal === 0 || (!q.na && !q.voor && !begrensd && q.offset >= totaal);
  const { rijen, volgende, vorige } = await keysetPagina({ ...q, sorteer: q.lijst }, lees, leeg);
  return {
    totaal: begrensd ? TELGRENS : totaal,
    totaalBegrensd: begrensd,
    tellers: { beoordeling: Number(tellers.beoordeling), evaluatie: getal(tellers.evaluatie), einde: getal(tellers.einde), budget: Number(tellers.budget) },
    tellersBegrensd: { beoordeling: false, evaluatie: Number(tellers.evaluatie) > TELGRENS, einde: Number(tellers.einde) > TELGRENS, budget: false },
    volgende,
    vorige,
    items: rijen.map((r) => item(r, vandaag, plusDagen(vandaag, 14), eindeTot)),
  };
}

function item(r: Rij, vandaag: IsoDatum, evaluatieBinnenkort: IsoDatum, eindeBinnenkort: IsoDatum): WerkvoorraadItem {
  const signalen: WerkvoorraadItem['signalen'][number][] = [];
  if (r.volgende_evaluatie && r.volgende_evaluatie < vandaag) signalen.push('evaluatie-verlopen');
  else if (r.volgende_evaluatie && r.volgende_evaluatie <= evaluatieBinnenkort) signalen.push('evaluatie-binnenkort');
  if ((r.status === 'lopend' || r.status === 'toegekend') && r.einddatum <= eindeBinnenkort) signalen.push('einde-binnenkort');
  if (r.boven_budget) signalen.push('boven-budget');
  return {
    id: r.id,
    vorm: r.vorm,
    typeCode: r.type_code,
    voorziening: r.voorziening,
    gemeente: r.gemeente,
    status: r.status,
    aanZet: r.aan_zet,
    leerling: r.weergave,
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
    volgendeEvaluatie: r.volgende_evaluatie,
    plaatsen: r.plaatsen,
    bezet: r.bezet,
    vastgelegdCent: Number(r.vastgelegd_cent),
    gerealiseerdCent: Number(r.gerealiseerd_cent),
    bovenBudget: r.boven_budget,
    signalen,
  };
}
