import { deterministicUuid } from '@pao/contracts';
import { type EntityManager } from 'typeorm';
import { type Swv } from '../domain';

export interface DemoBestuur {
  readonly bestuursnummer: string;
  readonly naam: string;
}

export interface DemoSchool {
  readonly swv: Swv;
  readonly brin: string;
  readonly naam: string;
  readonly soort: 'regulier' | 'SBO' | 'SO' | 'VSO' | 'PrO';
  readonly plaats: string;
  readonly bestuursnummer: string;
}

/**
 * VO: the boards and V(S)O schools of the ondersteuningsplan SWV VO Almere, Bijlage 2
 * (../shared/seeds/001, line 2981 ff.). The appendix lists boards and schools separately;
 * which board runs which school is inferred from the BRIN numbers and names and should be
 * checked against DUO's register. PO: plausible, synthetic boards and schools (the "DEMO"
 * BRINs do not exist), with SBO and SO schools for the PO soorten.
 */
export const BESTUREN: readonly DemoBestuur[] = [
  { bestuursnummer: '30882', naam: 'Stg Eduvier Onderwijsgroep' },
  { bestuursnummer: '40306', naam: 'Stg Alg Bz VO Flevoland' },
  { bestuursnummer: '40687', naam: 'Stichting Aeres Groep' },
  { bestuursnummer: '41676', naam: 'Almeerse Scholen Groep (ASG)' },
  { bestuursnummer: '41880', naam: 'Stg Almere Speciaal' },
  { bestuursnummer: '42620', naam: 'Het Baken Almere, Stichting' },
  { bestuursnummer: 'DEMO-PO-1', naam: 'Stichting Openbaar Primair Onderwijs Almere (demo)' },
  { bestuursnummer: 'DEMO-PO-2', naam: 'Stichting Christelijk Primair Onderwijs Almere (demo)' },
  { bestuursnummer: 'DEMO-PO-3', naam: 'Stichting Speciaal Onderwijs Flevoland (demo)' },
];

const vo = (brin: string, naam: string, soort: DemoSchool['soort'], bestuursnummer: string): DemoSchool => ({ swv: 'VO', brin, naam, soort, plaats: 'Almere', bestuursnummer });
const po = (brin: string, naam: string, soort: DemoSchool['soort'], bestuursnummer: string): DemoSchool => ({ swv: 'PO', brin, naam, soort, plaats: 'Almere', bestuursnummer });

export const SCHOLEN: readonly DemoSchool[] = [
  vo('01FP00', 'Baken Stad', 'regulier', '42620'),
  vo('01FP01', 'Baken Park Lyceum', 'regulier', '42620'),
  vo('01FP04', 'Baken Trinitas', 'regulier', '42620'),
  vo('01FP05', 'Baken Poort', 'regulier', '42620'),
  vo('01FP06', 'ISA', 'regulier', '42620'),
  vo('16AW00', 'Opb Echnaton', 'regulier', '41676'),
  vo('16AW01', 'Opb Helen Parkhurst', 'regulier', '41676'),
  vo('17DN00', 'SGM De Meergronden', 'regulier', '41676'),
  vo('17DN01', 'Arte College', 'regulier', '41676'),
  vo('17J00', 'Pro Bachweg', 'PrO', '41676'),
  vo('23HU00', 'Nautilus College (VSO)', 'VSO', '30882'),
  vo('24RW00', 'OVC', 'regulier', '40306'),
  vo('24RW01', 'Buitenhout College', 'regulier', '40306'),
  vo('24RW04', 'MLF', 'regulier', '40306'),
  vo('27VD00', 'VMBO Aeres', 'regulier', '40687'),
  vo('28BU00', 'PrO Marathonlaan (Tom Poesstraat)', 'PrO', '30882'),
  vo('28BU02', 'PrO Marathonlaan (Koningsbeltstraat)', 'PrO', '30882'),
  vo('30EF00', 'Stg Almere Speciaal (VSO)', 'VSO', '41880'),
  po('DEMO01', 'OBS De Zonnewijzer', 'regulier', 'DEMO-PO-1'),
  po('DEMO02', 'OBS De Wissel', 'regulier', 'DEMO-PO-1'),
  po('DEMO03', 'OBS Het Palet', 'regulier', 'DEMO-PO-1'),
  po('DEMO04', 'CBS De Regenboog', 'regulier', 'DEMO-PO-2'),
  po('DEMO05', 'CBS De Ark', 'regulier', 'DEMO-PO-2'),
  po('DEMO06', 'CBS Het Kompas', 'regulier', 'DEMO-PO-2'),
  po('DEMO07', 'SBO De Horizon', 'SBO', 'DEMO-PO-1'),
  po('DEMO08', 'SBO Het Startpunt', 'SBO', 'DEMO-PO-2'),
  po('DEMO09', 'SO De Wijde Blik', 'SO', 'DEMO-PO-3'),
  po('DEMO10', 'SO Het Anker', 'SO', 'DEMO-PO-3'),
];

export const bestuurId = (bestuursnummer: string) => deterministicUuid(`toeleiding/bevoegd-gezag/${bestuursnummer}`);
export const schoolId = (swv: Swv, brin: string) => deterministicUuid(`toeleiding/school/${swv}/${brin}`);

export function schoolVan(swv: Swv, brin: string): { schoolId: string; bevoegdGezagId: string } {
  const s = SCHOLEN.find((x) => x.swv === swv && x.brin === brin);
  if (!s) throw new Error(`unknown demo school ${swv}/${brin}`);
  return { schoolId: schoolId(swv, brin), bevoegdGezagId: bestuurId(s.bestuursnummer) };
}

/** The register for both SWVs; idempotent (stable ids, ON CONFLICT). */
export async function seedRegister(m: EntityManager): Promise<number> {
  await m.query(
    `INSERT INTO toeleiding.bevoegd_gezag (id, bestuursnummer, naam)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) ON CONFLICT (id) DO UPDATE SET naam = EXCLUDED.naam`,
    [BESTUREN.map((b) => bestuurId(b.bestuursnummer)), BESTUREN.map((b) => b.bestuursnummer), BESTUREN.map((b) => b.naam)],
  );
  await m.query(
    `INSERT INTO toeleiding.school (id, swv, brin, naam, soort, plaats, bevoegd_gezag_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[])
     ON CONFLICT (id) DO UPDATE SET naam = EXCLUDED.naam, soort = EXCLUDED.soort, bevoegd_gezag_id = EXCLUDED.bevoegd_gezag_id`,
    [
      SCHOLEN.map((s) => schoolId(s.swv, s.brin)),
      SCHOLEN.map((s) => s.swv),
      SCHOLEN.map((s) => s.brin),
      SCHOLEN.map((s) => s.naam),
      SCHOLEN.map((s) => s.soort),
      SCHOLEN.map((s) => s.plaats),
      SCHOLEN.map((s) => bestuurId(s.bestuursnummer)),
    ],
  );
  return SCHOLEN.length;
}
