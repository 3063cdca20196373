import { randomUUID } from 'node:crypto';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { runWithCorrelationId, sanitizeCorrelationId } from './correlation';
import { CORRELATION_HEADER } from './logging.module';

/** Runs the rest of the request inside its correlation id (set by pino-http's genReqId). */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const id = sanitizeCorrelationId((req as Request & { id?: unknown }).id) ?? sanitizeCorrelationId(req.headers[CORRELATION_HEADER]) ?? randomUUID();
    if (!res.getHeader(CORRELATION_HEADER)) res.setHeader(CORRELATION_HEADER, id);
    runWithCorrelationId(id, next);
  }
}
