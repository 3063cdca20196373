/**
 * One correlation context for the whole process: the one the platform's HTTP middleware
 * and log mixin use, so a request's id flows into the events it causes and the handlers
 * (and logs) downstream.
 */
export { currentCorrelationId, runWithCorrelationId } from '@pao/platform';
