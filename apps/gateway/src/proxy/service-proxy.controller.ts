import { All, Controller, Inject, Param, Req, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, CORRELATION_HEADER, ProblemError, actorHeaders, currentCorrelationId, forwardedServices, problemResponse, receivedAt } from '@pao/platform';
import type { Response } from 'express';
import { toActor } from '../auth/account';
import { RequestWithSession, SessionGuard } from '../auth/session.guard';
import { GatewayConfig, serviceUrlFor } from '../gateway.config';
import { forwardPath } from './forward-path';
import { DEFAULT_UPLOAD_TIMEOUT_MS, readUpload, uploadType } from './upload';

/** Headers a service may set that the browser should see (content-disposition: a download's file name). */
const PASSED_BACK = ['content-type', 'content-disposition', 'location', 'etag', 'retry-after'];
export const PURPOSE_HEADER = 'x-pao-doel';

/**
 * Forwards /api/<prefix>/<path> to the service with that gateway prefix (service registry)
 * with the signed-in actor, signed so the service can trust it. The service enforces roles
 * and SWV scoping itself. Within UPSTREAM_TIMEOUT_MS of its arrival the request has the
 * service's answer, or a 503 naming the service.
 */
@Controller('api')
@UseGuards(SessionGuard)
export class ServiceProxyController {
  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  @All(':service/*path')
  @ApiTags('doorsturen')
  @ApiOperation({ summary: "Naar de dienst met dit voorvoegsel; pad, query en body zoals in het OpenAPI-document van die dienst (hun /openapi.json)" })
  @ApiParam({ name: 'service', enum: forwardedServices().map((s) => s.gatewayPrefix) })
  @ApiParam({ name: 'path', description: "The service's own path, e.g. aanvragen/{id}; percent-encoded per segment", schema: { type: 'string' } })
  @ApiHeader({ name: 'x-csrf-token', required: false, description: 'The session\'s CSRF token; required on every change (not GET/HEAD)' })
  @ApiResponse({ status: 200, description: "The service's answer (status, body, content-type, ETag, Location and Retry-After passed back)" })
  @ApiResponse({ status: 401, ...problemResponse('Not signed in') })
  @ApiResponse({ status: 403, ...problemResponse('CSRF token missing or wrong') })
  @ApiResponse({ status: 404, ...problemResponse('No such service or path') })
  async forward(@Param('service') service: string, @Req() req: RequestWithSession, @Res() res: Response): Promise<void> {
    const [rawPath, query] = splitQuery(req.originalUrl);
    const prefix = `/api/${service}`;
    const upstreamService = serviceUrlFor(this.config, service);
    const path = upstreamService && rawPath.startsWith(prefix) ? forwardPath(rawPath.slice(prefix.length)) : undefined;
    if (!upstreamService || !path) throw new ProblemError('notFound');
    const target = new URL(path, upstreamService.url);
    target.search = query;

    const headers: Record<string, string> = {
      ...actorHeaders(toActor(req.sessie!.account), this.config.INTERNAL_AUTH_SECRET),
      accept: req.headers.accept ?? 'application/json',
      [CORRELATION_HEADER]: currentCorrelationId() ?? '',
    };
    // Purpose of a read (access log) and optimistic concurrency travel with the request.
    for (const name of [PURPOSE_HEADER, 'if-match']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    // One deadline for the whole request, from its arrival: the session, reading an upload
    // and the service's answer all count. An upload (a cohort import) has a longer one.
    const upload = uploadType(req);
    const timeoutMs = upload ? (this.config.UPLOAD_TIMEOUT_MS ?? DEFAULT_UPLOAD_TIMEOUT_MS) : this.config.UPSTREAM_TIMEOUT_MS;
    const deadline = receivedAt(req) + timeoutMs;
    const hasBody = !upload && !['GET', 'HEAD', 'DELETE'].includes(req.method) && req.body !== undefined;
    if (hasBody) headers['content-type'] = 'application/json';
    if (upload) headers['content-type'] = upload;
    // The parsed body is at most 32 levels deep (platform body parser): this cannot overflow.
    const body = upload ? await readUpload(req, deadline) : hasBody ? JSON.stringify(req.body) : undefined;

    let status: number;
    let answer: Buffer;
    const left = deadline - Date.now();
    if (left < 250) throw this.unavailable(service, `De dienst ${service} antwoordde niet binnen ${timeoutMs / 1000} s`);
    try {
      const upstream = await fetch(target, { method: req.method, headers, body, signal: AbortSignal.timeout(left), redirect: 'manual' });
      answer = Buffer.from(await upstream.arrayBuffer());
      status = upstream.status;
      for (const name of PASSED_BACK) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
    } catch (e) {
      const timedOut = (e as Error).name === 'TimeoutError';
      throw this.unavailable(service, timedOut ? `De dienst ${service} antwoordde niet binnen ${timeoutMs / 1000} s` : `De dienst ${service} is niet bereikbaar`);
    }
    res.status(status).send(answer);
  }

  private unavailable(service: string, detail: string): ProblemError {
    return new ProblemError('unavailable', detail, { unavailable: service, retryAfterSeconds: 5 });
  }
}

function splitQuery(url: string): [string, string] {
  const i = url.indexOf('?');
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}
