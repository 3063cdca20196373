import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { ApiStandaard, ApiZodQuery, ApiZodResponse } from '@pao/zaak';
import { schooljaarVan } from '@pao/deadlines';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Overdrachten } from '../application/overdrachten';
import { scholen } from '../application/scholen';
import { SCHEMA } from '../persistence/persistence';
import { Cijfers, Nazorg, Scholen } from '../queries/antwoorden';
import { cijfers } from '../queries/cijfers';
import { nazorgLijst } from '../queries/nazorg';
import { LEZERS } from './rollen';
import { CijfersQuery, NazorgQuery } from './schemas';

/** The school register, the nazorg list of receiving schools, and the figures per cohort. */
@ApiTags('rapportage')
@ApiStandaard()
@Controller()
export class RapportageController {
  constructor(
    @Inject(Overdrachten) private readonly overdrachten: Overdrachten,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get('scholen')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Scholen (verzendend en ontvangend, ook mbo): openbare registergegevens' })
  @ApiZodResponse(200, Scholen, 'Alle scholen', 'Scholen')
  async scholen() {
    return { items: await scholen.alle(this.dataSource.manager) };
  }

  @Get('nazorg')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Nazorg: geplaatste leerlingen rond de start (te bevestigen) en recent gestarte leerlingen' })
  @ApiZodQuery(NazorgQuery)
  @ApiZodResponse(200, Nazorg, 'Een pagina nazorg', 'Nazorg')
  async nazorg(@HuidigeActor() actor: Actor, @Query(validated(NazorgQuery)) q: z.infer<typeof NazorgQuery>) {
    return this.dataSource.transaction(async (m) => {
      const pagina = await nazorgLijst(m, actor.swv, this.overdrachten.pijplijn.vandaag(), q);
      await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'nazorg', doel: 'behandeling' });
      return pagina;
    });
  }

  @Get('cijfers')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Cijfers per cohort en verzendende school: bestemming, op tijd geplaatst, afwijzingen, warme overdracht, niet gestart, vsv' })
  @ApiZodQuery(CijfersQuery)
  @ApiZodResponse(200, Cijfers, 'De cijfers per cohort en in totaal', 'Cijfers')
  async cijfers(@HuidigeActor() actor: Actor, @Query(validated(CijfersQuery)) q: z.infer<typeof CijfersQuery>) {
    const schooljaar = q.schooljaar ?? schooljaarVan(this.overdrachten.pijplijn.vandaag() as never).label;
    return cijfers(this.dataSource.manager, actor.swv, schooljaar);
  }
}
