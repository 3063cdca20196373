/**
 * The projection columns of the overdracht table: what the cohort board, the nazorg list,
 * the Steunpunt's werkvoorraad and the figures filter, sort and count on. Written by the
 * pipeline after every command (see application/projectie.ts), never by hand.
 */
export const PROJECTIE_KOLOMMEN = [
  'cohort_id',
  'leerling_id',
  'schooljaar',
  'route',
  'status',
  'open',
  'verzendende_school_id',
  'ontvangende_school_id',
  'regie',
  'afwijzingen',
  'kwetsbaar',
  'voorzieningen_open',
  'warme_overdracht',
  'toelatingsrecht',
  'perspectief',
  'volgende_datum',
  'volgende_soort',
  'waarschuwing_vanaf',
  'geplaatst_op',
  'op_tijd_geplaatst',
  'startdatum',
  'controledatum',
  'gestart_op',
  'uitgevallen_op',
  'afloop_op',
  'niet_gestart_reden',
  'vertrekreden',
  'escalaties',
  'termijn_sleutels',
] as const;
export type ProjectieKolom = (typeof PROJECTIE_KOLOMMEN)[number];

export const PROJECTIE_DDL: readonly string[] = [
  'cohort_id uuid NOT NULL REFERENCES overdracht.cohort (id)',
  'leerling_id uuid NOT NULL REFERENCES overdracht.leerling (id)',
  'schooljaar text NOT NULL',
  "route text NOT NULL CHECK (route IN ('po-vo', 'so-vo', 'vo-mbo', 'vo-vo'))",
  'status text NOT NULL',
  'open boolean NOT NULL',
  'verzendende_school_id uuid NOT NULL',
  'ontvangende_school_id uuid',
  "regie text NOT NULL CHECK (regie IN ('school', 'steunpunt'))",
  'afwijzingen integer NOT NULL',
  'kwetsbaar boolean NOT NULL',
  'voorzieningen_open integer NOT NULL',
  'warme_overdracht text',
  'toelatingsrecht text',
  'perspectief text',
  'volgende_datum date',
  'volgende_soort text',
  'waarschuwing_vanaf date',
  'geplaatst_op date',
  'op_tijd_geplaatst boolean',
  'startdatum date',
  'controledatum date',
  'gestart_op date',
  'uitgevallen_op date',
  'afloop_op date',
  'niet_gestart_reden text',
  'vertrekreden text',
  'escalaties integer NOT NULL',
  'termijn_sleutels text[] NOT NULL',
];

/** The SQL type of each column (bulk inserts pass one array per column). */
export const PROJECTIE_TYPEN: Readonly<Record<ProjectieKolom, string>> = Object.fromEntries(
  PROJECTIE_KOLOMMEN.map((k) => [k, PROJECTIE_DDL.find((d) => d.startsWith(`${k} `))!.split(' ')[1]]),
) as Record<ProjectieKolom, string>;
