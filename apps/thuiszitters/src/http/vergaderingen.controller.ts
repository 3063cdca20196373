import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { ApiConflict, ApiNietGevonden, ApiStandaard, ApiZodBody, ApiZodQuery, ApiZodResponse, etag, jsonSchema, versieUitIfMatch, zaakId, type Klok } from '@pao/zaak';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { KLOK, vandaag } from '../application/klok';
import { Thuiszitters } from '../application/thuiszitters';
import { type Vergadering, type VergaderingCommando } from '../domain';
import { SCHEMA } from '../persistence/persistence';
import { agenda } from '../queries/agenda';
import { Aangemaakt, Agenda, Vergadering as VergaderingAntwoord, Vergaderingen, VergaderingMetAgenda } from '../queries/antwoorden';
import { AgendaQuery, NieuweVergadering, VERGADERING_BODIES, type VergaderingHttpCommando } from './schemas';

const TAFEL = ['actietafel', 'consulent', 'teamleider', 'orthopedagoog'] as const;
const COMMANDOS = Object.keys(VERGADERING_BODIES) as VergaderingHttpCommando[];
const commandoNaam = {
  transform(v: unknown): VergaderingHttpCommando {
    if (typeof v !== 'string' || !(COMMANDOS as string[]).includes(v)) throw new ProblemError('notFound', 'Onbekend commando');
    return v as VergaderingHttpCommando;
  },
};

/**
 * The Actietafel Thuiszitters: its agenda (every case of the SWV at the table, longest at
 * home first) and its meetings, where members record agreements and outcomes per case
 * (the outcome itself is a command on the casus with the meeting's id).
 */
@ApiTags('actietafel')
@ApiStandaard()
@Controller()
export class VergaderingenController {
  constructor(
    @Inject(Thuiszitters) private readonly thuiszitters: Thuiszitters,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  @Get('actietafel/agenda')
  @Rollen(...TAFEL)
  @ApiOperation({ summary: 'De agenda van de Actietafel: casussen aan tafel, langst thuis eerst' })
  @ApiZodQuery(AgendaQuery)
  @ApiZodResponse(200, Agenda, 'De casussen aan tafel', 'Agenda')
  async agenda(@HuidigeActor() actor: Actor, @Query(validated(AgendaQuery)) q: z.infer<typeof AgendaQuery>) {
    return this.dataSource.transaction(async (m) => {
      const uit = await agenda(m, actor.swv, vandaag(this.klok), q);
      await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'agenda', doel: 'actietafel' });
      return uit;
    });
  }

  @Get('vergaderingen')
  @Rollen(...TAFEL)
  @ApiOperation({ summary: 'Vergaderingen van de Actietafel (komende eerst, dan de laatste 20)' })
  @ApiZodResponse(200, Vergaderingen, 'De vergaderingen')
  async lijst(@HuidigeActor() actor: Actor) {
    const rijen: Array<{ state: Vergadering }> = await this.dataSource.query(
      `(SELECT state FROM thuiszitters.vergadering WHERE swv = $1 AND datum >= $2 ORDER BY datum LIMIT 20)
       UNION ALL (SELECT state FROM thuiszitters.vergadering WHERE swv = $1 AND datum < $2 ORDER BY datum DESC LIMIT 20)`,
      [actor.swv, vandaag(this.klok)],
    );
    return { items: rijen.map((r) => r.state) };
  }

  @Post('vergaderingen')
  @HttpCode(201)
  @Rollen('actietafel', 'consulent', 'teamleider')
  @ApiOperation({ summary: 'Een vergadering van de Actietafel plannen' })
  @ApiZodBody(NieuweVergadering)
  @ApiZodResponse(201, Aangemaakt, 'De nieuwe vergadering', 'Aangemaakt')
  async plannen(@HuidigeActor() actor: Actor, @Body(validated(NieuweVergadering)) body: z.infer<typeof NieuweVergadering>) {
    const v = await this.thuiszitters.vergaderingPlannen(actor, body);
    return { id: v.id };
  }

  @Get('vergaderingen/:id')
  @Rollen(...TAFEL)
  @ApiOperation({ summary: 'Een vergadering met haar agenda en wat per casus besproken is' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodResponse(200, VergaderingMetAgenda, 'De vergadering met haar agenda', 'VergaderingMetAgenda')
  @ApiNietGevonden()
  async bekijk(@HuidigeActor() actor: Actor, @Param('id', zaakId('Vergadering')) id: string, @Res({ passthrough: true }) res: Response) {
    return this.dataSource.transaction(async (m) => {
      const v = await this.thuiszitters.vergaderingen.definitie.repository.laad(m, id, actor.swv);
      if (!v) throw new ProblemError('notFound', 'Vergadering niet gevonden');
      const punten = await agenda(m, actor.swv, vandaag(this.klok), { vergaderingId: id, limit: 200, offset: 0 });
      await recordAccess(m, SCHEMA, actor, { handeling: 'raadplegen', objectType: 'vergadering', objectId: id, doel: 'actietafel' });
      res.setHeader('ETag', etag(v.versie));
      return { ...v, agenda: punten, toegestaneActies: this.thuiszitters.vergaderingen.toegestaan(v, actor) };
    });
  }

  @Post('vergaderingen/:id/acties/:commando')
  @HttpCode(200)
  @Rollen('actietafel', 'consulent', 'teamleider')
  @ApiOperation({ summary: 'Vergadering verplaatsen, afronden (aanwezigen) of annuleren' })
  @ApiParam({ name: 'commando', enum: COMMANDOS })
  @ApiBody({ schema: { oneOf: COMMANDOS.map((c) => ({ title: c, ...jsonSchema(VERGADERING_BODIES[c]) })) } })
  @ApiZodResponse(200, VergaderingAntwoord, 'De vergadering na het commando', 'Vergadering')
  @ApiConflict('invalid-state-transition of conflict (versie)')
  @ApiNietGevonden()
  async actie(
    @HuidigeActor() actor: Actor,
    @Param('id', zaakId('Vergadering')) id: string,
    @Param('commando', commandoNaam) commando: VergaderingHttpCommando,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    // Another SWV's meeting: 404 before anything about the body is said.
    if (!(await this.thuiszitters.vergaderingen.definitie.repository.laad(this.dataSource.manager, id, actor.swv))) throw new ProblemError('notFound', 'Vergadering niet gevonden');
    const velden = VERGADERING_BODIES[commando].parse(body ?? {});
    const v = await this.thuiszitters.vergaderingCommando(actor, id, { ...velden, type: commando } as VergaderingCommando, versieUitIfMatch(ifMatch));
    res.setHeader('ETag', etag(v.versie));
    return v;
  }
}
