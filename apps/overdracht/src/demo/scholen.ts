import { deterministicUuid } from '@pao/contracts';
import { type EntityManager } from 'typeorm';
import { type Schoolsoort } from '../domain';

export interface DemoSchool {
  readonly brin: string;
  readonly naam: string;
  readonly soort: Schoolsoort;
  /** The SWV the school belongs to; MBO institutions belong to none. */
  readonly swv: 'PO' | 'VO' | null;
}

/**
 * The register this service starts with: PO, SBO and SO schools (synthetic "DEMO" BRINs,
 * as in toeleiding's demo), the V(S)O and PrO schools of the ondersteuningsplan SWV VO
 * Almere, Bijlage 2 (../shared/seeds/001, line 2981 ff.), and two MBO institutions
 * (synthetic). Ids are this service's own, derived from the BRIN.
 */
export const SCHOLEN: readonly DemoSchool[] = [
  { brin: 'DEMO01', naam: 'OBS De Zonnewijzer', soort: 'po', swv: 'PO' },
  { brin: 'DEMO02', naam: 'OBS De Wissel', soort: 'po', swv: 'PO' },
  { brin: 'DEMO03', naam: 'OBS Het Palet', soort: 'po', swv: 'PO' },
  { brin: 'DEMO04', naam: 'CBS De Regenboog', soort: 'po', swv: 'PO' },
  { brin: 'DEMO05', naam: 'CBS De Ark', soort: 'po', swv: 'PO' },
  { brin: 'DEMO06', naam: 'CBS Het Kompas', soort: 'po', swv: 'PO' },
  { brin: 'DEMO07', naam: 'SBO De Horizon', soort: 'sbo', swv: 'PO' },
  { brin: 'DEMO08', naam: 'SBO Het Startpunt', soort: 'sbo', swv: 'PO' },
  { brin: 'DEMO09', naam: 'SO De Wijde Blik', soort: 'so', swv: 'PO' },
  { brin: 'DEMO10', naam: 'SO Het Anker', soort: 'so', swv: 'PO' },
  { brin: '01FP00', naam: 'Baken Stad', soort: 'vo', swv: 'VO' },
  { brin: '01FP01', naam: 'Baken Park Lyceum', soort: 'vo', swv: 'VO' },
  { brin: '01FP04', naam: 'Baken Trinitas', soort: 'vo', swv: 'VO' },
  { brin: '01FP05', naam: 'Baken Poort', soort: 'vo', swv: 'VO' },
  { brin: '16AW00', naam: 'Opb Echnaton', soort: 'vo', swv: 'VO' },
  { brin: '16AW01', naam: 'Opb Helen Parkhurst', soort: 'vo', swv: 'VO' },
  { brin: '17DN00', naam: 'SGM De Meergronden', soort: 'vo', swv: 'VO' },
  { brin: '24RW00', naam: 'OVC', soort: 'vo', swv: 'VO' },
  { brin: '24RW01', naam: 'Buitenhout College', soort: 'vo', swv: 'VO' },
  { brin: '27VD00', naam: 'VMBO Aeres', soort: 'vo', swv: 'VO' },
  { brin: '17J00', naam: 'Pro Bachweg', soort: 'pro', swv: 'VO' },
  { brin: '28BU00', naam: 'PrO Marathonlaan (Tom Poesstraat)', soort: 'pro', swv: 'VO' },
  { brin: '23HU00', naam: 'Nautilus College (VSO)', soort: 'vso', swv: 'VO' },
  { brin: '30EF00', naam: 'Stg Almere Speciaal (VSO)', soort: 'vso', swv: 'VO' },
  { brin: 'DEMOM1', naam: 'ROC Flevoland, Almere (demo)', soort: 'mbo', swv: null },
  { brin: 'DEMOM2', naam: 'MBO College Almere (demo)', soort: 'mbo', swv: null },
];

export const schoolId = (brin: string) => deterministicUuid(`overdracht/school/${brin}`);

export async function seedScholen(m: EntityManager): Promise<number> {
  await m.query(
    `INSERT INTO overdracht.school (id, brin, naam, soort, swv, plaats)
     SELECT *, 'Almere' FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (id) DO UPDATE SET naam = EXCLUDED.naam, soort = EXCLUDED.soort, swv = EXCLUDED.swv`,
    [SCHOLEN.map((s) => schoolId(s.brin)), SCHOLEN.map((s) => s.brin), SCHOLEN.map((s) => s.naam), SCHOLEN.map((s) => s.soort), SCHOLEN.map((s) => s.swv)],
  );
  return SCHOLEN.length;
}
