import { type Eindstatus, type NietGestartReden } from './typen';

/**
 * What happened, as the domain says it. Only two leave the service (overdracht-afgerond
 * and leerling-niet-gestart); the rest live in the audit trail and the figures.
 */
export type OverdrachtEvent =
  | { readonly naam: 'aangemaakt'; readonly data: { readonly route: string } }
  | { readonly naam: 'aangemeld'; readonly data: { readonly aanmeldingId: string; readonly schoolId: string } }
  | { readonly naam: 'afgewezen'; readonly data: { readonly aanmeldingId: string; readonly aantal: number } }
  | { readonly naam: 'voorgelegdAanSteunpunt'; readonly data: { readonly aanmeldingId: string } }
  | { readonly naam: 'geplaatst'; readonly data: { readonly schoolId: string; readonly geplaatstOp: string } }
  | { readonly naam: 'geescaleerd'; readonly data: { readonly soorten: readonly string[] } }
  | { readonly naam: 'gestart'; readonly data: { readonly schoolId: string; readonly gestartOp: string; readonly warm: boolean } }
  | {
      readonly naam: 'nietGestart';
      readonly data: { readonly reden: NietGestartReden; readonly verwachteStartdatum: string; readonly controledatum: string; readonly ontvangendeSchoolId: string | null };
    }
  | { readonly naam: 'uitgevallen'; readonly data: { readonly op: string } }
  | { readonly naam: 'beeindigd'; readonly data: { readonly status: Exclude<Eindstatus, 'gestart' | 'niet-gestart'> } };

export type EventNaam = OverdrachtEvent['naam'];
