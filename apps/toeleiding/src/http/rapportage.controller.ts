import { Body, Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { DataSource } from 'typeorm';
import { Samenwerkingsverbanden } from '../application/samenwerkingsverbanden';
import { SCHEMA } from '../persistence/persistence';
import { doorlooptijden } from '../queries/doorlooptijden';
import { geldigeTlvs } from '../queries/geldige-tlvs';
import { laatsteTelling } from '../queries/tellingen';
import { soortenOpTeldatum } from '../telling/teldatum';
import { stelTellingVast } from '../telling/telling';
import { ApiBestand, ApiConflict, ApiNietGevonden, ApiStandaard, EXPORT_MEDIA_TYPES, ApiZodBody, ApiZodQuery, ApiZodResponse, exportBestand } from '@pao/zaak';
import { Doorlooptijden, GeldigeTlvs, Telling, TellingVastgesteld } from '../queries/antwoorden';
import type { Response } from 'express';
import { stuurBestand } from './bestand-antwoord';
import { overzichtTabellen } from './overzicht-export';
import { DoorlooptijdenQuery, OverzichtExportQuery, TellingVaststellen, TlvsQuery, type TlvsFilter } from './schemas';
import { TELLING } from './voorbeelden';
import { z } from 'zod';

/** Figures: TLVs valid on a date, lead times, the teldatum telling. */
@ApiTags('rapportage')
@ApiStandaard()
@Controller()
export class RapportageController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly swvs: Samenwerkingsverbanden,
  ) {}

  @Get('tlvs')
  @Rollen('consulent', 'teamleider', 'beheerder', 'gemeente')
  @ApiOperation({ summary: 'TLVs geldig op een peildatum (gemeente: alleen aantallen)' })
  @ApiZodQuery(TlvsQuery)
  @ApiZodResponse(200, GeldigeTlvs, 'Aantallen per soort en (niet voor een gemeente) de TLVs zelf', 'GeldigeTlvs')
  async tlvs(@HuidigeActor() actor: Actor, @Query(validated(TlvsQuery)) q: TlvsFilter): Promise<z.output<typeof GeldigeTlvs>> {
    const metItems = actor.rol !== 'gemeente';
    return this.dataSource.transaction(async (m) => {
      const resultaat = await geldigeTlvs(m, actor.swv, q, metItems);
      // A list of pupils is a search in the NEN 7513 sense; counts are not.
      if (metItems) await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'tlv', doel: 'behandeling' });
      return resultaat;
    });
  }

  @Get('rapportage/doorlooptijden')
  @Rollen('teamleider', 'beheerder', 'consulent')
  @ApiOperation({ summary: 'Doorlooptijden ingediend → besluit → plaatsing per school en maand' })
  @ApiZodQuery(DoorlooptijdenQuery as unknown as z.ZodObject)
  @ApiZodResponse(200, Doorlooptijden, 'Mediaan en 90e percentiel in kalenderdagen, per school en maand en voor het hele samenwerkingsverband', 'Doorlooptijden')
  doorlooptijden(@HuidigeActor() actor: Actor, @Query(validated(DoorlooptijdenQuery)) q: z.infer<typeof DoorlooptijdenQuery>): Promise<z.output<typeof Doorlooptijden>> {
    return doorlooptijden(this.dataSource.manager, actor.swv, q.van, q.tot);
  }

  /**
   * The overzicht as a file: lead times per school and month in the period and the last
   * teldatum telling per soort and per school. Figures about schools, no pupil data; the
   * download is in the access log ('exporteren').
   */
  @Get('rapportage/overzicht/export')
  @Rollen('teamleider', 'beheerder', 'consulent')
  @ApiOperation({ summary: 'Overzicht (doorlooptijden en laatste telling) exporteren als CSV of XLSX' })
  @ApiZodQuery(OverzichtExportQuery as unknown as z.ZodObject)
  @ApiBestand('Het overzicht als bestand (formaat=csv of xlsx), als bijlage', EXPORT_MEDIA_TYPES)
  async overzichtExporteren(@HuidigeActor() actor: Actor, @Query(validated(OverzichtExportQuery)) q: z.infer<typeof OverzichtExportQuery>, @Res() res: Response) {
    const { doorloop, telling } = await this.dataSource.transaction(async (m) => {
      const uit = { doorloop: await doorlooptijden(m, actor.swv, q.van, q.tot), telling: await laatsteTelling(m, actor.swv) };
      await recordAccess(m, SCHEMA, actor, { handeling: 'exporteren', objectType: 'overzicht', doel: 'verantwoording' });
      return uit;
    });
    stuurBestand(res, await exportBestand(q.formaat, `overzicht-${actor.swv}-${q.van}-${q.tot}`, overzichtTabellen(doorloop, telling)));
  }

  @Get('tellingen/laatste')
  @Rollen('teamleider', 'beheerder', 'consulent')
  @ApiOperation({ summary: 'De laatste teldatum-telling' })
  @ApiZodResponse(200, Telling, 'Geldige TLVs en plaatsingen op de teldatum, per soort en per school', 'Telling')
  @ApiNietGevonden('Er is nog geen telling vastgesteld')
  async laatsteTelling(@HuidigeActor() actor: Actor): Promise<z.output<typeof Telling>> {
    const telling = await laatsteTelling(this.dataSource.manager, actor.swv);
    if (!telling) throw new ProblemError('notFound', 'Er is nog geen telling vastgesteld');
    return telling;
  }

  @Post('tellingen')
  @HttpCode(201)
  @Rollen('teamleider', 'beheerder')
  @ApiOperation({ summary: 'Telling vaststellen voor een teldatum (normaal doet de termijnmotor dit op de teldatum)' })
  @ApiZodBody(TellingVaststellen, undefined, TELLING)
  @ApiZodResponse(201, TellingVastgesteld, 'De vastgestelde telling', 'TellingVastgesteld')
  @ApiConflict('conflict: de telling voor deze teldatum is al vastgesteld')
  async tellingVaststellen(@HuidigeActor() actor: Actor, @Body(validated(TellingVaststellen)) body: z.infer<typeof TellingVaststellen>): Promise<z.output<typeof TellingVastgesteld>> {
    const soorten = soortenOpTeldatum(actor.swv, body.teldatum, this.swvs);
    if (soorten.length === 0) {
      throw new ProblemError('validation', 'Geen teldatum voor dit samenwerkingsverband', { errors: [{ field: 'teldatum', message: 'is geen teldatum' }] });
    }
    const telling = await this.dataSource.transaction((m) => stelTellingVast(m, actor.swv, body.teldatum, soorten, this.swvs.bron(actor.swv)));
    if (!telling) throw new ProblemError('conflict', 'De telling voor deze teldatum is al vastgesteld');
    return telling;
  }
}
