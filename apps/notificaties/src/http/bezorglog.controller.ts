import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, Rollen, validated, type Actor } from '@pao/platform';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { DataSource } from 'typeorm';
import { bereikVan } from '../application/abonnementen.service';
import { kanalenOverzicht } from '../application/catalogus';
import { abonnementenRepository } from '../persistence/abonnementen.repository';
import { bezorglog } from '../persistence/bezorglog';
import { uuidParam } from './actor-params';
import { ApiNietGevonden, ApiStandaard, ApiZodQuery } from './openapi';
import { BezorgingenQuery, PogingenQuery, type BezorgingenQueryBody, type PogingenQueryBody } from './schemas';

const paginaSchema = (items: Record<string, SchemaObject>): SchemaObject => ({ type: 'object', properties: { totaal: { type: 'integer' }, items: { type: 'array', items: { type: 'object', properties: items } } } });

/** The delivery log (per attempt and per delivery) and the kanalen one can subscribe to. */
@ApiTags('bezorglog')
@ApiStandaard()
@Controller()
export class BezorglogController {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  @Get('kanalen')
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Kanalen met hun gebeurtenistypen en filterkenmerken (zoals KANAAL in de Notificaties API)' })
  kanalen() {
    return { items: kanalenOverzicht() };
  }

  @Get('pogingen')
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Bezorglog: elke poging (wanneer, uitkomst, statuscode, duur, fragment van het antwoord, volgende poging), nieuwste eerst' })
  @ApiZodQuery(PogingenQuery)
  @ApiResponse({
    status: 200,
    schema: paginaSchema({
      id: { type: 'string' },
      abonnementId: { type: 'string' },
      eventId: { type: 'string' },
      type: { type: 'string' },
      poging: { type: 'integer' },
      tijdstip: { type: 'string', format: 'date-time' },
      duurMs: { type: 'integer' },
      uitkomst: { type: 'string', enum: ['bezorgd', 'http-fout', 'time-out', 'netwerkfout', 'geweigerd'] },
      statuscode: { type: 'integer', nullable: true },
      antwoord: { type: 'string', nullable: true, description: 'Hoogstens 200 tekens van het antwoord' },
      fout: { type: 'string', nullable: true },
      volgendePogingOp: { type: 'string', format: 'date-time', nullable: true },
    }),
  })
  pogingen(@HuidigeActor() actor: Actor, @Query(validated(PogingenQuery)) q: PogingenQueryBody) {
    return bezorglog.pogingen(this.db.manager, bereikVan(actor), q);
  }

  @Get('abonnementen/:id/bezorgingen')
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Bezorgingen van een abonnement met hun stand (wachtend, bezorgd, opgegeven) en volgende poging' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodQuery(BezorgingenQuery)
  @ApiNietGevonden()
  async bezorgingen(@HuidigeActor() actor: Actor, @Param('id', uuidParam) id: string, @Query(validated(BezorgingenQuery)) q: BezorgingenQueryBody) {
    const bereik = bereikVan(actor);
    if (!(await abonnementenRepository.vind(this.db.manager, bereik, id))) throw new ProblemError('notFound', 'Abonnement niet gevonden');
    return bezorglog.bezorgingen(this.db.manager, bereik, { ...q, abonnementId: id });
  }
}
