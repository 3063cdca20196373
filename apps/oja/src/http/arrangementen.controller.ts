import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { ApiConflict, ApiNietGevonden, ApiStandaard, ApiZodBody, ApiZodQuery, ApiZodResponse, doelVan, etag, jsonSchema, versieUitIfMatch, zaakId } from '@pao/zaak';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { OjaDienst } from '../application/oja-dienst';
import { type OjaCommando } from '../domain';
import { SCHEMA } from '../persistence/persistence';
import { Aangemaakt, Arrangement, Werkvoorraad } from '../queries/antwoorden';
import { werkvoorraad } from '../queries/werkvoorraad';
import { ArrangementLezer } from './lezer';
import {
  COMMANDO_BODIES,
  HTTP_COMMANDOS,
  type HttpCommando,
  NieuwCollectief,
  type NieuwCollectiefInvoer,
  NieuweAanvraag,
  type NieuweAanvraagInvoer,
  WerkvoorraadQuery,
  type WerkvoorraadQueryInvoer,
} from './schemas';

const ACTIE_BODY_SCHEMA = { oneOf: HTTP_COMMANDOS.map((c) => ({ title: c, ...jsonSchema(COMMANDO_BODIES[c]) })) };
const LEZERS = ['consulent', 'orthopedagoog', 'teamleider', 'beheerder', 'gemeente'] as const;

const commandoNaam = {
  transform(v: unknown): HttpCommando {
    if (typeof v !== 'string' || !(HTTP_COMMANDOS as readonly string[]).includes(v)) throw new ProblemError('notFound', 'Onbekende actie');
    return v as HttpCommando;
  },
};

/** Arrangements: werkvoorraad, aanvraag, collective set-up, read with timeline and money, and every command. */
@ApiTags('arrangementen')
@ApiStandaard()
@Controller('arrangementen')
export class ArrangementenController {
  constructor(
    @Inject(OjaDienst) private readonly dienst: OjaDienst,
    @Inject(ArrangementLezer) private readonly lezer: ArrangementLezer,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Werkvoorraad: open arrangementen, of de lijst beoordeling / evaluatie / einde / budget; een gemeente ziet alleen die van haar gemeente' })
  @ApiZodQuery(WerkvoorraadQuery)
  @ApiZodResponse(200, Werkvoorraad, 'Een pagina van de werkvoorraad met de tellers per lijst', 'Werkvoorraad')
  async werkvoorraad(@HuidigeActor() actor: Actor, @Query(validated(WerkvoorraadQuery)) q: WerkvoorraadQueryInvoer) {
    const gemeente = this.dienst.gemeenteVan(actor);
    const regels = this.dienst.regelsVandaag(actor.swv);
    const vensters = { evaluatieDagen: 30, eindeDagen: (regels?.termijnen.einddatumWaarschuwingWeken ?? 8) * 7 };
    return this.dataSource.transaction(async (m) => {
      const r = await werkvoorraad(m, actor.swv, { ...q, ...(gemeente ? { gemeente } : {}) }, this.dienst.vandaag(), vensters, gemeente === undefined);
      if (gemeente === undefined) await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
      return r;
    });
  }

  @Post()
  @HttpCode(201)
  @Rollen('consulent', 'teamleider')
  @ApiOperation({ summary: 'Een individueel arrangement aanvragen (doelen, plan, jeugdhulpaanbieder, gewenste periode met einddatum)' })
  @ApiZodBody(NieuweAanvraag)
  @ApiZodResponse(201, Aangemaakt, 'Het nieuwe arrangement', 'Aangemaakt')
  async aanvragen(@HuidigeActor() actor: Actor, @Body(validated(NieuweAanvraag)) body: NieuweAanvraagInvoer) {
    const { leerling, ...rest } = body;
    const s = await this.dienst.aanvragen(actor, leerling, rest as never);
    return { id: s.id };
  }

  @Post('collectief')
  @HttpCode(201)
  @Rollen('teamleider')
  @ApiOperation({ summary: 'Een collectief arrangement inrichten: voorziening, plaatsen, periode en geld in één besluit' })
  @ApiZodBody(NieuwCollectief)
  @ApiZodResponse(201, Aangemaakt, 'Het nieuwe collectieve arrangement', 'Aangemaakt')
  async inrichten(@HuidigeActor() actor: Actor, @Body(validated(NieuwCollectief)) body: NieuwCollectiefInvoer) {
    const s = await this.dienst.inrichten(actor, body as never);
    return { id: s.id };
  }

  @Get(':id')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Het arrangement met plan, geld, evaluaties, termijnen, tijdlijn en toegestane acties (één regel in de toegangslog)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodResponse(200, Arrangement, 'Het arrangement; ETag = versie', 'Arrangement')
  @ApiNietGevonden()
  async bekijk(@HuidigeActor() actor: Actor, @Param('id', zaakId('Arrangement')) id: string, @Headers('x-pao-doel') doel: string | undefined, @Res({ passthrough: true }) res: Response) {
    const a = await this.lezer.raadpleeg(actor, id, doelVan(doel));
    res.setHeader('ETag', etag(a.versie));
    return a;
  }

  @Post(':id/acties/:commando')
  @HttpCode(200)
  @Rollen('consulent', 'orthopedagoog', 'teamleider', 'gemeente')
  @ApiOperation({ summary: 'Een stap uitvoeren; antwoord: het arrangement zoals GET. If-Match: "<versie>" voorkomt dubbel werk.' })
  @ApiParam({ name: 'commando', enum: HTTP_COMMANDOS })
  @ApiBody({ schema: ACTIE_BODY_SCHEMA, description: 'De velden van de stap, zonder type' })
  @ApiZodResponse(200, Arrangement, 'Het arrangement zoals GET', 'Arrangement')
  @ApiConflict('invalid-state-transition (huidigeStatus, commando, reden) of conflict (versie)')
  @ApiNietGevonden()
  async actie(
    @HuidigeActor() actor: Actor,
    @Param('id', zaakId('Arrangement')) id: string,
    @Param('commando', commandoNaam) commando: HttpCommando,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    // Not found before badly formed: another SWV's (or gemeente's) arrangement reveals nothing, not even its rules.
    await this.dienst.eisZichtbaar(this.dataSource.manager, actor, id);
    const velden = COMMANDO_BODIES[commando].parse(body ?? {});
    await this.dienst.voerUit(actor, id, { ...velden, type: commando } as OjaCommando, versieUitIfMatch(ifMatch));
    const a = await this.lezer.lees(actor, id);
    res.setHeader('ETag', etag(a.versie));
    return a;
  }
}
