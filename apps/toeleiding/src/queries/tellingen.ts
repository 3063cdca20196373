import { type EntityManager } from 'typeorm';
import { type z } from 'zod';
import { type Swv, type TlvSoort } from '../domain';
import { type Telling } from './antwoorden';

/** The last telling of an SWV, per soort and per school; undefined before the first teldatum. */
export async function laatsteTelling(m: EntityManager, swv: Swv): Promise<z.output<typeof Telling> | undefined> {
  const [t]: Array<{ id: string; teldatum: string; soorten: TlvSoort[]; totaal_geldige_tlvs: number; totaal_plaatsingen: number; vastgesteld_op: Date }> =
    await m.query(
      `SELECT id, teldatum::text, soorten, totaal_geldige_tlvs, totaal_plaatsingen, vastgesteld_op FROM toeleiding.telling
       WHERE swv = $1 ORDER BY teldatum DESC LIMIT 1`,
      [swv],
    );
  if (!t) return undefined;
  const perSchool: Array<{ schoolId: string; schoolNaam: string | null; soort: TlvSoort; aantal: number; plaatsingen: number }> = await m.query(
    `SELECT r.school_id AS "schoolId", s.naam AS "schoolNaam", r.soort, r.geldige_tlvs AS aantal, r.plaatsingen
     FROM toeleiding.telling_regel r LEFT JOIN toeleiding.school s ON s.id = r.school_id
     WHERE r.telling_id = $1 ORDER BY s.naam, r.soort`,
    [t.id],
  );
  const perSoort = new Map<TlvSoort, { soort: TlvSoort; aantal: number; plaatsingen: number }>();
  for (const r of perSchool) {
    const x = perSoort.get(r.soort) ?? { soort: r.soort, aantal: 0, plaatsingen: 0 };
    x.aantal += r.aantal;
    x.plaatsingen += r.plaatsingen;
    perSoort.set(r.soort, x);
  }
  return {
    tellingId: t.id,
    teldatum: t.teldatum,
    soorten: t.soorten,
    vastgesteldOp: t.vastgesteld_op.toISOString(),
    totaalGeldigeTlvs: t.totaal_geldige_tlvs,
    totaalPlaatsingen: t.totaal_plaatsingen,
    perSoort: [...perSoort.values()].sort((a, b) => a.soort.localeCompare(b.soort)),
    perSchool,
  };
}
