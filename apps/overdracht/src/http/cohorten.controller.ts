import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, problemResponse, ProblemError, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { ApiNietGevonden, ApiStandaard, ApiZodBody, ApiZodQuery, ApiZodResponse } from '@pao/zaak';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Overdrachten } from '../application/overdrachten';
import { SCHEMA } from '../persistence/persistence';
import { Aangemaakt, Cohort, CohortRegel, Cohorten, ImportRapport } from '../queries/antwoorden';
import { cohortBord, cohortOverzicht } from '../queries/bord';
import { leesUpload } from './bestand-upload';
import { cohortId } from './params';
import { CohortQuery, ImportQuery, NieuwCohort, NieuweLeerling } from './schemas';
import { LEZERS, SCHRIJVERS } from './rollen';

/** Cohorts: the board per sending school, the import of an export, pupils one by one. */
@ApiTags('cohorten')
@ApiStandaard()
@Controller('cohorten')
export class CohortenController {
  constructor(
    @Inject(Overdrachten) private readonly overdrachten: Overdrachten,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Cohorten van een schooljaar met wat nog openstaat en de eerstvolgende datum' })
  @ApiZodQuery(CohortQuery)
  @ApiZodResponse(200, Cohorten, 'De cohorten met hun tellingen', 'Cohorten')
  async overzicht(@HuidigeActor() actor: Actor, @Query(validated(CohortQuery)) q: z.infer<typeof CohortQuery>) {
    return this.dataSource.transaction(async (m) => {
      const items = await cohortOverzicht(m, actor.swv, this.overdrachten.pijplijn.vandaag(), q);
      await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'cohort', doel: 'behandeling' });
      return { items };
    });
  }

  @Post()
  @Rollen(...SCHRIJVERS)
  @ApiOperation({ summary: 'Cohort van een verzendende school in een schooljaar (bestaat het al, dan dat cohort)' })
  @ApiZodBody(NieuwCohort)
  @ApiZodResponse(201, Cohort, 'Nieuw cohort', 'Cohort')
  @ApiZodResponse(200, Cohort, 'Bestaand cohort', 'Cohort')
  async aanmaken(@HuidigeActor() actor: Actor, @Body(validated(NieuwCohort)) body: z.infer<typeof NieuwCohort>, @Res({ passthrough: true }) res: Response) {
    const cohort = await this.overdrachten.cohort(actor, body.schooljaar, body.verzendendeSchoolId);
    res.status(cohort.nieuw ? 201 : 200);
    return cohort;
  }

  @Get(':id')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Cohortbord: tellingen en eerstvolgende datum (de leerlingen: GET /overdrachten?cohortId=…)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodResponse(200, CohortRegel, 'Het cohort met zijn tellingen', 'CohortRegel')
  @ApiNietGevonden()
  async bord(@HuidigeActor() actor: Actor, @Param('id', cohortId) id: string) {
    return this.dataSource.transaction(async (m) => {
      const bord = await cohortBord(m, actor.swv, this.overdrachten.pijplijn.vandaag(), id);
      if (!bord) throw new ProblemError('notFound', 'Cohort niet gevonden');
      await recordAccess(m, SCHEMA, actor, { handeling: 'raadplegen', objectType: 'cohort', objectId: id, doel: 'behandeling' });
      return bord;
    });
  }

  @Post(':id/leerlingen')
  @HttpCode(201)
  @Rollen(...SCHRIJVERS)
  @ApiOperation({ summary: 'Eén leerling aan het cohort toevoegen (dezelfde controles als een CSV-rij)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodBody(NieuweLeerling)
  @ApiZodResponse(201, Aangemaakt, 'De nieuwe overdracht', 'Aangemaakt')
  @ApiNietGevonden()
  async leerling(@HuidigeActor() actor: Actor, @Param('id', cohortId) id: string, @Body() body: unknown) {
    await this.overdrachten.eisCohort(actor, id);
    const s = await this.overdrachten.leerlingToevoegen(actor, id, NieuweLeerling.parse(body ?? {}));
    return { id: s.id };
  }

  @Post(':id/import')
  @HttpCode(200)
  @Rollen(...SCHRIJVERS)
  @ApiOperation({
    summary: 'Cohort importeren uit een CSV-export (UTF-8, ; of ,). Elke rij wordt gecontroleerd; geweigerde rijen staan per rij en veld in het rapport; de rest gaat in één transactie. ?controle=ja controleert alleen.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'leerlingnummer;route;definitief advies;kwetsbaar;voorzieningen\n999990019;po-vo;vmbo-k;ja;tlv-pro' } })
  @ApiZodQuery(ImportQuery)
  @ApiZodResponse(200, ImportRapport, 'Rapport: rijen, geimporteerd, geweigerd per rij en veld, genegeerde kolommen', 'ImportRapport')
  @ApiResponse({ status: 413, ...problemResponse('Bestand te groot') })
  @ApiResponse({ status: 415, ...problemResponse('Geen text/csv') })
  @ApiNietGevonden()
  async importeer(@HuidigeActor() actor: Actor, @Param('id', cohortId) id: string, @Query(validated(ImportQuery)) q: z.infer<typeof ImportQuery>, @Req() req: Request) {
    await this.overdrachten.eisCohort(actor, id);
    const bytes = await leesUpload(req);
    return this.overdrachten.importeer(actor, id, bytes, q.controle ?? false);
  }
}
