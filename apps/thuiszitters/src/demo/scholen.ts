import { deterministicUuid } from '@pao/contracts';
import { type EntityManager } from 'typeorm';

/**
 * The demo school register of this service, with expertise profiles (SOP) a crisis
 * placement is searched on. The schools and boards are those of toeleiding's demo
 * register (ondersteuningsplan SWV VO Almere, Bijlage 2; synthetic PO schools), with the
 * same deterministic ids so a school means the same in events of both services; the
 * expertise per school is invented for the demo.
 */
interface DemoSchool {
  readonly swv: 'PO' | 'VO';
  readonly brin: string;
  readonly naam: string;
  readonly soort: 'regulier' | 'SBO' | 'SO' | 'VSO' | 'PrO';
  readonly bestuur: string;
  readonly expertise: readonly string[];
}

const BESTUREN: Record<string, string> = {
  '30882': 'Stg Eduvier Onderwijsgroep',
  '40306': 'Stg Alg Bz VO Flevoland',
  '40687': 'Stichting Aeres Groep',
  '41676': 'Almeerse Scholen Groep (ASG)',
  '41880': 'Stg Almere Speciaal',
  '42620': 'Het Baken Almere, Stichting',
  'DEMO-PO-1': 'Stichting Openbaar Primair Onderwijs Almere (demo)',
  'DEMO-PO-2': 'Stichting Christelijk Primair Onderwijs Almere (demo)',
  'DEMO-PO-3': 'Stichting Speciaal Onderwijs Flevoland (demo)',
};

const s = (swv: 'PO' | 'VO', brin: string, naam: string, soort: DemoSchool['soort'], bestuur: string, expertise: string[]): DemoSchool => ({ swv, brin, naam, soort, bestuur, expertise });

export const DEMO_SCHOLEN: readonly DemoSchool[] = [
  s('VO', '01FP00', 'Baken Stad', 'regulier', '42620', ['dyslexie', 'hoogbegaafdheid']),
  s('VO', '01FP01', 'Baken Park Lyceum', 'regulier', '42620', ['hoogbegaafdheid']),
  s('VO', '01FP04', 'Baken Trinitas', 'regulier', '42620', ['faalangst']),
  s('VO', '01FP05', 'Baken Poort', 'regulier', '42620', ['gedrag', 'kleine-groep']),
  s('VO', '01FP06', 'ISA', 'regulier', '42620', ['anderstaligen']),
  s('VO', '16AW00', 'Opb Echnaton', 'regulier', '41676', ['autisme']),
  s('VO', '16AW01', 'Opb Helen Parkhurst', 'regulier', '41676', ['faalangst', 'autisme']),
  s('VO', '17DN00', 'SGM De Meergronden', 'regulier', '41676', ['dyslexie']),
  s('VO', '17DN01', 'Arte College', 'regulier', '41676', ['kunstprofiel']),
  s('VO', '17J00', 'Pro Bachweg', 'PrO', '41676', ['praktijkonderwijs', 'arbeidstoeleiding']),
  s('VO', '23HU00', 'Nautilus College (VSO)', 'VSO', '30882', ['gedrag', 'psychiatrie', 'kleine-groep', 'crisisopvang']),
  s('VO', '24RW00', 'OVC', 'regulier', '40306', ['gedrag']),
  s('VO', '24RW01', 'Buitenhout College', 'regulier', '40306', ['autisme', 'kleine-groep']),
  s('VO', '24RW04', 'MLF', 'regulier', '40306', []),
  s('VO', '27VD00', 'VMBO Aeres', 'regulier', '40687', ['praktijkonderwijs']),
  s('VO', '28BU00', 'PrO Marathonlaan (Tom Poesstraat)', 'PrO', '30882', ['praktijkonderwijs', 'arbeidstoeleiding']),
  s('VO', '28BU02', 'PrO Marathonlaan (Koningsbeltstraat)', 'PrO', '30882', ['praktijkonderwijs']),
  s('VO', '30EF00', 'Stg Almere Speciaal (VSO)', 'VSO', '41880', ['autisme', 'psychiatrie', 'crisisopvang', 'kleine-groep']),
  s('PO', 'DEMO01', 'OBS De Zonnewijzer', 'regulier', 'DEMO-PO-1', ['dyslexie']),
  s('PO', 'DEMO02', 'OBS De Wissel', 'regulier', 'DEMO-PO-1', ['gedrag']),
  s('PO', 'DEMO03', 'OBS Het Palet', 'regulier', 'DEMO-PO-1', ['hoogbegaafdheid']),
  s('PO', 'DEMO04', 'CBS De Regenboog', 'regulier', 'DEMO-PO-2', []),
  s('PO', 'DEMO05', 'CBS De Ark', 'regulier', 'DEMO-PO-2', ['autisme']),
  s('PO', 'DEMO06', 'CBS Het Kompas', 'regulier', 'DEMO-PO-2', ['faalangst']),
  s('PO', 'DEMO07', 'SBO De Horizon', 'SBO', 'DEMO-PO-1', ['gedrag', 'kleine-groep']),
  s('PO', 'DEMO08', 'SBO Het Startpunt', 'SBO', 'DEMO-PO-2', ['kleine-groep', 'autisme']),
  s('PO', 'DEMO09', 'SO De Wijde Blik', 'SO', 'DEMO-PO-3', ['autisme', 'psychiatrie', 'crisisopvang']),
  s('PO', 'DEMO10', 'SO Het Anker', 'SO', 'DEMO-PO-3', ['gedrag', 'crisisopvang']),
];

/** The same ids as toeleiding's demo register. */
export const bestuurId = (bestuursnummer: string) => deterministicUuid(`toeleiding/bevoegd-gezag/${bestuursnummer}`);
export const schoolId = (swv: 'PO' | 'VO', brin: string) => deterministicUuid(`toeleiding/school/${swv}/${brin}`);

export function demoSchool(swv: 'PO' | 'VO', brin: string): { schoolId: string; bevoegdGezagId: string } {
  const x = DEMO_SCHOLEN.find((d) => d.swv === swv && d.brin === brin);
  if (!x) throw new Error(`unknown demo school ${swv}/${brin}`);
  return { schoolId: schoolId(swv, brin), bevoegdGezagId: bestuurId(x.bestuur) };
}

/** The register for both SWVs; idempotent (stable ids, ON CONFLICT). */
export async function seedScholen(m: EntityManager): Promise<number> {
  await m.query(
    `INSERT INTO thuiszitters.school (id, swv, brin, naam, soort, bevoegd_gezag_id, bevoegd_gezag_naam, expertise)
     SELECT id, swv, brin, naam, soort, bg, bgn, string_to_array(e, ',')
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[]) AS t(id, swv, brin, naam, soort, bg, bgn, e)
     ON CONFLICT (id) DO UPDATE SET naam = EXCLUDED.naam, soort = EXCLUDED.soort, bevoegd_gezag_id = EXCLUDED.bevoegd_gezag_id,
       bevoegd_gezag_naam = EXCLUDED.bevoegd_gezag_naam, expertise = EXCLUDED.expertise`,
    [
      DEMO_SCHOLEN.map((x) => schoolId(x.swv, x.brin)),
      DEMO_SCHOLEN.map((x) => x.swv),
      DEMO_SCHOLEN.map((x) => x.brin),
      DEMO_SCHOLEN.map((x) => x.naam),
      DEMO_SCHOLEN.map((x) => x.soort),
      DEMO_SCHOLEN.map((x) => bestuurId(x.bestuur)),
      DEMO_SCHOLEN.map((x) => BESTUREN[x.bestuur]),
      DEMO_SCHOLEN.map((x) => x.expertise.join(',')),
    ],
  );
  return DEMO_SCHOLEN.length;
}
