import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject, Logger, Optional } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodError } from 'zod';
import { APP_CONFIG, type BaseConfig } from '../config/app-config';
import { problemForBodyError } from '../validation/request-input';
import { DependencyPorts, problemForDependencyError } from './dependency-errors';
import { ProblemDetails, ProblemError, problemForStatus, problemTypes } from './problem';
import { safeInstance } from './safe-instance';

export const PROBLEM_JSON = 'application/problem+json';

const port = (url: string | undefined, fallback: number) => {
  try {
    return url ? Number(new URL(url).port) || fallback : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Answers every HTTP error as application/problem+json (RFC 9457). Only our own
 * ProblemError (and zod) say something specific; framework and library messages are
 * replaced by fixed texts, as they may quote the request (a path or body with a BSN).
 */
@Catch()
export class ProblemJsonFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemJsonFilter');
  private readonly ports: DependencyPorts;

  constructor(@Optional() @Inject(APP_CONFIG) config?: BaseConfig) {
    this.ports = { database: port(config?.DATABASE_URL, 5432), redis: port(config?.REDIS_URL, 6379), broker: port(config?.AMQP_URL, 5672) };
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const problem = this.toProblem(exception, safeInstance(req.originalUrl?.split('?')[0]));
    if (problem.type === problemTypes.unavailable.type) {
      this.logger.warn({ err: exception instanceof Error ? { name: exception.name, message: exception.message } : String(exception), unavailable: problem.unavailable }, 'dependency unavailable');
    } else if (problem.status >= 500) {
      this.logger.error({ err: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : String(exception) }, 'unhandled error');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (typeof problem.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(problem.retryAfterSeconds));
    res.status(problem.status).type(PROBLEM_JSON).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, instance: string | undefined): ProblemDetails {
    if (exception instanceof ProblemError) return exception.toProblem(instance);
    if (exception instanceof ZodError) {
      return {
        ...problemTypes.validation,
        detail: 'One or more fields are invalid',
        instance,
        errors: exception.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
      };
    }
    const fromBody = problemForBodyError(exception);
    if (fromBody instanceof ProblemError) return fromBody.toProblem(instance);
    const fromDependency = problemForDependencyError(exception, this.ports);
    if (fromDependency) return fromDependency.toProblem(instance);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const base = problemForStatus(status);
      // Nest's own texts quote the request ("Cannot GET /…", a JSON parser message): a fixed one instead.
      return { ...base, status, detail: base.title, instance };
    }
    return { ...problemTypes.internal, detail: 'An unexpected error occurred', instance };
  }
}
