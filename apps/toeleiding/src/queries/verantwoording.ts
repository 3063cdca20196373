import { type EntityManager } from 'typeorm';
import { type Swv } from '../domain';

/** Whether the id is a case or telling of this SWV: the logs of another SWV's objects answer 404. */
export async function objectVanSwv(m: EntityManager, swv: Swv, objectId: string): Promise<boolean> {
  const rijen: unknown[] = await m.query(
    `SELECT 1 FROM toeleiding.aanvraag WHERE id = $1 AND swv = $2 UNION ALL SELECT 1 FROM toeleiding.telling WHERE id = $1 AND swv = $2 LIMIT 1`,
    [objectId, swv],
  );
  return rijen.length > 0;
}

/** The audit trail of one object (beheerder): who changed what, when, old and new. */
export async function auditTrail(m: EntityManager, swv: Swv, objectId: string, limit: number) {
  const items: Array<Record<string, unknown> & { tijdstip: Date }> = await m.query(
    `SELECT id::text, tijdstip, actor_id AS "actorId", rol, organisatie, actie, object_type AS "objectType", object_id AS "objectId",
            oud, nieuw, reden, correlation_id AS "correlationId"
     FROM toeleiding.audit_trail WHERE swv = $1 AND object_id = $2 ORDER BY id LIMIT $3`,
    [swv, objectId, limit],
  );
  return { items: items.map((i) => ({ ...i, tijdstip: i.tijdstip.toISOString() })) };
}

/** Who looked at one object (beheerder). */
export async function toegangslog(m: EntityManager, swv: Swv, objectId: string, limit: number) {
  const items: Array<Record<string, unknown> & { tijdstip: Date }> = await m.query(
    `SELECT id::text, tijdstip, actor_id AS "actorId", rol, organisatie, handeling, object_type AS "objectType", object_id AS "objectId",
            doel, correlation_id AS "correlationId"
     FROM toeleiding.toegangslog WHERE swv = $1 AND object_id = $2 ORDER BY id LIMIT $3`,
    [swv, objectId, limit],
  );
  return { items: items.map((i) => ({ ...i, tijdstip: i.tijdstip.toISOString() })) };
}
