export * from './envelope';
export * from './correlation';
export * from './schema';
export * from './outbox';
export * from './inbox';
export * from './topology';
export * from './headers';
export * from './errors';
export { AmqpSupervisor, type AmqpStatus, type AmqpSupervisorOptions } from './amqp-supervisor';
export { ConfirmPublisher, NotConnectedError, type ConfirmPublisherOptions, type OutgoingMessage, type PublishOutcome } from './confirm-publisher';
export { markRows, type ClaimedRow, type RowMark } from './relay-marks';
export { OutboxRelay, type OutboxRelayOptions, type OutboxRelayStats } from './outbox-relay';
export { AmqpEventTransport, AmqpEventContext, AMQP_EVENTS_TRANSPORT, type AmqpEventTransportOptions } from './amqp-event-transport';
export { MessagingRetention, MIN_INBOX_RETENTION_MS, type MessagingRetentionOptions, type PruneResult } from './retention';
export {
  consumerEvents,
  eventsPublished,
  handlerDuration,
  outboxOldestUnpublishedAge,
  outboxUnpublished,
  prunedRows,
  publishFailures,
} from './metrics';
export * from './messaging.module';
