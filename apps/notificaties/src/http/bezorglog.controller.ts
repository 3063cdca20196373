import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, Rollen, validated, type Actor } from '@pao/platform';
import { DataSource } from 'typeorm';
import { bereikVan } from '../application/abonnementen.service';
import { Bezorgingen, bezorgingAntwoord, Kanalen, Pogingen, pogingAntwoord } from '../application/antwoorden';
import { kanalenOverzicht } from '../application/catalogus';
import { abonnementenRepository } from '../persistence/abonnementen.repository';
import { bezorglog } from '../persistence/bezorglog';
import { uuidParam } from './actor-params';
import { ApiNietGevonden, ApiStandaard, ApiZodQuery, ApiZodResponse } from './openapi';
import { BezorgingenQuery, PogingenQuery, type BezorgingenQueryBody, type PogingenQueryBody } from './schemas';

/** The delivery log (per attempt and per delivery) and the kanalen one can subscribe to. */
@ApiTags('bezorglog')
@ApiStandaard()
@Controller()
export class BezorglogController {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  @Get('kanalen')
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Kanalen met hun gebeurtenistypen en filterkenmerken (zoals KANAAL in de Notificaties API)' })
  @ApiZodResponse(200, Kanalen, 'De kanalen met hun gebeurtenistypen')
  kanalen() {
    return { items: kanalenOverzicht() };
  }

  @Get('pogingen')
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Bezorglog: elke poging (wanneer, uitkomst, statuscode, duur, fragment van het antwoord, volgende poging), nieuwste eerst' })
  @ApiZodQuery(PogingenQuery)
  @ApiZodResponse(200, Pogingen, 'Een pagina van het bezorglog, nieuwste eerst')

  async pogingen(@HuidigeActor() actor: Actor, @Query(validated(PogingenQuery)) q: PogingenQueryBody) {
    const pagina = await bezorglog.pogingen(this.db.manager, bereikVan(actor), q);
    return { totaal: pagina.totaal, items: pagina.items.map(pogingAntwoord) };
  }

  @Get('abonnementen/:id/bezorgingen')
  @Rollen('gemeente', 'beheerder')
  @ApiOperation({ summary: 'Bezorgingen van een abonnement met hun stand (wachtend, bezorgd, opgegeven) en volgende poging' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodQuery(BezorgingenQuery)
  @ApiZodResponse(200, Bezorgingen, 'Een pagina van de bezorgingen, nieuwste eerst')
  @ApiNietGevonden()
  async bezorgingen(@HuidigeActor() actor: Actor, @Param('id', uuidParam) id: string, @Query(validated(BezorgingenQuery)) q: BezorgingenQueryBody) {
    const bereik = bereikVan(actor);
    if (!(await abonnementenRepository.vind(this.db.manager, bereik, id))) throw new ProblemError('notFound', 'Abonnement niet gevonden');
    const pagina = await bezorglog.bezorgingen(this.db.manager, bereik, { ...q, abonnementId: id });
    return { totaal: pagina.totaal, items: pagina.items.map(bezorgingAntwoord) };
  }
}
