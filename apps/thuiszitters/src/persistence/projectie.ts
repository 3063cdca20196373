import { AAN_TAFEL, ZOEKT_AANBOD, volgendeTermijn, type Casus, type Vergadering } from '../domain';

/**
 * The columns the werkvoorraad, the Actietafel agenda and the figures filter and sort on,
 * derived from the state after every command (the state stays the truth).
 */
export const CASUS_KOLOMMEN_SQL = [
  'status text NOT NULL',
  'soort text NOT NULL',
  'niveau text NOT NULL',
  'open boolean NOT NULL',
  'aan_tafel boolean NOT NULL',
  'leerling_id uuid',
  'school_id uuid',
  'bevoegd_gezag_id uuid',
  'gemeente text NOT NULL',
  'aangemaakt_op date NOT NULL',
  'gemeld_op date',
  'thuis_sinds date',
  'thuiszitter_sinds date',
  'volgende_termijn_op date',
  'volgende_termijn_soort text',
  'actietafel_sinds date',
  'aandacht_teamleider boolean NOT NULL',
  'aandacht boolean NOT NULL',
  'open_acties integer NOT NULL',
  'verlopen_acties integer NOT NULL',
  'pact_verstreken_op date',
  'aanbod_uitkomst text',
  'aanbod_start date',
  'afgesloten_op date',
  'afsluit_reden text',
  'vrijstelling_grond text',
  'vrijstelling_van date',
  'vrijstelling_tot date',
  'bron text',
  'bron_id uuid',
  'besproken_in uuid[] NOT NULL',
] as const;

export const CASUS_KOLOMMEN = CASUS_KOLOMMEN_SQL.map((k) => k.split(' ')[0]);

export function casusProjectie(s: Casus): Record<string, unknown> {
  const volgende = volgendeTermijn(s);
  return {
    status: s.status,
    soort: s.soort,
    niveau: s.niveau,
    open: s.status !== 'afgesloten',
    aan_tafel: ZOEKT_AANBOD.includes(s.status) && AAN_TAFEL.includes(s.niveau),
    leerling_id: s.leerlingRef ?? null,
    school_id: s.melding?.schoolId ?? s.bron?.schoolId ?? s.vrijstelling?.schoolId ?? null,
    bevoegd_gezag_id: s.melding?.bevoegdGezagId ?? null,
    gemeente: s.gemeente,
    aangemaakt_op: s.aangemaaktOp,
    gemeld_op: s.melding?.gemeldOp ?? null,
    thuis_sinds: s.melding?.thuisSinds ?? null,
    thuiszitter_sinds: s.thuiszitterSinds ?? null,
    volgende_termijn_op: volgende?.klok.vervaltOp ?? null,
    volgende_termijn_soort: volgende ? (volgende.soort.startsWith('actie-') ? 'actie' : volgende.soort.startsWith('zorgplicht-') ? 'zorgplicht' : volgende.soort) : null,
    actietafel_sinds: s.actietafelSinds ?? null,
    aandacht_teamleider: s.aandachtTeamleiderSinds !== undefined,
    // Needs attention: the teamleider was called in, an action ran late, or the Pact's 3 months passed.
    aandacht: s.aandachtTeamleiderSinds !== undefined || s.acties.some((a) => a.status === 'verlopen') || (s.pactVerstrekenOp !== undefined && s.status !== 'aanbod'),
    open_acties: s.acties.filter((a) => a.status !== 'afgerond').length,
    verlopen_acties: s.acties.filter((a) => a.status === 'verlopen').length,
    pact_verstreken_op: s.pactVerstrekenOp ?? null,
    aanbod_uitkomst: s.aanbod?.uitkomst ?? null,
    aanbod_start: s.aanbod?.startOp ?? null,
    afgesloten_op: s.afsluiting?.op ?? null,
    afsluit_reden: s.afsluiting?.reden ?? null,
    vrijstelling_grond: s.vrijstelling?.grond ?? null,
    vrijstelling_van: s.vrijstelling?.ingangsdatum ?? null,
    vrijstelling_tot: s.vrijstelling?.einddatum ?? null,
    bron: s.bron?.bron ?? null,
    bron_id: s.bron?.bronId ?? null,
    besproken_in: [...new Set(s.besprekingen.map((b) => b.vergaderingId))],
  };
}

export const VERGADERING_KOLOMMEN_SQL = ['datum date NOT NULL', 'status text NOT NULL'] as const;
export const VERGADERING_KOLOMMEN = VERGADERING_KOLOMMEN_SQL.map((k) => k.split(' ')[0]);

export function vergaderingProjectie(v: Vergadering): Record<string, unknown> {
  return { datum: v.datum, status: v.status };
}
