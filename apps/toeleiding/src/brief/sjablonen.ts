import { type Swv } from '../domain';

/**
 * The letterhead and the bezwaar address per SWV: each SWV is its own legal body and its
 * besluiten go out in its name (DOMAIN.md §1). Configuration, not code: an SWV changes
 * its address or signatory here. [check] addresses are placeholders until the SWVs supply theirs.
 */
export interface BriefSjabloon {
  readonly afzender: { readonly naam: string; readonly regels: readonly string[] };
  /** Where a bezwaarschrift goes. */
  readonly bezwaarAdres: readonly string[];
  readonly ondertekening: readonly string[];
  readonly voet: string;
}

export const BRIEF_SJABLONEN: Record<Swv, BriefSjabloon> = {
  PO: {
    afzender: { naam: 'Stichting Leerlingzorg Primair Onderwijs Almere', regels: ['Samenwerkingsverband passend onderwijs PO Almere', 'Steunpunt Toeleiding · Postbus 60000 · 1300 DA Almere'] },
    bezwaarAdres: ['Het bestuur van Stichting Leerlingzorg Primair Onderwijs Almere', 't.a.v. de Landelijke Bezwaaradviescommissie toelaatbaarheidsverklaringen', 'Postbus 60000, 1300 DA Almere'],
    ondertekening: ['Met vriendelijke groet,', '', 'namens het bestuur van Stichting Leerlingzorg Primair Onderwijs Almere,', 'de teamleider Toeleiding'],
    voet: 'Samenwerkingsverband PO Almere · passend onderwijs',
  },
  VO: {
    afzender: { naam: 'Samenwerkingsverband VO Almere', regels: ['Passend Onderwijs Almere · Steunpunt Toeleiding', 'Postbus 60001 · 1300 DB Almere'] },
    bezwaarAdres: ['Het bestuur van het Samenwerkingsverband VO Almere', 't.a.v. de Landelijke Bezwaaradviescommissie toelaatbaarheidsverklaringen', 'Postbus 60001, 1300 DB Almere'],
    ondertekening: ['Met vriendelijke groet,', '', 'namens het bestuur van het Samenwerkingsverband VO Almere,', 'de teamleider Toeleiding'],
    voet: 'Samenwerkingsverband VO Almere · passend onderwijs',
  },
};
