import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { ApiConflict, ApiNietGevonden, ApiStandaard, ApiZodQuery, ApiZodResponse, doelVan, etag, jsonSchema, versieUitIfMatch } from '@pao/zaak';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Overdrachten } from '../application/overdrachten';
import { type OverdrachtCommando } from '../domain';
import { SCHEMA } from '../persistence/persistence';
import { Overdracht, Overdrachten as OverdrachtenPagina } from '../queries/antwoorden';
import { overdrachtenLijst } from '../queries/bord';
import { OverdrachtLezer } from './lezer';
import { commandoNaam, overdrachtId } from './params';
import { LEZERS, SCHRIJVERS } from './rollen';
import { COMMANDO_BODIES, HTTP_COMMANDOS, LijstQuery, type HttpCommando } from './schemas';

const ACTIE_BODY_SCHEMA = { oneOf: HTTP_COMMANDOS.map((c) => ({ title: c, ...jsonSchema(COMMANDO_BODIES[c]) })) };

/** The pupil's overdracht: lists, the pupil page, and every command a person gives. */
@ApiTags('overdrachten')
@ApiStandaard()
@Controller('overdrachten')
export class OverdrachtenController {
  constructor(
    @Inject(Overdrachten) private readonly overdrachten: Overdrachten,
    @Inject(OverdrachtLezer) private readonly lezer: OverdrachtLezer,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Leerlingen van een cohort, school of het hele SWV; open eerst, op eerstvolgende datum' })
  @ApiZodQuery(LijstQuery)
  @ApiZodResponse(200, OverdrachtenPagina, 'Een pagina leerlingen', 'Overdrachten')
  async lijst(@HuidigeActor() actor: Actor, @Query(validated(LijstQuery)) q: z.infer<typeof LijstQuery>) {
    return this.dataSource.transaction(async (m) => {
      const pagina = await overdrachtenLijst(m, actor.swv, this.overdrachten.pijplijn.vandaag(), q);
      await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'overdracht', doel: 'behandeling' });
      return pagina;
    });
  }

  @Get(':id')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'De overdracht met tijdlijn, termijnen, signalen en toegestane acties (één regel in de toegangslog)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodResponse(200, Overdracht, 'De overdracht; ETag = versie', 'Overdracht')
  @ApiNietGevonden()
  async bekijk(@HuidigeActor() actor: Actor, @Param('id', overdrachtId) id: string, @Headers('x-pao-doel') doel: string | undefined, @Res({ passthrough: true }) res: Response) {
    const zaak = await this.lezer.raadpleeg(actor, id, doelVan(doel));
    res.setHeader('ETag', etag(zaak.versie));
    return zaak;
  }

  @Post(':id/acties/:commando')
  @HttpCode(200)
  @Rollen(...SCHRIJVERS)
  @ApiOperation({ summary: 'Een commando uitvoeren; antwoord: de overdracht zoals GET. If-Match: "<versie>" voorkomt dubbel werk.' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'commando', enum: HTTP_COMMANDOS })
  @ApiBody({ schema: ACTIE_BODY_SCHEMA })
  @ApiZodResponse(200, Overdracht, 'De overdracht zoals GET', 'Overdracht')
  @ApiConflict('invalid-state-transition (huidigeStatus, commando, reden) of conflict (versie)')
  @ApiNietGevonden()
  async actie(
    @HuidigeActor() actor: Actor,
    @Param('id', overdrachtId) id: string,
    @Param('commando', commandoNaam) commando: HttpCommando,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.overdrachten.eisOverdracht(actor, id);
    const invoer = COMMANDO_BODIES[commando].parse(body ?? {}) as object;
    await this.overdrachten.voerUit(actor, id, { ...invoer, type: commando } as OverdrachtCommando, versieUitIfMatch(ifMatch));
    const zaak = await this.lezer.raadpleeg(actor, id, 'behandeling');
    res.setHeader('ETag', etag(zaak.versie));
    return zaak;
  }
}
