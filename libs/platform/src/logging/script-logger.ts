import pino, { type Logger } from 'pino';
import { redactionPaths } from './redaction';

/**
 * The structured logger of a step outside the apps (migrations, seeding): JSON lines on
 * stderr like the apps' logs, personal fields redacted. Silent under jest, so test output
 * shows tests; LOG_LEVEL chooses otherwise (default info).
 */
export function scriptLogger(name: string, level = process.env.JEST_WORKER_ID !== undefined ? 'silent' : (process.env.LOG_LEVEL ?? 'info')): Logger {
  return pino({ level, base: { service: name }, redact: { paths: redactionPaths(), censor: '[redacted]' } }, pino.destination(2));
}
