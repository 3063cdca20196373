import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { currentCorrelationId, sanitizeCorrelationId } from './correlation';
import { redactionPaths } from './redaction';

export const CORRELATION_HEADER = 'x-correlation-id';

/** Structured JSON logs with personal fields redacted and a correlation id per request. */
@Module({})
export class LoggingModule {
  static forService(service: string, level: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level,
            base: { service },
            redact: { paths: redactionPaths(), censor: '[redacted]' },
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const id = sanitizeCorrelationId(req.headers[CORRELATION_HEADER]) ?? randomUUID();
              res.setHeader(CORRELATION_HEADER, id);
              return id;
            },
            // Query strings may hold search terms: log the path only.
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url?.split('?')[0] }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            mixin: () => {
              const correlationId = currentCorrelationId();
              return correlationId ? { correlationId } : {};
            },
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/metrics' },
          },
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
