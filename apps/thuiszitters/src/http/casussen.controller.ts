import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { ApiConflict, ApiNietGevonden, ApiStandaard, ApiZodBody, ApiZodQuery, ApiZodResponse, doelVan, etag, jsonSchema, versieUitIfMatch, zaakId, type Klok } from '@pao/zaak';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { KLOK, vandaag } from '../application/klok';
import { Thuiszitters } from '../application/thuiszitters';
import { type CasusCommando } from '../domain';
import { SCHEMA } from '../persistence/persistence';
import { Aangemaakt, Casus, CasusOfVersie, Werkvoorraad } from '../queries/antwoorden';
import { werkvoorraad } from '../queries/werkvoorraad';
import { CasusLezer } from './casus-lezer';
import { leerlingNummer } from './leerling-nummer';
import {
  COMMANDO_BODIES,
  HTTP_COMMANDOS,
  NieuweMelding,
  NieuweVrijstelling,
  WerkvoorraadQuery,
  type HttpCommando,
  type NieuweMeldingInvoer,
  type NieuweVrijstellingInvoer,
  type WerkvoorraadQueryInvoer,
} from './schemas';

const LEZERS = ['consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'beheerder'] as const;
const ACTIE_BODY_SCHEMA = { oneOf: HTTP_COMMANDOS.map((c) => ({ title: c, ...jsonSchema(COMMANDO_BODIES[c]) })) };

const commandoNaam = {
  transform(v: unknown): HttpCommando {
    if (typeof v !== 'string' || !(HTTP_COMMANDOS as string[]).includes(v)) throw new ProblemError('notFound', 'Onbekend commando');
    return v as HttpCommando;
  },
};

/** Meldingen, vrijstellingen, the werkvoorraad, one casus and every command on it (apps/thuiszitters/README.md). */
@ApiTags('casussen')
@ApiStandaard()
@Controller()
export class CasussenController {
  constructor(
    @Inject(Thuiszitters) private readonly thuiszitters: Thuiszitters,
    @Inject(CasusLezer) private readonly lezer: CasusLezer,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  @Get('casussen')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Werkvoorraad: open casussen, langst thuis en dichtstbijzijnde termijn eerst (de Actietafel ziet alleen wat naar haar is geëscaleerd)' })
  @ApiZodQuery(WerkvoorraadQuery)
  @ApiZodResponse(200, Werkvoorraad, 'Een pagina van de werkvoorraad', 'Werkvoorraad')
  async werkvoorraad(@HuidigeActor() actor: Actor, @Query(validated(WerkvoorraadQuery)) q: WerkvoorraadQueryInvoer) {
    return this.dataSource.transaction(async (m) => {
      const uit = await werkvoorraad(m, actor.swv, actor.rol, { ...q, aandacht: q.aandacht === 'ja' }, vandaag(this.klok));
      await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
      return uit;
    });
  }

  @Post('meldingen')
  @HttpCode(201)
  @Rollen('consulent', 'orthopedagoog', 'teamleider', 'gemeente')
  @ApiOperation({ summary: 'Een (dreigende) thuiszitter of crisis melden; leerplicht, bestuur en SWV worden direct geïnformeerd (event)' })
  @ApiZodBody(NieuweMelding)
  @ApiZodResponse(201, Aangemaakt, 'De nieuwe casus', 'Aangemaakt')
  async melden(@HuidigeActor() actor: Actor, @Body(validated(NieuweMelding)) body: NieuweMeldingInvoer) {
    const { leerling, ...inhoud } = body;
    const s = await this.thuiszitters.melden(actor, leerlingNummer(leerling), inhoud);
    return { id: s.id };
  }

  @Post('vrijstellingen')
  @HttpCode(201)
  @Rollen('consulent', 'teamleider', 'gemeente')
  @ApiOperation({ summary: 'Een vrijstelling (Leerplichtwet art. 5) registreren naast de meldingen' })
  @ApiZodBody(NieuweVrijstelling)
  @ApiZodResponse(201, Aangemaakt, 'De nieuwe casus', 'Aangemaakt')
  async vrijstelling(@HuidigeActor() actor: Actor, @Body(validated(NieuweVrijstelling)) body: NieuweVrijstellingInvoer) {
    const { leerling, ...inhoud } = body;
    const s = await this.thuiszitters.vrijstellingRegistreren(actor, leerlingNummer(leerling), inhoud);
    return { id: s.id };
  }

  @Get('casussen/:id')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'De casus met tijdlijn, plan, termijnen en toegestane acties (één regel in de toegangslog)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodResponse(200, Casus, 'De casus', 'Casus')
  @ApiNietGevonden()
  async bekijk(@HuidigeActor() actor: Actor, @Param('id', zaakId('Casus')) id: string, @Headers('x-pao-doel') doel: string | undefined, @Res({ passthrough: true }) res: Response) {
    const casus = await this.lezer.raadpleeg(actor, id, doelVan(doel));
    res.setHeader('ETag', etag(casus.versie));
    return casus;
  }

  @Post('casussen/:id/acties/:commando')
  @HttpCode(200)
  @Rollen('consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'gemeente')
  @ApiOperation({ summary: 'Een commando uitvoeren; antwoord: de casus zoals GET. If-Match: "<versie>" voorkomt dubbel werk.' })
  @ApiParam({ name: 'commando', enum: HTTP_COMMANDOS })
  @ApiBody({ schema: ACTIE_BODY_SCHEMA, description: 'De velden van het commando, zonder type' })
  @ApiZodResponse(200, CasusOfVersie, 'De casus zoals GET; leerplicht (gemeente) krijgt alleen id en versie')
  @ApiConflict('invalid-state-transition (huidigeStatus, commando) of conflict (versie)')
  @ApiNietGevonden()
  async actie(
    @HuidigeActor() actor: Actor,
    @Param('id', zaakId('Casus')) id: string,
    @Param('commando', commandoNaam) commando: HttpCommando,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    // Another SWV's case, or one the Actietafel never received: 404 before anything about the body is said.
    await this.lezer.laad(this.dataSource.manager, actor, id);
    const velden = COMMANDO_BODIES[commando].parse(body ?? {}) as Record<string, unknown>;
    const { leerling, ...rest } = velden;
    const nieuweLeerling = leerling ? leerlingNummer(leerling as Parameters<typeof leerlingNummer>[0]) : undefined;
    const na = await this.thuiszitters.voerUit(actor, id, { ...rest, type: commando } as unknown as CasusCommando, versieUitIfMatch(ifMatch), nieuweLeerling);
    // Leerplicht reports facts; it does not read the whole case.
    if (actor.rol === 'gemeente') {
      res.setHeader('ETag', etag(na.versie));
      return { id, versie: na.versie };
    }
    const casus = await this.lezer.lees(actor, id);
    res.setHeader('ETag', etag(casus.versie));
    return casus;
  }
}
