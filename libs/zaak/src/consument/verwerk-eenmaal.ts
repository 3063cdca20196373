import { type EventEnvelope } from '@pao/contracts';
import { handleOnce, ParkEventError } from '@pao/messaging';
import { type DataSource, type EntityManager } from 'typeorm';
import { type z } from 'zod';

/**
 * The consumer path of a case service, in a few lines:
 *
 *   @EventPattern('nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1')
 *   niet(@Payload() e: EventEnvelope) {
 *     return verwerkEenmaal(this.dataSource, 'thuiszitters', 'thuiszitters.niet-gestart', e, NietGestart, (m, data) => …);
 *   }
 *
 * The event's data is parsed with the consumer's own schema (what it relies on, not the
 * producer's whole contract); data that does not parse is parked at once with the
 * field paths as reason (retrying cannot help). The effect and the inbox row commit in
 * one transaction, so a redelivered event changes nothing. A thrown error is retried by
 * the transport and parked after its last attempt.
 */
export async function verwerkEenmaal<T>(
  dataSource: DataSource,
  schema: string,
  consument: string,
  event: EventEnvelope,
  dataSchema: z.ZodType<T>,
  effect: (m: EntityManager, data: T, event: EventEnvelope) => Promise<void>,
): Promise<boolean> {
  const gelezen = dataSchema.safeParse(event.data);
  if (!gelezen.success) {
    throw new ParkEventError(`data voldoet niet aan wat ${consument} verwacht: ${gelezen.error.issues.map((i) => i.path.join('.') || '(data)').join(', ')}`);
  }
  return handleOnce(dataSource, schema, consument, event, (m) => effect(m, gelezen.data, event));
}
