/**
 * The counts of a cohort board, as SQL over the projection columns. `$today` is the
 * parameter number of today's date: a warning applies from waarschuwing_vanaf on.
 */
export function tellingenSql(today: string): string {
  return `count(o.id)::int AS totaal,
    count(*) FILTER (WHERE o.status IN ('aanmelding', 'steunpunt'))::int AS "zonderSchool",
    count(*) FILTER (WHERE o.status = 'geplaatst')::int AS geplaatst,
    count(*) FILTER (WHERE o.status = 'gestart')::int AS gestart,
    count(*) FILTER (WHERE o.status = 'niet-gestart')::int AS "nietGestart",
    count(*) FILTER (WHERE o.status IN ('verhuisd', 'swv-verlaten'))::int AS vertrokken,
    count(*) FILTER (WHERE o.afwijzingen >= 2)::int AS "tweeKeerAfgewezen",
    count(*) FILTER (WHERE o.status = 'steunpunt')::int AS "bijSteunpunt",
    count(*) FILTER (WHERE o.waarschuwing_vanaf <= ${today})::int AS waarschuwing,
    count(*) FILTER (WHERE o.toelatingsrecht = 'gemist')::int AS "toelatingsrechtGemist",
    to_char(min(o.volgende_datum) FILTER (WHERE o.volgende_datum >= ${today}), 'YYYY-MM-DD') AS "volgendeDatum"`;
}
