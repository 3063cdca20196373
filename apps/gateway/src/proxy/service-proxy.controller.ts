import { All, Controller, Inject, Param, Req, Res, UseGuards } from '@nestjs/common';
import { APP_CONFIG, CORRELATION_HEADER, ProblemError, actorHeaders, currentCorrelationId } from '@pao/platform';
import type { Response } from 'express';
import { toActor } from '../auth/account';
import { RequestWithSession, SessionGuard } from '../auth/session.guard';
import { GatewayConfig, serviceUrlFor } from '../gateway.config';
import { forwardPath } from './forward-path';

/** Headers a service may set that the browser should see. */
const PASSED_BACK = ['content-type', 'location', 'etag', 'retry-after'];
export const PURPOSE_HEADER = 'x-pao-doel';
/** Uploads (a cohort export) travel as raw bytes: the service checks their encoding itself. */
const UPLOAD_TYPES = ['text/csv'];
const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

/** The raw body of an upload, up to the limit (the JSON parser leaves these types alone). */
async function readUpload(req: RequestWithSession): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) throw new ProblemError('payloadTooLarge', 'Het bestand is groter dan 16 MB');
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > MAX_UPLOAD_BYTES) throw new ProblemError('payloadTooLarge', 'Het bestand is groter dan 16 MB');
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/**
 * Forwards /api/<prefix>/<path> to the service with that gateway prefix (service registry) with the signed-in actor, signed so
 * the service can trust it. The service enforces roles and SWV scoping itself. The
 * service answers within UPSTREAM_TIMEOUT_MS or the caller gets a 503 naming it.
 */
@Controller('api')
@UseGuards(SessionGuard)
export class ServiceProxyController {
  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  @All(':service/*path')
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
    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const upload = !['GET', 'HEAD', 'DELETE'].includes(req.method) && UPLOAD_TYPES.includes(contentType);
    const hasBody = !upload && !['GET', 'HEAD', 'DELETE'].includes(req.method) && req.body !== undefined;
    if (hasBody) headers['content-type'] = 'application/json';
    if (upload) headers['content-type'] = contentType;
    // The parsed body is at most 32 levels deep (platform body parser): this cannot overflow.
    const body = upload ? await readUpload(req) : hasBody ? JSON.stringify(req.body) : undefined;

    let status: number;
    let answer: Buffer;
    const timeoutMs = this.config.UPSTREAM_TIMEOUT_MS;
    try {
      // An import of a large cohort may take longer than an ordinary request.
      const upstream = await fetch(target, { method: req.method, headers, body, signal: AbortSignal.timeout(upload ? Math.max(timeoutMs, 120_000) : timeoutMs), redirect: 'manual' });
      answer = Buffer.from(await upstream.arrayBuffer());
      status = upstream.status;
      for (const name of PASSED_BACK) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
    } catch (e) {
      const timedOut = (e as Error).name === 'TimeoutError';
      throw new ProblemError('unavailable', timedOut ? `De dienst ${service} antwoordde niet binnen ${timeoutMs / 1000} s` : `De dienst ${service} is niet bereikbaar`, {
        unavailable: service,
        retryAfterSeconds: 5,
      });
    }
    res.status(status).send(answer);
  }
}

function splitQuery(url: string): [string, string] {
  const i = url.indexOf('?');
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}
