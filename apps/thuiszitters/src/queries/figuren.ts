import { type EntityManager } from 'typeorm';
import { type FigurenAntwoord } from './antwoorden';
import { type Kwartaal } from './kwartaal';

/**
 * The figures of one quarter for the SWV and its school boards: meldingen, new
 * thuiszitters, closed cases, who is at home at the end of the quarter (and how many
 * longer than 3 months), vrijstellingen; how long pupils were at home (median, p90) and
 * how they found a place. Anonymous counts only.
 */
export interface Telling {
  readonly gemeld: number;
  readonly gemeldPerSoort: Readonly<Record<string, number>>;
  readonly thuiszitterGeworden: number;
  readonly afgesloten: number;
  readonly thuisOpPeildatum: number;
  readonly langerDanDrieMaandenOpPeildatum: number;
  readonly vrijstellingenOpPeildatum: number;
}


interface TelRij {
  bestuur_id: string | null;
  soort: string;
  gemeld: number;
  thuiszitter_geworden: number;
  afgesloten: number;
  thuis: number;
  lang: number;
  vrijstellingen: number;
}

type Teller = { -readonly [K in keyof Telling]: K extends 'gemeldPerSoort' ? Record<string, number> : Telling[K] };

const EINDE_THUIS = 'coalesce(c.aanbod_start, c.afgesloten_op)';

export async function figuren(m: EntityManager, swv: string, k: Kwartaal): Promise<FigurenAntwoord> {
  const params = [swv, k.van, k.tot];
  const rijen: TelRij[] = await m.query(
    `SELECT coalesce(c.bevoegd_gezag_id, s.bevoegd_gezag_id) AS bestuur_id, c.soort,
            count(*) FILTER (WHERE c.gemeld_op BETWEEN $2 AND $3)::int AS gemeld,
            count(*) FILTER (WHERE c.thuiszitter_sinds BETWEEN $2 AND $3)::int AS thuiszitter_geworden,
            count(*) FILTER (WHERE c.afgesloten_op BETWEEN $2 AND $3)::int AS afgesloten,
            count(*) FILTER (WHERE c.thuiszitter_sinds <= $3 AND (${EINDE_THUIS} IS NULL OR ${EINDE_THUIS} > $3))::int AS thuis,
            count(*) FILTER (WHERE c.pact_verstreken_op <= $3 AND (${EINDE_THUIS} IS NULL OR ${EINDE_THUIS} > $3))::int AS lang,
            count(*) FILTER (WHERE c.vrijstelling_van <= $3 AND (c.vrijstelling_tot IS NULL OR c.vrijstelling_tot >= $3))::int AS vrijstellingen
       FROM thuiszitters.casus c
       LEFT JOIN thuiszitters.school s ON s.id = c.school_id AND s.swv = c.swv
      WHERE c.swv = $1 AND c.aangemaakt_op <= $3 AND (c.open OR c.afgesloten_op >= $2 OR c.soort = 'vrijstelling')
      GROUP BY 1, 2`,
    params,
  );
  const namen = new Map<string, string>(
    (await m.query(`SELECT DISTINCT bevoegd_gezag_id AS id, bevoegd_gezag_naam AS naam FROM thuiszitters.school WHERE swv = $1`, [swv])).map((r: { id: string; naam: string }) => [r.id, r.naam]),
  );
  const leeg = (): Teller => ({
    gemeld: 0,
    gemeldPerSoort: {},
    thuiszitterGeworden: 0,
    afgesloten: 0,
    thuisOpPeildatum: 0,
    langerDanDrieMaandenOpPeildatum: 0,
    vrijstellingenOpPeildatum: 0,
  });
  const tel = (t: Teller, r: TelRij) => {
    if (r.soort !== 'vrijstelling') {
      t.gemeld += r.gemeld;
      if (r.gemeld > 0) t.gemeldPerSoort[r.soort] = (t.gemeldPerSoort[r.soort] ?? 0) + r.gemeld;
    }
    t.thuiszitterGeworden += r.thuiszitter_geworden;
    t.afgesloten += r.afgesloten;
    t.thuisOpPeildatum += r.thuis;
    t.langerDanDrieMaandenOpPeildatum += r.lang;
    t.vrijstellingenOpPeildatum += r.vrijstellingen;
  };
  const totaal = leeg();
  const besturen = new Map<string, { bestuur: { id: string | null; naam: string | null } } & Teller>();
  for (const r of rijen) {
    tel(totaal, r);
    const sleutel = r.bestuur_id ?? '';
    if (!besturen.has(sleutel)) besturen.set(sleutel, { bestuur: { id: r.bestuur_id, naam: r.bestuur_id ? (namen.get(r.bestuur_id) ?? null) : null }, ...leeg() });
    tel(besturen.get(sleutel)!, r);
  }

  const [duur]: Array<{ aantal: number; mediaan: number | null; p90: number | null }> = await m.query(
    `SELECT count(*)::int AS aantal,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY (${EINDE_THUIS} - c.thuis_sinds))::float AS mediaan,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY (${EINDE_THUIS} - c.thuis_sinds))::float AS p90
       FROM thuiszitters.casus c
      WHERE c.swv = $1 AND c.thuis_sinds IS NOT NULL AND ${EINDE_THUIS} BETWEEN $2 AND $3`,
    params,
  );
  const uitkomsten: Array<{ uitkomst: string; aantal: number }> = await m.query(
    `SELECT coalesce(c.aanbod_uitkomst, c.afsluit_reden) AS uitkomst, count(*)::int AS aantal
       FROM thuiszitters.casus c
      WHERE c.swv = $1 AND c.afgesloten_op BETWEEN $2 AND $3 AND c.soort <> 'vrijstelling'
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    params,
  );
  return {
    kwartaal: k,
    swv: totaal,
    perBestuur: [...besturen.values()].sort((a, b) => (a.bestuur.naam ?? '~').localeCompare(b.bestuur.naam ?? '~')),
    duurThuis: { aantal: duur.aantal, mediaan: duur.mediaan, p90: duur.p90 },
    uitkomsten,
  };
}
