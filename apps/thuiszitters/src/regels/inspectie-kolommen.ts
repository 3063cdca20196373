/**
 * The columns of the thuiszitter register the inspectie asks for every quarter, as
 * configuration: the inspectie's current form is to be supplied by a pilot SWV, so the
 * headings and their order live here (a new version when the form changes), not in the
 * export code. Each column names a field of an anonymised register row.
 */
export type RegisterVeld =
  | 'volgnummer'
  | 'pseudoniem'
  | 'categorie'
  | 'brin'
  | 'thuisSinds'
  | 'thuiszitterSinds'
  | 'eindeThuis'
  | 'dagenThuis'
  | 'langerDanDrieMaanden'
  | 'statusOpPeildatum'
  | 'oplossing'
  | 'vrijstellingGrond'
  | 'vrijstellingVan'
  | 'vrijstellingTot';

export interface RegisterKolom {
  readonly kop: string;
  readonly veld: RegisterVeld;
}

export const INSPECTIE_KOLOMMEN_VERSIE = 'inspectie-register-2026.1';

export const INSPECTIE_KOLOMMEN: readonly RegisterKolom[] = [
  { kop: 'Volgnummer', veld: 'volgnummer' },
  { kop: 'Leerling (pseudoniem)', veld: 'pseudoniem' },
  { kop: 'Categorie', veld: 'categorie' },
  { kop: 'BRIN school van inschrijving', veld: 'brin' },
  { kop: 'Thuis sinds', veld: 'thuisSinds' },
  { kop: 'Thuiszitter sinds', veld: 'thuiszitterSinds' },
  { kop: 'Einde thuiszitten', veld: 'eindeThuis' },
  { kop: 'Dagen thuis (tot peildatum)', veld: 'dagenThuis' },
  { kop: 'Langer dan 3 maanden zonder passend aanbod', veld: 'langerDanDrieMaanden' },
  { kop: 'Situatie op peildatum', veld: 'statusOpPeildatum' },
  { kop: 'Oplossing', veld: 'oplossing' },
  { kop: 'Vrijstelling (grond)', veld: 'vrijstellingGrond' },
  { kop: 'Vrijstelling van', veld: 'vrijstellingVan' },
  { kop: 'Vrijstelling tot', veld: 'vrijstellingTot' },
];
