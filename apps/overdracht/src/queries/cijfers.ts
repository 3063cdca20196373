import { type EntityManager } from 'typeorm';
import { type z } from 'zod';
import { type Cijfers as CijfersSchema } from './antwoorden';

/**
 * Figures per cohort (school year × sending school): where pupils went, on time, rejections,
 * warm, not started, vsv. Its shape is the declared answer (./antwoorden).
 */
export type CohortCijfers = z.output<typeof CijfersSchema>['totaal'];

const PER_COHORT = `
  SELECT o.cohort_id, vs.naam AS school,
         count(*)::int AS totaal,
         count(*) FILTER (WHERE o.geplaatst_op IS NOT NULL)::int AS geplaatst,
         count(*) FILTER (WHERE o.op_tijd_geplaatst)::int AS op_tijd,
         coalesce(sum(o.afwijzingen), 0)::int AS afwijzingen,
         count(*) FILTER (WHERE o.afwijzingen >= 2)::int AS twee_keer,
         count(*) FILTER (WHERE o.status = 'steunpunt' OR o.afwijzingen >= 3)::int AS derde,
         count(*) FILTER (WHERE o.warme_overdracht = 'gehouden')::int AS warm,
         count(*) FILTER (WHERE o.status = 'gestart')::int AS gestart,
         count(*) FILTER (WHERE o.status = 'niet-gestart')::int AS niet_gestart,
         count(*) FILTER (WHERE o.uitgevallen_op IS NOT NULL)::int AS vsv,
         count(*) FILTER (WHERE o.status IN ('aanmelding', 'steunpunt'))::int AS zonder_school
    FROM overdracht.overdracht o JOIN overdracht.school vs ON vs.id = o.verzendende_school_id
   WHERE o.swv = $1 AND o.schooljaar = $2
   GROUP BY o.cohort_id, vs.naam`;

const BESTEMMING = `
  SELECT o.cohort_id,
         CASE WHEN os.soort IS NOT NULL THEN os.soort
              WHEN o.status = 'swv-verlaten' THEN coalesce(o.vertrekreden, 'elders')
              WHEN o.status = 'verhuisd' THEN 'verhuisd'
              ELSE 'onbekend' END AS bestemming,
         count(*)::int AS n
    FROM overdracht.overdracht o LEFT JOIN overdracht.school os ON os.id = o.ontvangende_school_id
   WHERE o.swv = $1 AND o.schooljaar = $2
   GROUP BY 1, 2`;

export async function cijfers(m: EntityManager, swv: string, schooljaar: string): Promise<{ schooljaar: string; cohorten: CohortCijfers[]; totaal: CohortCijfers }> {
  const rijen: Array<Record<string, number | string>> = await m.query(PER_COHORT, [swv, schooljaar]);
  const bestemmingen: Array<{ cohort_id: string; bestemming: string; n: number }> = await m.query(BESTEMMING, [swv, schooljaar]);
  const cohorten = rijen
    .map((r): CohortCijfers => ({
      cohortId: r.cohort_id as string,
      verzendendeSchool: r.school as string,
      totaal: r.totaal as number,
      bestemming: Object.fromEntries(bestemmingen.filter((b) => b.cohort_id === r.cohort_id).map((b) => [b.bestemming, b.n])),
      geplaatst: r.geplaatst as number,
      opTijdGeplaatst: r.op_tijd as number,
      afwijzingen: r.afwijzingen as number,
      tweeKeerAfgewezen: r.twee_keer as number,
      derdeAfwijzingVoorgelegd: r.derde as number,
      warmeOverdrachtGehouden: r.warm as number,
      gestart: r.gestart as number,
      nietGestart: r.niet_gestart as number,
      vsv: r.vsv as number,
      zonderSchool: r.zonder_school as number,
    }))
    .sort((a, b) => a.verzendendeSchool.localeCompare(b.verzendendeSchool, 'nl'));
  return { schooljaar, cohorten, totaal: optellen(cohorten) };
}

function optellen(lijst: readonly CohortCijfers[]): CohortCijfers {
  const som = (k: keyof Omit<CohortCijfers, 'cohortId' | 'verzendendeSchool' | 'bestemming'>) => lijst.reduce((t, c) => t + c[k], 0);
  const bestemming: Record<string, number> = {};
  for (const c of lijst) for (const [k, n] of Object.entries(c.bestemming)) bestemming[k] = (bestemming[k] ?? 0) + n;
  return {
    cohortId: null,
    verzendendeSchool: 'Totaal',
    totaal: som('totaal'),
    bestemming,
    geplaatst: som('geplaatst'),
    opTijdGeplaatst: som('opTijdGeplaatst'),
    afwijzingen: som('afwijzingen'),
    tweeKeerAfgewezen: som('tweeKeerAfgewezen'),
    derdeAfwijzingVoorgelegd: som('derdeAfwijzingVoorgelegd'),
    warmeOverdrachtGehouden: som('warmeOverdrachtGehouden'),
    gestart: som('gestart'),
    nietGestart: som('nietGestart'),
    vsv: som('vsv'),
    zonderSchool: som('zonderSchool'),
  };
}
