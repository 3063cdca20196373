import { validateEnvelope, type EventEnvelope } from '@pao/contracts';
import { appendToOutbox, type EventValidator } from '@pao/messaging';
import { type EntityManager } from 'typeorm';
import { SCHEMA } from '../persistence/persistence';

/** The event catalogue as the messaging library's validator. */
export const catalogusValidator: EventValidator = { validate: (raw) => validateEnvelope(raw) };

/** Appends events to this service's outbox in the caller's transaction; invalid events fail the command. */
export function naarOutbox(m: EntityManager, events: readonly EventEnvelope[]): Promise<void> {
  return appendToOutbox(m, SCHEMA, events, { validator: catalogusValidator });
}
