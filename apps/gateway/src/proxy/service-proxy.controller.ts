import { All, Controller, Inject, Param, Req, Res, UseGuards } from '@nestjs/common';
import { APP_CONFIG, CORRELATION_HEADER, ProblemError, actorHeaders, currentCorrelationId } from '@pao/platform';
import type { Response } from 'express';
import { toActor } from '../auth/account';
import { RequestWithSession, SessionGuard } from '../auth/session.guard';
import { GatewayConfig, ServiceName, serviceUrl, services } from '../gateway.config';

/** Headers a service may set that the browser should see. */
const PASSED_BACK = ['content-type', 'location', 'etag', 'retry-after', 'content-disposition', 'cache-control', 'x-content-type-options'];
/** A file upload passes through as it came; past this the gateway stops reading (the service sets the real, smaller limit). */
const MAX_RAW_BYTES = 110 * 1024 * 1024;
const BESTANDSNAAM_HEADER = 'x-bestandsnaam';

/** The raw body of a non-JSON request (a file), read up to a cap; undefined when there is none. */
async function rawBody(req: RequestWithSession): Promise<Buffer | undefined> {
  const delen: Buffer[] = [];
  let grootte = 0;
  for await (const deel of req as AsyncIterable<Buffer>) {
    grootte += deel.length;
    if (grootte > MAX_RAW_BYTES) throw new ProblemError('payloadTooLarge', 'Het bestand is te groot.');
    delen.push(deel);
  }
  return grootte === 0 ? undefined : Buffer.concat(delen);
}
/** Operational endpoints of a service are not for users. */
const INTERNAL_PATHS = /^(health|metrics|docs|openapi)/;
export const PURPOSE_HEADER = 'x-pao-doel';

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
    for (const name of [PURPOSE_HEADER, 'if-match', BESTANDSNAAM_HEADER]) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const metBody = !['GET', 'HEAD', 'DELETE'].includes(req.method);
    let body: string | Buffer | undefined;
    if (metBody && req.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(req.body);
    } else if (metBody && req.headers['content-type'] && !/json/i.test(req.headers['content-type'])) {
      // A file (documents): the bytes as they came, with the type the browser claimed (the service checks the bytes).
      body = await rawBody(req);
      if (body) headers['content-type'] = req.headers['content-type'];
    }

    let upstream: globalThis.Response;
    try {
      upstream = await fetch(target, { method: req.method, headers, body, signal: AbortSignal.timeout(30_000), redirect: 'manual' });
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
