import { plusDagen, type IsoDatum } from '@pao/zaak';
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
  readonly offset: number;
}

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
  const volgorde: Record<Lijst, string> = {
    alle: 'a.aandacht_op, a.id',
    beoordeling: 'a.aangevraagd_op, a.id',
    evaluatie: 'a.volgende_evaluatie, a.id',
    einde: 'a.einddatum, a.id',
    budget: 'a.einddatum, a.id',
  };
  const f = filters();
  const rijen: Rij[] = await m.query(
    `SELECT a.id, a.vorm, a.type_code, a.voorziening, a.gemeente, a.status, a.aan_zet, ${metLeerling ? 'l.weergave' : 'NULL::text AS weergave'},
            a.ingangsdatum::text, a.einddatum::text, a.volgende_evaluatie::text, a.plaatsen, a.bezet, a.vastgelegd_cent, a.gerealiseerd_cent, a.boven_budget
       FROM (SELECT * FROM oja.arrangement a WHERE ${f.basis} AND ${f.lijst[q.lijst]()} ORDER BY ${volgorde[q.lijst]} LIMIT ${f.$(q.limit)} OFFSET ${f.$(q.offset)}) a
       ${metLeerling ? 'LEFT JOIN oja.leerling l ON l.id = a.leerling_id' : ''}
      ORDER BY ${volgorde[q.lijst]}`,
    f.p,
  );
  // Counts: the lists by status from the trigger-kept counters, the date lists by a range scan of their own index.
  const t = filters();
  const tel = (conditie: string) => `(SELECT count(*) FROM oja.arrangement a WHERE ${t.basis} AND ${conditie})`;
  const [tellers]: Array<Record<string, string>> = await m.query(
    `SELECT c.alle, c.beoordeling, c.budget, ${tel(t.lijst.evaluatie())} AS evaluatie, ${tel(t.lijst.einde())} AS einde
       FROM (SELECT coalesce(sum(aantal), 0) AS alle,
                    coalesce(sum(aantal) FILTER (WHERE c.status IN ('in-beoordeling', 'beoordeeld')), 0) AS beoordeling,
                    coalesce(sum(aantal) FILTER (WHERE c.boven_budget), 0) AS budget
               FROM oja.werkvoorraad_teller c WHERE ${t.teller}) c`,
    t.p,
  );
  return {
    totaal: Number(tellers[q.lijst]),
    tellers: { beoordeling: Number(tellers.beoordeling), evaluatie: Number(tellers.evaluatie), einde: Number(tellers.einde), budget: Number(tellers.budget) },
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
