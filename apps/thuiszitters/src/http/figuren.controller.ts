import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { ApiBestand, ApiStandaard, ApiZodQuery, ApiZodResponse, EXPORT_MEDIA_TYPES } from '@pao/zaak';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Pseudonimisering } from '../application/pseudonimisering';
import { alsCsv, alsXlsx } from '../export/spreadsheet';
import { SCHEMA } from '../persistence/persistence';
import { Figuren } from '../queries/antwoorden';
import { figuren } from '../queries/figuren';
import { inspectieRegister } from '../queries/inspectie-register';
import { kwartaal } from '../queries/kwartaal';
import { INSPECTIE_KOLOMMEN, INSPECTIE_KOLOMMEN_VERSIE } from '../regels/inspectie-kolommen';
import { InspectieQuery, KwartaalQuery } from './schemas';

const CIJFERS = ['consulent', 'orthopedagoog', 'teamleider', 'beheerder'] as const;

/** Thuiszitter figures per quarter (SWV and school boards) and the inspectie's register as a spreadsheet. */
@ApiTags('figuren')
@ApiStandaard()
@Controller('figuren')
export class FigurenController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Pseudonimisering) private readonly pseudoniemen: Pseudonimisering,
  ) {}

  @Get()
  @Rollen(...CIJFERS)
  @ApiOperation({ summary: 'Cijfers van een kwartaal: meldingen, thuiszitters, afgesloten, duur thuis (mediaan, p90), uitkomsten, per bestuur' })
  @ApiZodQuery(KwartaalQuery)
  @ApiZodResponse(200, Figuren, 'De cijfers van het kwartaal', 'Figuren')
  async cijfers(@HuidigeActor() actor: Actor, @Query(validated(KwartaalQuery)) q: z.infer<typeof KwartaalQuery>) {
    return figuren(this.dataSource.manager, actor.swv, kwartaal(q.jaar, q.kwartaal as 1 | 2 | 3 | 4));
  }

  @Get('inspectie')
  @Rollen('consulent', 'teamleider', 'beheerder')
  @ApiOperation({ summary: 'Thuiszittersregister voor de inspectie: cumulatief in het schooljaar tot het einde van het kwartaal, geanonimiseerd, vrijstellingen inbegrepen (CSV of XLSX)' })
  @ApiBestand('Het register als CSV of XLSX (X-Kolommen-Versie: de versie van de kolommen)', EXPORT_MEDIA_TYPES)
  @ApiZodQuery(InspectieQuery)
  async inspectie(@HuidigeActor() actor: Actor, @Query(validated(InspectieQuery)) q: z.infer<typeof InspectieQuery>, @Res() res: Response) {
    const k = kwartaal(q.jaar, q.kwartaal as 1 | 2 | 3 | 4);
    const rijen = await this.dataSource.transaction(async (m) => {
      const uit = await inspectieRegister(m, actor.swv, k, (id) => this.pseudoniemen.voor(actor.swv, id));
      await recordAccess(m, SCHEMA, actor, { handeling: 'exporteren', objectType: 'inspectie-register', doel: 'verantwoording' });
      return uit;
    });
    const naam = `thuiszitters-${actor.swv}-${k.jaar}-K${k.kwartaal}`;
    res.setHeader('X-Kolommen-Versie', INSPECTIE_KOLOMMEN_VERSIE);
    if (q.formaat === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${naam}.csv"`);
      res.send(alsCsv(INSPECTIE_KOLOMMEN, rijen));
      return;
    }
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${naam}.xlsx"`);
    res.send(await alsXlsx(INSPECTIE_KOLOMMEN, rijen, `Thuiszitters ${k.jaar} K${k.kwartaal}`));
  }
}
