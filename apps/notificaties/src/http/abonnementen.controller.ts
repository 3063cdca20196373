import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, Rollen, validated, type Actor } from '@pao/platform';
import { AbonnementenService } from '../application/abonnementen.service';
import { uuidParam } from './actor-params';
import { Abonnement, Abonnementen, GeheimGeroteerd, NieuwAbonnement, OpnieuwBezorgd } from '../application/antwoorden';
import { ApiConflict, ApiNietGevonden, ApiStandaard, ApiZodBody, ApiZodQuery, ApiZodResponse } from './openapi';
import { AbonnementInvoer, AbonnementWijziging, LijstQuery, OpnieuwInvoer, RotatieInvoer, type AbonnementInvoerBody, type AbonnementWijzigingBody, type OpnieuwInvoerBody, type RotatieInvoerBody } from './schemas';

const OPGEZEGD = 'invalid-state-transition: het abonnement is opgezegd (huidigeStatus)';

/**
 * Subscriptions, in the shape of the VNG Notificaties API `abonnement` (callbackUrl, auth,
 * kanalen with filters). Through the gateway: /api/notificaties/abonnementen.
 */
@ApiTags('abonnementen')
@ApiStandaard()
@Controller('abonnementen')
export class AbonnementenController {
  constructor(@Inject(AbonnementenService) private readonly abonnementen: AbonnementenService) {}

  @Get()
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Abonnementen: een partner ziet die van de eigen organisatie, de beheerder alle van het SWV' })
  @ApiZodQuery(LijstQuery)
  @ApiZodResponse(200, Abonnementen, 'De abonnementen')
  lijst(@HuidigeActor() actor: Actor, @Query(validated(LijstQuery)) q: { metOpgezegd?: 'true' | 'false' }) {
    return this.abonnementen.lijst(actor, q.metOpgezegd === 'true');
  }

  @Post()
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiOperation({ summary: 'Abonneren (partnersysteem). Het antwoord bevat eenmalig het ondertekeningsgeheim.' })
  @ApiZodBody(AbonnementInvoer)
  @ApiZodResponse(201, NieuwAbonnement, 'Het abonnement, met eenmalig het geheim')
  @ApiConflict('conflict: uw organisatie heeft het maximale aantal abonnementen')
  maak(@HuidigeActor() actor: Actor, @Body(validated(AbonnementInvoer)) body: AbonnementInvoerBody) {
    return this.abonnementen.maak(actor, body);
  }

  @Get(':id')
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Eén abonnement' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodResponse(200, Abonnement, 'Het abonnement', 'Abonnement')
  @ApiNietGevonden()
  lees(@HuidigeActor() actor: Actor, @Param('id', uuidParam) id: string) {
    return this.abonnementen.lees(actor, id);
  }

  @Patch(':id')
  @Rollen('gemeente')
  @ApiOperation({ summary: 'Callback-URL, auth, kanalen of gemeenten wijzigen (partnersysteem)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodBody(AbonnementWijziging)
  @ApiZodResponse(200, Abonnement, 'Het abonnement', 'Abonnement')
  @ApiNietGevonden()
  @ApiConflict(OPGEZEGD)
  wijzig(@HuidigeActor() actor: Actor, @Param('id', uuidParam) id: string, @Body(validated(AbonnementWijziging)) body: AbonnementWijzigingBody) {
    return this.abonnementen.wijzig(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Opzeggen: er komen geen nieuwe bezorgingen meer; het logboek blijft' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiResponse({ status: 204, description: 'Opgezegd' })
  @ApiNietGevonden()
  @ApiConflict(OPGEZEGD)
  async zegOp(@HuidigeActor() actor: Actor, @Param('id', uuidParam) id: string) {
    await this.abonnementen.zegOp(actor, id);
  }

  @Post(':id/geheim-roteren')
  @HttpCode(200)
  @Rollen('gemeente')
  @ApiOperation({ summary: 'Nieuw ondertekeningsgeheim; het vorige blijft overlapUren geldig (twee handtekeningen per bericht)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodBody(RotatieInvoer)
  @ApiZodResponse(200, GeheimGeroteerd, 'Het nieuwe geheim (alleen nu getoond)')
  @ApiNietGevonden()
  @ApiConflict(OPGEZEGD)
  roteer(@HuidigeActor() actor: Actor, @Param('id', uuidParam) id: string, @Body(validated(RotatieInvoer)) body: RotatieInvoerBody) {
    return this.abonnementen.roteerGeheim(actor, id, body.overlapUren);
  }

  @Post(':id/hervatten')
  @HttpCode(200)
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Een falend abonnement hervatten: alles wat wacht wordt meteen (opnieuw) geprobeerd' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodResponse(200, Abonnement, 'Het abonnement', 'Abonnement')
  @ApiNietGevonden()
  @ApiConflict(OPGEZEGD)
  hervat(@HuidigeActor() actor: Actor, @Param('id', uuidParam) id: string) {
    return this.abonnementen.hervat(actor, id);
  }

  @Post(':id/opnieuw-bezorgen')
  @HttpCode(200)
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Opnieuw bezorgen: één gebeurtenis (eventId) of alles vanaf een moment (vanaf); met dezelfde id, dus ontdubbelbaar' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodBody(OpnieuwInvoer)
  @ApiZodResponse(200, OpnieuwBezorgd, 'Hoeveel bezorgingen opnieuw klaarstaan')
  @ApiNietGevonden()
  @ApiConflict(OPGEZEGD)
  async opnieuw(@HuidigeActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() ruw: unknown) {
    // Another SWV's or partner's subscription is 404 whatever the body says: looked up before the body is judged.
    await this.abonnementen.lees(actor, id);
    const body: OpnieuwInvoerBody = validated(OpnieuwInvoer).transform(ruw);
    return this.abonnementen.opnieuwBezorgen(actor, id, { eventId: body.eventId, vanaf: body.vanaf ? new Date(body.vanaf) : undefined });
  }
}
