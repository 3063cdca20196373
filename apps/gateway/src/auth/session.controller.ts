import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { APP_CONFIG, ProblemError, validated } from '@pao/platform';
import { SwvRegister } from '@pao/swv';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { GatewayConfig } from '../gateway.config';
import { publicAccount } from './account';
import { AccountsRepository } from './accounts.repository';
import { LoginRateLimiter } from './login-rate-limiter';
import { controleerWachtwoord } from './password';
import { clearSessionCookie, setSessionCookie, useSecureCookies } from './session-cookie';
import { RequestWithSession, SessionGuard } from './session.guard';
import { SessionsRepository } from './sessions.repository';

const inloggenSchema = z.object({
  gebruikersnaam: z.string().trim().min(1).max(100),
  wachtwoord: z.string().min(1).max(200),
});

@Controller('api/sessie')
export class SessionController {
  private readonly secureCookie: boolean;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly rateLimiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    private readonly register: SwvRegister,
  ) {
    this.secureCookie = useSecureCookies(config);
  }

  /** Sign in. Only JSON bodies are parsed, so a cross-site form cannot log someone in. */
  @Post()
  @HttpCode(201)
  async inloggen(@Body(validated(inloggenSchema)) body: z.infer<typeof inloggenSchema>, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    if (this.config.AUTH_MODE !== 'local') throw new ProblemError('notFound', 'Inloggen met wachtwoord is uitgeschakeld; gebruik /api/oidc/login');
    await this.rateLimiter.check(req.ip ?? 'unknown', body.gebruikersnaam);
    const found = await this.accounts.metWachtwoord(body.gebruikersnaam);
    // An account of an SWV that is not (or no longer) in the register has nothing to reach.
    if (!(await controleerWachtwoord(found?.hash ?? null, body.wachtwoord)) || !found || !this.register.has(found.account.swv)) {
      throw new ProblemError('unauthenticated', 'Gebruikersnaam of wachtwoord onjuist');
    }
    const { token, csrfToken } = await this.sessions.start(found.account.id);
    setSessionCookie(res, token, this.secureCookie, this.config.SESSION_ABSOLUTE_HOURS * 3600);
    return { account: publicAccount(found.account, this.register), csrfToken };
  }

  @Get()
  @UseGuards(SessionGuard)
  huidig(@Req() req: RequestWithSession) {
    return { account: publicAccount(req.sessie!.account, this.register), csrfToken: req.sessie!.csrfToken };
  }

  @Delete()
  @HttpCode(204)
  @UseGuards(SessionGuard)
  async uitloggen(@Req() req: RequestWithSession, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.beeindig(req.sessieToken!);
    clearSessionCookie(res, this.secureCookie);
  }
}
