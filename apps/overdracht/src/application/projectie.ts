import {
  aantalAfwijzingen,
  controledatum,
  isEindstatus,
  termijnen,
  volgendeDatum,
  warmeOverdrachtStatus,
  type Overdracht,
} from '../domain';
import { type ProjectieKolom } from '../persistence/projectie-kolommen';
import { kalenderSleutel } from '../termijnen/kalender-sleutel';

/**
 * The columns the board, nazorg list and figures query. Dates only, no "today": whether
 * a warning applies is decided when read (waarschuwing_vanaf ≤ today), so nothing goes
 * stale between commands.
 */
export function projectie(s: Overdracht): Record<ProjectieKolom, unknown> {
  const volgende = volgendeDatum(s);
  const eind = isEindstatus(s.status);
  // On time: by the placement date of the PO-VO calendar, else before the first school day.
  const bevestiging = s.kalender.plaatsingsbevestiging?.datum ?? s.kalender.eersteSchooldag.datum;
  return {
    cohort_id: s.cohortId,
    leerling_id: s.leerlingId,
    schooljaar: s.schooljaar,
    route: s.route,
    status: s.status,
    open: !eind,
    verzendende_school_id: s.verzendendeSchoolId,
    ontvangende_school_id: s.plaatsing?.schoolId ?? null,
    regie: s.regie,
    afwijzingen: aantalAfwijzingen(s),
    kwetsbaar: s.kwetsbaar,
    voorzieningen_open: s.voorzieningen.filter((v) => v.status !== 'geregeld' && v.status !== 'vervallen').length,
    warme_overdracht: s.plaatsing ? warmeOverdrachtStatus(s) : null,
    toelatingsrecht: s.toelatingsrecht ?? null,
    perspectief: s.perspectief?.perspectief ?? null,
    volgende_datum: volgende?.datum ?? null,
    volgende_soort: volgende?.termijn ?? null,
    waarschuwing_vanaf: volgende?.waarschuwingVanaf ?? null,
    geplaatst_op: s.plaatsing?.geplaatstOp ?? null,
    op_tijd_geplaatst: s.plaatsing ? s.plaatsing.geplaatstOp <= bevestiging : null,
    startdatum: s.plaatsing?.startdatum ?? null,
    controledatum: eind ? null : controledatum(s),
    gestart_op: s.gestartOp ?? null,
    uitgevallen_op: s.uitgevallenOp ?? null,
    afloop_op: s.afloop?.op ?? null,
    niet_gestart_reden: s.afloop?.nietGestart ?? null,
    vertrekreden: s.afloop?.vertrek ?? null,
    escalaties: s.escalaties.length,
    termijn_sleutels: termijnen(s).map(kalenderSleutel),
  };
}
