import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, Rollen, validated, type Actor } from '@pao/platform';
import { ApiStandaard, ApiZodQuery, ApiZodResponse } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { scholen } from '../application/scholen';
import { Scholen } from '../queries/antwoorden';
import { ScholenQuery } from './schemas';

/** The SWV's schools with their expertise (SOP): a crisis placement needs a school that can receive the pupil. */
@ApiTags('scholen')
@ApiStandaard()
@Controller('scholen')
export class ScholenController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Rollen('consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'beheerder', 'gemeente')
  @ApiOperation({ summary: 'Scholen van het samenwerkingsverband, te filteren op expertise (SOP) en naam' })
  @ApiZodQuery(ScholenQuery)
  @ApiZodResponse(200, Scholen, 'De scholen en alle expertises van het samenwerkingsverband', 'Scholen')
  async zoek(@HuidigeActor() actor: Actor, @Query(validated(ScholenQuery)) q: z.infer<typeof ScholenQuery>): Promise<z.output<typeof Scholen>> {
    return { items: (await scholen.zoek(this.dataSource.manager, actor.swv, q)).map((s) => ({ ...s, expertise: [...s.expertise] })), expertises: await scholen.expertises(this.dataSource.manager, actor.swv) };
  }
}
