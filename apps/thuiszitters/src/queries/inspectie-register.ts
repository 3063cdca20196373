import { type EntityManager } from 'typeorm';
import { type RegisterVeld } from '../regels/inspectie-kolommen';
import { type Kwartaal } from './kwartaal';
import { dagenTussen } from './sql';

/**
 * The thuiszitter register for the inspectie: cumulative over the school year up to the
 * quarter's last day (the peildatum), one row per pupil, vrijstellingen included,
 * anonymised: no name, no BSN, no id of ours; the pupil is a pseudonym that stays the same
 * in every quarter's file (so the inspectie can follow a pupil) but means nothing outside it.
 */
export type RegisterRij = Readonly<Record<RegisterVeld, string | number>>;

interface Rij {
  leerling_id: string;
  soort: string;
  brin: string | null;
  thuis_sinds: string | null;
  thuiszitter_sinds: string | null;
  einde_thuis: string | null;
  pact_verstreken_op: string | null;
  aanbod_uitkomst: string | null;
  afsluit_reden: string | null;
  vrijstelling_grond: string | null;
  vrijstelling_van: string | null;
  vrijstelling_tot: string | null;
}

const CATEGORIE: Record<string, string> = {
  'absoluut-verzuim': 'Absoluut verzuim',
  'langdurig-relatief-verzuim': 'Langdurig relatief verzuim',
  'art-5-onder-a': 'Vrijstelling art. 5 onder a',
  'art-5-onder-b': 'Vrijstelling art. 5 onder b',
  'art-5-onder-c': 'Vrijstelling art. 5 onder c',
};

const OPLOSSING: Record<string, string> = {
  'plaatsing-onderwijs': 'Plaatsing onderwijs',
  'plaatsing-jeugdhulp': 'Plaatsing jeugdhulp',
  arbeidstoeleiding: 'Project arbeidstoeleiding',
  teruggekeerd: 'Teruggekeerd op school',
  verhuisd: 'Verhuisd',
  overig: 'Overig',
};

const d = (kolom: string) => `to_char(${kolom}, 'YYYY-MM-DD') AS ${kolom.replace(/^c\./, '')}`;

export async function inspectieRegister(m: EntityManager, swv: string, k: Kwartaal, pseudoniem: (leerlingId: string) => string): Promise<RegisterRij[]> {
  const rijen: Rij[] = await m.query(
    `SELECT DISTINCT ON (c.leerling_id) c.leerling_id, c.soort, s.brin, ${d('c.thuis_sinds')}, ${d('c.thuiszitter_sinds')},
            to_char(CASE WHEN coalesce(c.aanbod_start, c.afgesloten_op) <= $3 THEN coalesce(c.aanbod_start, c.afgesloten_op) END, 'YYYY-MM-DD') AS einde_thuis,
            to_char(CASE WHEN c.pact_verstreken_op <= $3 THEN c.pact_verstreken_op END, 'YYYY-MM-DD') AS pact_verstreken_op,
            CASE WHEN c.aanbod_start <= $3 THEN c.aanbod_uitkomst END AS aanbod_uitkomst,
            CASE WHEN c.afgesloten_op <= $3 THEN c.afsluit_reden END AS afsluit_reden,
            c.vrijstelling_grond, ${d('c.vrijstelling_van')}, to_char(CASE WHEN c.vrijstelling_tot <= $3 THEN c.vrijstelling_tot END, 'YYYY-MM-DD') AS vrijstelling_tot
       FROM thuiszitters.casus c
       LEFT JOIN thuiszitters.school s ON s.id = c.school_id AND s.swv = c.swv
      WHERE c.swv = $1 AND c.leerling_id IS NOT NULL AND (
            (c.soort IN ('langdurig-relatief-verzuim', 'absoluut-verzuim') AND c.thuiszitter_sinds <= $3
              AND (coalesce(c.aanbod_start, c.afgesloten_op) IS NULL OR coalesce(c.aanbod_start, c.afgesloten_op) >= $2))
         OR (c.soort = 'vrijstelling' AND c.vrijstelling_van <= $3 AND (c.vrijstelling_tot IS NULL OR c.vrijstelling_tot >= $2)))
      ORDER BY c.leerling_id, coalesce(c.thuiszitter_sinds, c.vrijstelling_van) DESC, c.id`,
    [swv, k.schooljaarStart, k.tot],
  );
  // Order of the file: by the start of the period, so a quarter's new rows come last.
  rijen.sort((a, b) => (a.thuiszitter_sinds ?? a.vrijstelling_van ?? '').localeCompare(b.thuiszitter_sinds ?? b.vrijstelling_van ?? '') || pseudoniem(a.leerling_id).localeCompare(pseudoniem(b.leerling_id)));
  return rijen.map((r, i) => {
    const vrijstelling = r.soort === 'vrijstelling';
    const thuisTot = r.einde_thuis ?? k.tot;
    return {
      volgnummer: i + 1,
      pseudoniem: pseudoniem(r.leerling_id),
      categorie: CATEGORIE[vrijstelling ? (r.vrijstelling_grond ?? '') : r.soort] ?? r.soort,
      brin: r.brin ?? '',
      thuisSinds: r.thuis_sinds ?? '',
      thuiszitterSinds: r.thuiszitter_sinds ?? '',
      eindeThuis: r.einde_thuis ?? '',
      dagenThuis: !vrijstelling && r.thuis_sinds ? Math.max(0, dagenTussen(r.thuis_sinds, thuisTot)) : '',
      langerDanDrieMaanden: vrijstelling ? '' : r.pact_verstreken_op ? 'ja' : 'nee',
      statusOpPeildatum: vrijstelling ? (r.vrijstelling_tot ? 'vrijstelling beëindigd' : 'vrijstelling loopt') : r.einde_thuis ? 'niet meer thuis' : 'thuis',
      oplossing: r.aanbod_uitkomst ? OPLOSSING[r.aanbod_uitkomst] : r.afsluit_reden ? (OPLOSSING[r.afsluit_reden] ?? r.afsluit_reden) : '',
      vrijstellingGrond: vrijstelling ? (r.vrijstelling_grond ?? '') : '',
      vrijstellingVan: r.vrijstelling_van ?? '',
      vrijstellingTot: r.vrijstelling_tot ?? '',
    };
  });
}
