import { type Arrangement, bezetting, EIND_STATUSSEN, standPerBetaler } from '../domain';
import { gemeenteBetaaltMee } from '../domain/rollen';

/** Column names of the arrangement table's projection, in the order of the migration. */
export const PROJECTIE_KOLOMMEN = [
  'vorm',
  'type_code',
  'voorziening',
  'gemeente',
  'status',
  'leerling_id',
  'ingangsdatum',
  'einddatum',
  'aangevraagd_op',
  'startdatum',
  'volgende_evaluatie',
  'plaatsen',
  'bezet',
  'open',
  'boven_budget',
  'vastgelegd_cent',
  'gerealiseerd_cent',
  'aan_zet',
  'aandacht_op',
] as const;

/** Who owes the next step: the werkvoorraad shows it and filters on it. */
export function aanZet(s: Arrangement): string | null {
  switch (s.status) {
    case 'in-beoordeling': {
      const open = [!s.beoordeling.onderwijs && 'onderwijs', !s.beoordeling.jeugdhulp && (gemeenteBetaaltMee(s) ? 'gemeente' : 'steunpunt')].filter(Boolean);
      return `beoordeling:${open.join('+')}`;
    }
    case 'beoordeeld':
      return 'toekenning';
    case 'toegekend':
      return 'start';
    case 'lopend':
      return 'uitvoering';
    case 'beeindigd':
      return 'afsluiting';
    default:
      return null;
  }
}

/** The day the werkvoorraad sorts an arrangement by: the nearest thing that needs someone. */
export function aandachtOp(s: Arrangement): string | null {
  switch (s.status) {
    case 'in-beoordeling':
    case 'beoordeeld':
      return s.aanvraag?.aangevraagdOp ?? s.periode.van;
    case 'toegekend':
      return s.periode.van;
    case 'lopend':
      return s.volgendeEvaluatie && s.volgendeEvaluatie < s.periode.tot ? s.volgendeEvaluatie : s.periode.tot;
    case 'beeindigd':
      return s.einde?.datum ?? s.periode.tot;
    default:
      return null;
  }
}

/** The projection of a state: plain facts, nothing that depends on today (the queries compare dates). */
export function projectie(s: Arrangement): Record<(typeof PROJECTIE_KOLOMMEN)[number], unknown> {
  const geld = [...standPerBetaler(s.boekingen).values()];
  const vastgelegd = geld.reduce((t, r) => t + r.vastgelegdCent, 0);
  const gerealiseerd = geld.reduce((t, r) => t + r.gerealiseerdCent, 0);
  const boven = s.toekenningen.some((t) => t.overschrijding) || geld.some((r) => r.gerealiseerdCent > r.vastgelegdCent);
  return {
    vorm: s.vorm,
    type_code: s.typeCode,
    voorziening: s.voorziening,
    gemeente: s.gemeente,
    status: s.status,
    leerling_id: s.leerlingRef ?? null,
    ingangsdatum: s.periode.van,
    einddatum: s.periode.tot,
    aangevraagd_op: s.aanvraag?.aangevraagdOp ?? null,
    startdatum: s.startdatum ?? null,
    volgende_evaluatie: s.status === 'lopend' ? (s.volgendeEvaluatie ?? null) : null,
    plaatsen: s.plaatsen ?? null,
    bezet: s.vorm === 'collectief' ? bezetting(s) : null,
    open: !EIND_STATUSSEN.includes(s.status),
    boven_budget: boven,
    vastgelegd_cent: vastgelegd,
    gerealiseerd_cent: gerealiseerd,
    aan_zet: aanZet(s),
    aandacht_op: aandachtOp(s),
  };
}
