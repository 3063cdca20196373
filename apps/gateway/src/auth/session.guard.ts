import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, ProblemError } from '@pao/platform';
import type { Request } from 'express';
import type { GatewayConfig } from '../gateway.config';
import { CSRF_HEADER, sessionToken, useSecureCookies } from './session-cookie';
import { AccountsRepository } from './accounts.repository';
import { Sessie, SessionsRepository } from './sessions.repository';

export type RequestWithSession = Request & { sessie?: Sessie; sessieToken?: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Constant-time comparison of bytes (a non-ASCII header has more bytes than characters). */
function sameToken(a: string, b: unknown): boolean {
  if (typeof b !== 'string') return false;
  const [expected, given] = [Buffer.from(a), Buffer.from(b)];
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * People: a live session is required (401 otherwise), and a state-changing request must
 * also carry the session's CSRF token in a header, which another site cannot read or set.
 * Partner systems (gemeente): `Authorization: Bearer <API key>` instead; no cookie, so no
 * CSRF risk.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly secureCookie: boolean;

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly accounts: AccountsRepository,
    @Inject(APP_CONFIG) config: GatewayConfig,
  ) {
    this.secureCookie = useSecureCookies(config);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithSession>();
    const bearer = /^Bearer ([\w-]{20,200})$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) {
      const account = await this.accounts.metApiSleutel(bearer);
      if (!account) throw new ProblemError('unauthenticated', 'API-sleutel onbekend of ingetrokken');
      req.sessie = { account, csrfToken: '' };
      return true;
    }
    const token = sessionToken(req, this.secureCookie);
    const sessie = token ? await this.sessions.geldig(token) : undefined;
    if (!token || !sessie) throw new ProblemError('unauthenticated', 'Niet ingelogd of sessie verlopen');
    if (!SAFE_METHODS.has(req.method) && !sameToken(sessie.csrfToken, req.headers[CSRF_HEADER])) {
      throw new ProblemError('forbidden', 'CSRF-token ontbreekt of klopt niet');
    }
    req.sessie = sessie;
    req.sessieToken = token;
    return true;
  }
}
