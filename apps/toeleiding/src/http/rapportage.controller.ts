import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
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
import { ApiStandaard, ApiZodBody, ApiZodQuery } from '@pao/zaak';
import { DoorlooptijdenQuery, TellingVaststellen, TlvsQuery, type TlvsFilter } from './schemas';
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
  async tlvs(@HuidigeActor() actor: Actor, @Query(validated(TlvsQuery)) q: TlvsFilter) {
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
  doorlooptijden(@HuidigeActor() actor: Actor, @Query(validated(DoorlooptijdenQuery)) q: z.infer<typeof DoorlooptijdenQuery>) {
    return doorlooptijden(this.dataSource.manager, actor.swv, q.van, q.tot);
  }

  @Get('tellingen/laatste')
  @Rollen('teamleider', 'beheerder', 'consulent')
  @ApiOperation({ summary: 'De laatste teldatum-telling' })
  async laatsteTelling(@HuidigeActor() actor: Actor) {
    const telling = await laatsteTelling(this.dataSource.manager, actor.swv);
    if (!telling) throw new ProblemError('notFound', 'Er is nog geen telling vastgesteld');
    return telling;
  }

  @Post('tellingen')
  @HttpCode(201)
  @Rollen('teamleider', 'beheerder')
  @ApiOperation({ summary: 'Telling vaststellen voor een teldatum (normaal doet de termijnmotor dit op de teldatum)' })
  @ApiZodBody(TellingVaststellen, undefined, TELLING)
  async tellingVaststellen(@HuidigeActor() actor: Actor, @Body(validated(TellingVaststellen)) body: z.infer<typeof TellingVaststellen>) {
    const soorten = soortenOpTeldatum(actor.swv, body.teldatum, this.swvs);
    if (soorten.length === 0) {
      throw new ProblemError('validation', 'Geen teldatum voor dit samenwerkingsverband', { errors: [{ field: 'teldatum', message: 'is geen teldatum' }] });
    }
    const telling = await this.dataSource.transaction((m) => stelTellingVast(m, actor.swv, body.teldatum, soorten, this.swvs.bron(actor.swv)));
    if (!telling) throw new ProblemError('conflict', 'De telling voor deze teldatum is al vastgesteld');
    return telling;
  }
}
