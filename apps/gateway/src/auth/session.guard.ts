import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ProblemError } from '@pao/platform';
import type { Request } from 'express';
import { CSRF_HEADER, sessionToken } from './session-cookie';
import { AccountsRepository } from './accounts.repository';
import { Sessie, SessionsRepository } from './sessions.repository';

export type RequestWithSession = Request & { sessie?: Sessie; sessieToken?: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: unknown): boolean {
  if (typeof b !== 'string' || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * People: a live session is required (401 otherwise), and a state-changing request must
 * also carry the session's CSRF token in a header, which another site cannot read or set.
 * Partner systems (gemeente): `Authorization: Bearer <API key>` instead; no cookie, so no
 * CSRF risk.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(private readonly sessions: SessionsRepository, private readonly accounts: AccountsRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithSession>();
    const bearer = /^Bearer ([\w-]{20,200})$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) {
      const account = await this.accounts.metApiSleutel(bearer);
      if (!account) throw new ProblemError('unauthenticated', 'API-sleutel onbekend of ingetrokken');
      req.sessie = { account, csrfToken: '' };
      return true;
    }
    const token = sessionToken(req);
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
