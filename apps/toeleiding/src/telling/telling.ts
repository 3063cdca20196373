import { randomUUID } from 'node:crypto';
import { createEvent } from '@pao/contracts';
import { type EntityManager } from 'typeorm';
import { correlatie, naarOutbox } from '@pao/zaak';
import { type IsoDatum, type Swv, type TlvSoort } from '../domain';
import { SCHEMA } from '../persistence/persistence';

export interface TellingRegel {
  schoolId: string;
  soort: TlvSoort;
  geldigeTlvs: number;
  plaatsingen: number;
}

export interface Telling {
  tellingId: string;
  swv: Swv;
  teldatum: IsoDatum;
  soorten: TlvSoort[];
  regels: TellingRegel[];
  totaalGeldigeTlvs: number;
  totaalPlaatsingen: number;
}

/**
 * TLVs valid on the teldatum, per school and soort, and how many of those pupils were
 * placed by then. A placed pupil counts at the school that placed it; a TLV not (yet)
 * placed counts at the school that asked for it. One indexed GROUP BY on the projection.
 */
export async function telOp(m: EntityManager, swv: Swv, teldatum: IsoDatum, soorten: readonly TlvSoort[]): Promise<TellingRegel[]> {
  const rijen: Array<{ school_id: string; soort: TlvSoort; geldig: number; geplaatst: number }> = await m.query(
    `SELECT CASE WHEN plaatsing_datum <= $2 THEN plaatsing_school_id ELSE school_id END AS school_id,
            tlv_soort AS soort, count(*)::int AS geldig, count(*) FILTER (WHERE plaatsing_datum <= $2)::int AS geplaatst
     FROM toeleiding.aanvraag
     WHERE swv = $1 AND tlv_id IS NOT NULL AND tlv_ingang <= $2 AND tlv_geldig_tot >= $2 AND tlv_soort = ANY($3::text[])
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [swv, teldatum, soorten],
  );
  return rijen.map((r) => ({ schoolId: r.school_id, soort: r.soort, geldigeTlvs: r.geldig, plaatsingen: r.geplaatst }));
}

/**
 * Fixes the telling of an SWV for a teldatum: stored and published (the basis for
 * funding, with the SWV's event source `bron`) in the caller's transaction. Once per SWV and teldatum: a second call returns
 * undefined and changes nothing.
 */
export async function stelTellingVast(m: EntityManager, swv: Swv, teldatum: IsoDatum, soorten: readonly TlvSoort[], bron: string): Promise<Telling | undefined> {
  const tellingId = randomUUID();
  const regels = await telOp(m, swv, teldatum, soorten);
  const totaalGeldigeTlvs = regels.reduce((n, r) => n + r.geldigeTlvs, 0);
  const totaalPlaatsingen = regels.reduce((n, r) => n + r.plaatsingen, 0);
  const nieuw: unknown[] = await m.query(
    `INSERT INTO toeleiding.telling (id, swv, teldatum, soorten, totaal_geldige_tlvs, totaal_plaatsingen)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (swv, teldatum) DO NOTHING RETURNING id`,
    [tellingId, swv, teldatum, soorten, totaalGeldigeTlvs, totaalPlaatsingen],
  );
  if (nieuw.length === 0) return undefined;
  if (regels.length > 0) {
    await m.query(
      `INSERT INTO toeleiding.telling_regel (telling_id, school_id, soort, geldige_tlvs, plaatsingen)
       SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::int[], $5::int[])`,
      [tellingId, regels.map((r) => r.schoolId), regels.map((r) => r.soort), regels.map((r) => r.geldigeTlvs), regels.map((r) => r.plaatsingen)],
    );
  }
  const telling: Telling = { tellingId, swv, teldatum, soorten: [...soorten], regels, totaalGeldigeTlvs, totaalPlaatsingen };
  await naarOutbox(m, SCHEMA, [
    createEvent('nl.passend-onderwijs.toeleiding.teldatum-telling-vastgesteld.v1', {
      source: bron,
      subject: tellingId,
      swv,
      correlationid: correlatie(),
      data: { tellingId, teldatum, regels, totaalGeldigeTlvs, totaalPlaatsingen },
    }),
  ]);
  return telling;
}
