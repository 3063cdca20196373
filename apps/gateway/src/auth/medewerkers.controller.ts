import { Controller, Get, Inject, Req, UseGuards } from '@nestjs/common';
import { APP_CONFIG, medewerkerKaart, ProblemError, type Rol } from '@pao/platform';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GatewayConfig } from '../gateway.config';
import { RequestWithSession, SessionGuard } from './session.guard';

/** Roles that work cases: the people a case can be assigned to. */
const TEAM: readonly Rol[] = ['consulent', 'orthopedagoog', 'teamleider'];

/**
 * The team of the signed-in person's SWV, for "toewijzen aan": each entry with a card the
 * gateway signs (INTERNAL_AUTH_SECRET), so a service can trust who a case is assigned to
 * without calling the gateway. Only for people of the SWV team, not partner systems.
 */
@Controller('api/medewerkers')
@UseGuards(SessionGuard)
export class MedewerkersController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Get()
  async team(@Req() req: RequestWithSession) {
    const account = req.sessie!.account;
    if (!TEAM.includes(account.rol) && account.rol !== 'beheerder') throw new ProblemError('forbidden', 'Alleen voor medewerkers van het samenwerkingsverband');
    const rijen: Array<{ id: string; naam: string; rol: Rol; email: string | null }> = await this.db.query(
      `SELECT id, weergavenaam AS naam, rol, email FROM gateway.account WHERE swv = $1 AND actief AND rol = ANY($2) ORDER BY weergavenaam`,
      [account.swv, TEAM],
    );
    // The e-mail travels inside the signed card only (for the service's digest), not as a field for the browser.
    return {
      items: rijen.map(({ email, ...r }) => ({ ...r, kaart: medewerkerKaart({ ...r, swv: account.swv, ...(email ? { email } : {}) }, this.config.INTERNAL_AUTH_SECRET) })),
    };
  }
}
