import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodError } from 'zod';
import { ProblemDetails, ProblemError, problemForStatus, problemTypes } from './problem';

export const PROBLEM_JSON = 'application/problem+json';

/** Answers every HTTP error as application/problem+json (RFC 9457). */
@Catch()
export class ProblemJsonFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemJsonFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const problem = this.toProblem(exception, req.originalUrl?.split('?')[0]);
    if (problem.status >= 500) {
      this.logger.error({ err: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : String(exception) }, 'unhandled error');
    }
    if (res.headersSent) return;
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
    const bodyParserError = bodyParserProblem(exception);
    if (bodyParserError) return { ...bodyParserError, instance };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const base = problemForStatus(status);
      const response = exception.getResponse();
      const message = typeof response === 'object' && response && 'message' in response ? (response as { message: unknown }).message : exception.message;
      return { ...base, status, detail: Array.isArray(message) ? message.join('; ') : String(message), instance };
    }
    return { ...problemTypes.internal, detail: 'An unexpected error occurred', instance };
  }
}

/** body-parser signals malformed or oversized bodies with a `type` and `status`. */
function bodyParserProblem(exception: unknown): ProblemDetails | undefined {
  const e = exception as { type?: string; status?: number } | null;
  if (!e || typeof e !== 'object' || typeof e.type !== 'string') return undefined;
  switch (e.type) {
    case 'entity.parse.failed':
      return { ...problemTypes.malformedBody, detail: 'The body is not valid JSON' };
    case 'entity.too.large':
      return { ...problemTypes.payloadTooLarge, detail: 'The body exceeds the size limit' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { ...problemTypes.unsupportedMediaType, detail: 'Unsupported body encoding' };
    default:
      return undefined;
  }
}
