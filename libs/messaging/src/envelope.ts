import type { EventEnvelope } from '@pao/contracts';

/**
 * The envelope is the catalogue's (`@pao/contracts`): CloudEvents 1.0 context attributes
 * plus the `correlationid` and `swv` extensions. Imported as a type only: messaging has no
 * runtime dependency on the catalogue, which reaches it through the EventValidator port.
 */
export type { EventEnvelope };

export type EventValidationResult = { ok: true; event: EventEnvelope } | { ok: false; reason: string };

/**
 * Port to the event catalogue. `@pao/contracts` satisfies it with
 * `{ validate: (raw) => validateEnvelope(raw) }`.
 *
 * The `reason` of a failure ends up in message headers and logs, so it must describe the
 * problem (path, expected type) and never echo field values.
 */
export interface EventValidator {
  validate(raw: unknown): EventValidationResult;
}
