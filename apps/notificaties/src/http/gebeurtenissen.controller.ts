import { Controller, Get, Headers, Inject, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, recordAccess, Rollen, type Actor } from '@pao/platform';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { bereikVan } from '../application/abonnementen.service';
import { bezorglog } from '../persistence/bezorglog';
import { SCHEMA } from '../persistence/persistence';
import { doelVan, uuidParam } from './actor-params';
import { ApiBestand, ApiNietGevonden, ApiStandaard } from './openapi';

/**
 * Where `dataref` points (informatiearm notificeren): the partner fetches an event with its
 * own key through the gateway; only events that were for a subscription of its own
 * organisation, only the gemeente view; every fetch is in the access log.
 */
@ApiTags('gebeurtenissen')
@ApiStandaard()
@Controller('gebeurtenissen')
export class GebeurtenissenController {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  @Get(':id')
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'De gebeurtenis achter een dataref (CloudEvent, gemeentevelden); elke raadpleging staat in de toegangslog' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'De CloudEvent id' })
  @ApiBestand('De CloudEvent in de gemeenteweergave, byte voor byte zoals bezorgd en ondertekend', ['application/cloudevents+json'])
  @ApiNietGevonden()
  async lees(@HuidigeActor() actor: Actor, @Param('id', uuidParam) id: string, @Headers('x-pao-doel') doel: string | undefined, @Res() res: Response): Promise<void> {
    const inhoud = await this.db.transaction(async (m) => {
      const gevonden = await bezorglog.gebeurtenis(m, bereikVan(actor), id);
      if (gevonden) await recordAccess(m, SCHEMA, actor, { handeling: 'raadplegen', objectType: 'gebeurtenis', objectId: id, doel: doelVan(doel, 'opvolging-notificatie') });
      return gevonden;
    });
    if (!inhoud) throw new ProblemError('notFound', 'Gebeurtenis niet gevonden');
    res.status(200).type('application/cloudevents+json').send(inhoud);
  }
}
