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
    const base = services.includes(service as ServiceName) ? serviceUrl(this.config, service as ServiceName) : undefined;
    if (!base || INTERNAL_PATHS.test(joined)) throw new ProblemError('notFound');
    const target = new URL(`/${path.map(encodeURIComponent).join('/')}`, base);
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
    const hasBody = !['GET', 'HEAD', 'DELETE'].includes(req.method) && req.body !== undefined;
    if (hasBody) headers['content-type'] = 'application/json';

    let upstream: globalThis.Response;
    try {
      upstream = await fetch(target, { method: req.method, headers, body: hasBody ? JSON.stringify(req.body) : undefined, signal: AbortSignal.timeout(15_000), redirect: 'manual' });
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
