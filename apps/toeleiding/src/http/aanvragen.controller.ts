import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { KLOK, vandaag, type Klok } from '../application/klok';
import { Toeleiding } from '../application/toeleiding';
import { alsCommando } from './commando-invoer';
import { leerlingNummer } from './leerling-nummer';
import { ApiConflict, ApiNietGevonden, ApiStandaard, ApiZodBody, ApiZodQuery, doelVan, jsonSchema, versieUitIfMatch } from '@pao/zaak';
import { AanvraagLezer } from './aanvraag-lezer';
import { ACTIES, NIEUWE_AANVRAAG } from './voorbeelden';
import { COMMANDO_BODIES, HTTP_COMMANDOS, NieuweAanvraag, WerkvoorraadQuery, type HttpCommando, type NieuweAanvraagInvoer, type WerkvoorraadFilter } from './schemas';
import { aanvraagId, commandoNaam } from './params';
import { werkvoorraad } from '../queries/werkvoorraad';
import { SCHEMA } from '../persistence/persistence';

/** One body per command, documented as alternatives. */
const ACTIE_BODY_SCHEMA = { oneOf: HTTP_COMMANDOS.map((c) => ({ title: c, ...jsonSchema(COMMANDO_BODIES[c]) })) };

const LEZERS = ['consulent', 'orthopedagoog', 'teamleider', 'beheerder'] as const;

/** The case: werkvoorraad, create, read with timeline, and every command (docs/api/toeleiding.md). */
@ApiTags('aanvragen')
@ApiStandaard()
@Controller('aanvragen')
export class AanvragenController {
  constructor(
    @Inject(Toeleiding) private readonly toeleiding: Toeleiding,
    @Inject(AanvraagLezer) private readonly lezer: AanvraagLezer,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  @Get()
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Werkvoorraad: open aanvragen met volgende stap en termijn' })
  @ApiZodQuery(WerkvoorraadQuery)
  async werkvoorraad(@HuidigeActor() actor: Actor, @Query(validated(WerkvoorraadQuery)) q: WerkvoorraadFilter) {
    return this.dataSource.transaction(async (m) => {
      const resultaat = await werkvoorraad(m, actor.swv, actor.rol, q, vandaag(this.klok));
      await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
      return resultaat;
    });
  }

  @Post()
  @HttpCode(201)
  @Rollen('consulent')
  @ApiOperation({ summary: 'Nieuwe aanvraag (concept)' })
  @ApiZodBody(NieuweAanvraag, 'Leerling, aanvragende school en (een deel van) het dossier', NIEUWE_AANVRAAG)
  @ApiResponse({ status: 201, schema: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } } })
  async aanmaken(@HuidigeActor() actor: Actor, @Body(validated(NieuweAanvraag)) body: NieuweAanvraagInvoer) {
    const state = await this.toeleiding.aanmaken(actor, leerlingNummer(body.leerling), { aanvrager: body.aanvrager, dossier: body.dossier });
    return { id: state.id };
  }

  @Get(':id')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'De aanvraag met tijdlijn, termijnen en toegestane acties (één regel in de toegangslog)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiResponse({ status: 200, description: 'De aanvraag (docs/api/toeleiding.md, "Case"); ETag = versie' })
  @ApiNietGevonden()
  async bekijk(@HuidigeActor() actor: Actor, @Param('id', aanvraagId) id: string, @Headers('x-pao-doel') doel: string | undefined, @Res({ passthrough: true }) res: Response) {
    const zaak = await this.lezer.raadpleeg(actor, id, doelVan(doel));
    res.setHeader('ETag', `"${zaak.versie}"`);
    return zaak;
  }

  @Post(':id/acties/:commando')
  @HttpCode(200)
  @Rollen('consulent', 'orthopedagoog', 'teamleider')
  @ApiOperation({ summary: 'Een commando uitvoeren; antwoord: de aanvraag zoals GET. If-Match: "<versie>" voorkomt dubbel werk.' })
  @ApiParam({ name: 'commando', enum: HTTP_COMMANDOS })
  @ApiBody({ schema: ACTIE_BODY_SCHEMA, description: 'De velden van het commando, zonder type en swv', examples: ACTIES })
  @ApiResponse({ status: 200, description: 'De aanvraag na het commando, zoals GET /aanvragen/:id' })
  @ApiConflict()
  @ApiNietGevonden()
  async actie(
    @HuidigeActor() actor: Actor,
    @Param('id', aanvraagId) id: string,
    @Param('commando', commandoNaam) commando: HttpCommando,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.toeleiding.voerUit(actor, id, alsCommando(commando, body, actor), versieUitIfMatch(ifMatch));
    const zaak = await this.lezer.lees(actor, id);
    res.setHeader('ETag', `"${zaak.versie}"`);
    return zaak;
  }
}
