/**
 * AMQP headers set by messaging. Ids, types and counters only: never personal data.
 */
export const Headers = {
  correlationId: 'x-correlation-id',
  eventType: 'x-event-type',
  /** 1-based attempt number of the delivery (set on retries). */
  attempt: 'x-pao-attempt',
  /** Why the previous attempt failed (error class and message, truncated). */
  lastError: 'x-pao-last-error',
  parkReason: 'x-pao-park-reason',
  parkedBy: 'x-pao-consumer',
  parkedAttempts: 'x-pao-attempts',
  parkedAt: 'x-pao-parked-at',
} as const;

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';
