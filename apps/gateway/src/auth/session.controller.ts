import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { APP_CONFIG, ProblemError, validated } from '@pao/platform';
import { SwvRegister } from '@pao/swv';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { GatewayConfig } from '../gateway.config';
import { publicAccount } from './account';
import { AccountsRepository } from './accounts.repository';
import { KnownDevices } from './known-devices';
import { AUDIT_EVERY, LoginAudit } from './login-audit';
import { LoginAttempt, LoginThrottle } from './login-throttle';
import { controleerWachtwoord } from './password';
import { clearSessionCookie, setSessionCookie, useSecureCookies } from './session-cookie';
import { RequestWithSession, SessionGuard } from './session.guard';
import { SessionsRepository } from './sessions.repository';
import { ApiSessie, inloggenSchema } from './sessie-contract';

@ApiSessie.controller()
@Controller('api/sessie')
export class SessionController {
  private readonly secureCookie: boolean;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: LoginThrottle,
    private readonly devices: KnownDevices,
    private readonly audit: LoginAudit,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    private readonly register: SwvRegister,
  ) {
    this.secureCookie = useSecureCookies(config);
  }

  /**
   * Sign in. Only JSON bodies are parsed, so a cross-site form cannot log someone in.
   * Unknown name, wrong password and deactivated account answer alike, in the same
   * time; repeated failures slow down that account from that device or address
   * (429 with Retry-After), never the owner on a device they signed in from before.
   */
  @Post()
  @HttpCode(201)
  @ApiSessie.inloggen()
  async inloggen(@Body(validated(inloggenSchema)) body: z.infer<typeof inloggenSchema>, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    if (this.config.AUTH_MODE !== 'local') throw new ProblemError('notFound', 'Inloggen met wachtwoord is uitgeschakeld; gebruik /api/oidc/login');
    const poging: LoginAttempt = { gebruikersnaam: body.gebruikersnaam, address: req.ip ?? 'unknown', device: await this.devices.known(req, body.gebruikersnaam) };
    const wachten = await this.throttle.waitSeconds(poging);
    if (wachten > 0) {
      throw new ProblemError('rateLimited', `Te veel mislukte inlogpogingen; probeer het over ${wachten} s opnieuw`, { retryAfterSeconds: wachten });
    }
    const found = await this.accounts.metWachtwoord(body.gebruikersnaam);
    // An account of an SWV that is not (or no longer) in the register has nothing to reach.
    if (!(await controleerWachtwoord(found?.hash ?? null, body.wachtwoord)) || !found || !this.register.has(found.account.swv)) {
      const mislukt = await this.throttle.failed(poging);
      if (found && mislukt > 0 && mislukt % AUDIT_EVERY === 0) {
        // Not awaited: the answer must take as long for an existing account as for an unknown one.
        void this.audit.herhaaldMislukt(found.account, mislukt, poging.address).catch(() => undefined);
      }
      throw new ProblemError('unauthenticated', 'Gebruikersnaam of wachtwoord onjuist');
    }
    await this.throttle.succeeded(poging);
    const { token, csrfToken } = await this.sessions.start(found.account.id);
    setSessionCookie(res, token, this.secureCookie, this.config.SESSION_ABSOLUTE_HOURS * 3600);
    await this.devices.remember(res, body.gebruikersnaam);
    return { account: publicAccount(found.account, this.register), csrfToken };
  }

  @Get()
  @UseGuards(SessionGuard)
  @ApiSessie.huidig()
  huidig(@Req() req: RequestWithSession) {
    return { account: publicAccount(req.sessie!.account, this.register), csrfToken: req.sessie!.csrfToken };
  }

  @Delete()
  @HttpCode(204)
  @UseGuards(SessionGuard)
  @ApiSessie.uitloggen()
  async uitloggen(@Req() req: RequestWithSession, @Res({ passthrough: true }) res: Response): Promise<void> {
    // A partner system with an API key has no session to end (its key is revoked by a beheerder).
    if (!req.sessieToken) throw new ProblemError('notFound', 'Geen sessie om te beëindigen: deze aanvraag gebruikt een API-sleutel');
    await this.sessions.beeindig(req.sessieToken);
    clearSessionCookie(res, this.secureCookie);
  }
}
