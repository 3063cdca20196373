import { Controller, Get, Inject, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { APP_CONFIG, medewerkerKaart, problemResponse, ProblemError, ResponseSchema, rollen, type Rol } from '@pao/platform';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { GatewayConfig } from '../gateway.config';
import { RequestWithSession, SessionGuard } from './session.guard';

/** Roles that work cases: the people a case can be assigned to. */
const TEAM: readonly Rol[] = ['consulent', 'orthopedagoog', 'teamleider'];

/** GET /api/medewerkers: the team, each with the card to assign a case with. */
export const teamSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      naam: z.string(),
      rol: z.enum(rollen),
      kaart: z.string().describe('Door de gateway ondertekend; stuur mee bij toewijzen (PUT …/behandelaar)'),
    }),
  ),
});

const schema = (s: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
  return rest;
};

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
  @ApiOperation({ summary: 'Het team van het samenwerkingsverband, om een zaak aan toe te wijzen' })
  @ApiResponse({ status: 200, description: 'Het team', schema: schema(teamSchema) })
  @ApiResponse({ status: 401, ...problemResponse('Not signed in') })
  @ApiResponse({ status: 403, ...problemResponse('Alleen voor medewerkers van het samenwerkingsverband') })
  @ResponseSchema(teamSchema)
  async team(@Req() req: RequestWithSession): Promise<z.output<typeof teamSchema>> {
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
