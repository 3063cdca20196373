import { All, Controller, Inject, Param, Req, Res, UseGuards } from '@nestjs/common';
import { APP_CONFIG, CORRELATION_HEADER, ProblemError, actorHeaders, currentCorrelationId } from '@pao/platform';
import type { Response } from 'express';
import { toActor } from '../auth/account';
import { RequestWithSession, SessionGuard } from '../auth/session.guard';
import { GatewayConfig, ServiceName, serviceUrl, services } from '../gateway.config';

/** Headers a service may set that the browser should see. */
const PASSED_BACK = ['content-type', 'location', 'etag', 'retry-after'];
/** Operational endpoints of a service are not for users. */
const INTERNAL_PATHS = /^(health|metrics|docs|openapi)/;
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
 * Forwards /api/<service>/<path> to that service with the signed-in actor, signed so
 * the service can trust it. The service enforces roles and SWV scoping itself.
 */
@Controller('api')
@UseGuards(SessionGuard)
export class ServiceProxyController {
  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  @All(':service/*path')
  async forward(@Param('service') service: string, @Param('path') path: string[], @Req() req: RequestWithSession, @Res() res: Response): Promise<void> {
    const joined = path.join('/');
    if (!services.includes(service as ServiceName) || INTERNAL_PATHS.test(joined)) throw new ProblemError('notFound');
    const target = new URL(`/${path.map(encodeURIComponent).join('/')}`, serviceUrl(this.config, service as ServiceName));
    const query = req.originalUrl.indexOf('?');
    if (query >= 0) target.search = req.originalUrl.slice(query);

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
    const body = upload ? await readUpload(req) : hasBody ? JSON.stringify(req.body) : undefined;

    let upstream: globalThis.Response;
    try {
      upstream = await fetch(target, { method: req.method, headers, body, signal: AbortSignal.timeout(upload ? 120_000 : 15_000), redirect: 'manual' });
    } catch {
      throw new ProblemError('unavailable', `De dienst ${service} is niet bereikbaar`);
    }
    res.status(upstream.status);
    for (const name of PASSED_BACK) {
      const value = upstream.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    res.send(Buffer.from(await upstream.arrayBuffer()));
  }
}
