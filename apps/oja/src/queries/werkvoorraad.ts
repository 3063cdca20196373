import { plusDagen, type IsoDatum, type Pagina } from '@pao/zaak';
import { type EntityManager } from 'typeorm';

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

export interface WerkvoorraadItem {
  readonly id: string;
  readonly vorm: string;
  readonly typeCode: string;
  readonly voorziening: string;
  readonly gemeente: string;
  readonly status: string;
  readonly aanZet: string | null;
  readonly leerling: string | null;
  readonly ingangsdatum: IsoDatum;
  readonly einddatum: IsoDatum;
  readonly volgendeEvaluatie: IsoDatum | null;
  readonly plaatsen: number | null;
  readonly bezet: number | null;
  readonly vastgelegdCent: number;
  readonly gerealiseerdCent: number;
  readonly bovenBudget: boolean;
  /** What needs attention, in words the UI shows next to an icon (never colour alone). */
  readonly signalen: readonly ('evaluatie-verlopen' | 'evaluatie-binnenkort' | 'einde-binnenkort' | 'boven-budget')[];
}

export interface Werkvoorraad extends Pagina<WerkvoorraadItem> {
  readonly tellers: Readonly<Record<Exclude<Lijst, 'alle'>, number>>;
}

interface Rij {
  id: string;
  vorm: string;
  type_code: string;
  voorziening: string;
  gemeente: string;
  status: string;
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
  totaal: string;
}

/**
 * The arrangements werkvoorraad of an SWV (or of one gemeente): open arrangements, or the
 * lists that need someone — assessments waiting, evaluations due, einddata near, over
 * budget — nearest date first. Indexed per list (migration), paged, with the counts per list.
 */
export async function werkvoorraad(m: EntityManager, swv: string, q: WerkvoorraadFilter, vandaag: IsoDatum, v: Vensters, metLeerling: boolean): Promise<Werkvoorraad> {
  const evaluatieTot = plusDagen(vandaag, v.evaluatieDagen);
  const eindeTot = plusDagen(vandaag, v.eindeDagen);
  /** Every query gets its own parameter list: PostgreSQL refuses a parameter it cannot type because the text does not use it. */
  const filters = () => {
    const p: unknown[] = [swv];
    const $ = (x: unknown) => `$${p.push(x)}`;
    const basis = ['a.swv = $1', 'a.open'];
    if (q.vorm) basis.push(`a.vorm = ${$(q.vorm)}`);
    if (q.typeCode) basis.push(`a.type_code = ${$(q.typeCode)}`);
    if (q.gemeente) basis.push(`a.gemeente = ${$(q.gemeente)}`);
    const lijst: Record<Lijst, () => string> = {
      alle: () => 'true',
      beoordeling: () => `a.status IN ('in-beoordeling', 'beoordeeld')`,
      evaluatie: () => `a.volgende_evaluatie <= ${$(evaluatieTot)}::date`,
      einde: () => `a.status IN ('toegekend', 'lopend') AND a.einddatum <= ${$(eindeTot)}::date`,
      budget: () => 'a.boven_budget',
    };
    return { p, $, basis: basis.join(' AND '), lijst };
  };
  const volgorde: Record<Lijst, string> = {
    alle: `least(a.volgende_evaluatie, CASE WHEN a.status IN ('toegekend', 'lopend') THEN a.einddatum END, a.aangevraagd_op) NULLS LAST, a.id`,
    beoordeling: 'a.aangevraagd_op, a.id',
    evaluatie: 'a.volgende_evaluatie, a.id',
    einde: 'a.einddatum, a.id',
    budget: 'a.einddatum, a.id',
  };
  const f = filters();
  const waar = `${f.basis} AND ${f.lijst[q.lijst]()}`;
  const rijen: Rij[] = await m.query(
    `SELECT a.id, a.vorm, a.type_code, a.voorziening, a.gemeente, a.status, a.aan_zet, ${metLeerling ? 'l.weergave' : 'NULL::text AS weergave'},
            a.ingangsdatum::text, a.einddatum::text, a.volgende_evaluatie::text, a.plaatsen, a.bezet, a.vastgelegd_cent, a.gerealiseerd_cent, a.boven_budget,
            count(*) OVER () AS totaal
       FROM oja.arrangement a ${metLeerling ? 'LEFT JOIN oja.leerling l ON l.id = a.leerling_id' : ''}
      WHERE ${waar}
      ORDER BY ${volgorde[q.lijst]}
      LIMIT ${f.$(q.limit)} OFFSET ${f.$(q.offset)}`,
    f.p,
  );
  const t = filters();
  const [tellers]: Array<Record<string, string>> = await m.query(
    `SELECT count(*) FILTER (WHERE ${t.lijst.beoordeling()}) AS beoordeling,
            count(*) FILTER (WHERE ${t.lijst.evaluatie()}) AS evaluatie,
            count(*) FILTER (WHERE ${t.lijst.einde()}) AS einde,
            count(*) FILTER (WHERE ${t.lijst.budget()}) AS budget
       FROM oja.arrangement a WHERE ${t.basis}`,
    t.p,
  );
  let totaal = Number(rijen[0]?.totaal ?? 0);
  if (rijen.length === 0 && q.offset > 0) {
    const n = filters();
    totaal = await telAlleen(m, `${n.basis} AND ${n.lijst[q.lijst]()}`, n.p);
  }
  return {
    totaal,
    tellers: { beoordeling: Number(tellers.beoordeling), evaluatie: Number(tellers.evaluatie), einde: Number(tellers.einde), budget: Number(tellers.budget) },
    items: rijen.map((r) => item(r, vandaag, plusDagen(vandaag, 14), eindeTot)),
  };
}

async function telAlleen(m: EntityManager, waar: string, p: unknown[]): Promise<number> {
  const [{ n }]: Array<{ n: string }> = await m.query(`SELECT count(*) AS n FROM oja.arrangement a WHERE ${waar}`, p);
  return Number(n);
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
