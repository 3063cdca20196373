import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, ProblemError, problemResponse } from '@pao/platform';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { GatewayConfig } from '../../gateway.config';
import { AccountsRepository } from '../accounts.repository';
import { setSessionCookie, useSecureCookies } from '../session-cookie';
import { SessionsRepository } from '../sessions.repository';
import { OidcService } from './oidc.service';

// __Secure- over https: only a Secure cookie may carry the name (its path rules out __Host-).
const stateCookie = (secure: boolean) => (secure ? '__Secure-pao_oidc' : 'pao_oidc');

/** Sign-in through an external OpenID Connect provider (AUTH_MODE=oidc). */
@ApiTags('sessie')
@ApiResponse({ status: 404, ...problemResponse('Not signed in through OpenID Connect here (AUTH_MODE is not oidc)') })
@Controller('api/oidc')
export class OidcController {
  private readonly secureCookie: boolean;

  constructor(
    private readonly oidc: OidcService,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.secureCookie = useSecureCookies(config);
  }

  private ensureEnabled(): void {
    if (this.config.AUTH_MODE !== 'oidc') throw new ProblemError('notFound');
  }

  @Get('login')
  @ApiOperation({ summary: 'Naar de OpenID Connect-provider (AUTH_MODE=oidc)' })
  @ApiResponse({ status: 302, description: 'Redirect to the provider' })
  async login(@Res() res: Response): Promise<void> {
    this.ensureEnabled();
    const { url, state } = await this.oidc.begin();
    // Lax, not Strict: the provider sends the browser back with a cross-site navigation.
    res.append('Set-Cookie', stringifySetCookie({ name: stateCookie(this.secureCookie), value: state, httpOnly: true, sameSite: 'lax', secure: this.secureCookie, path: '/api/oidc', maxAge: 600 }));
    res.redirect(302, url);
  }

  @Get('callback')
  @ApiOperation({ summary: 'Terug van de provider: sessie starten, door naar de UI' })
  @ApiResponse({ status: 302, description: 'Signed in; redirect to the UI' })
  @ApiResponse({ status: 401, ...problemResponse('The provider did not confirm the sign-in') })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.ensureEnabled();
    const state = req.headers.cookie ? parseCookie(req.headers.cookie)[stateCookie(this.secureCookie)] : undefined;
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const subject = await this.oidc.finish(query, state);
    const account = await this.accounts.metExternSubject(subject);
    if (!account) throw new ProblemError('forbidden', 'Er is geen account gekoppeld aan deze identiteit');
    const { token } = await this.sessions.start(account.id);
    res.append('Set-Cookie', stringifySetCookie({ name: stateCookie(this.secureCookie), value: '', httpOnly: true, sameSite: 'lax', secure: this.secureCookie, path: '/api/oidc', maxAge: 0 }));
    setSessionCookie(res, token, this.secureCookie, this.config.SESSION_ABSOLUTE_HOURS * 3600);
    res.redirect(302, '/');
  }
}
