import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, Rollen, validated, type Actor } from '@pao/platform';
import { DataSource } from 'typeorm';
import { Toeleiding } from '../application/toeleiding';
import { schoolRepository } from '../persistence/school.repository';
import { ApiStandaard, ApiZodBody, ApiZodResponse, logboekController } from '@pao/zaak';
import { type z } from 'zod';
import { Aantal, Scholen } from '../queries/antwoorden';
import { BulkEinddatum, type BulkEinddatumInvoer } from './schemas';
import { BULK_EINDDATUM } from './voorbeelden';

/** The school register and the bulk einddatum change. */
@ApiTags('overig')
@ApiStandaard()
@Controller()
export class OverigController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Toeleiding) private readonly toeleiding: Toeleiding,
  ) {}

  @Get('scholen')
  @ApiOperation({ summary: 'Scholen van het samenwerkingsverband' })
  @ApiZodResponse(200, Scholen, 'Het scholenregister, op naam', 'Scholen')
  async scholen(@HuidigeActor() actor: Actor): Promise<z.output<typeof Scholen>> {
    const scholen = await schoolRepository.alle(this.dataSource.manager, actor.swv);
    return { items: scholen.map(({ swv: _, ...s }) => s) };
  }

  @Post('bulk/einddatum-wijzigen')
  @HttpCode(200)
  @Rollen('teamleider')
  @ApiOperation({ summary: 'Einddatum wijzigen van alle lopende TLVs met een gegeven einddatum (één auditregel per TLV)' })
  @ApiZodBody(BulkEinddatum, undefined, BULK_EINDDATUM)
  @ApiZodResponse(200, Aantal, 'Hoeveel TLVs een nieuwe einddatum kregen')
  async bulkEinddatum(@HuidigeActor() actor: Actor, @Body(validated(BulkEinddatum)) body: BulkEinddatumInvoer): Promise<z.output<typeof Aantal>> {
    return { aantal: await this.toeleiding.bulkEinddatum(actor, body.huidigeEinddatum, body.nieuweEinddatum, body.motivering) };
  }
}

/** Audit trail and access log (beheerder): a case's or a telling's, or the whole SWV's. */
export const LogboekController = logboekController({
  schema: 'toeleiding',
  kenmerkTabel: 'aanvraag',
  objectVanSwv: async (m, swv, objectId) =>
    (
      await m.query(
        `SELECT 1 FROM toeleiding.aanvraag WHERE id = $1 AND swv = $2 UNION ALL SELECT 1 FROM toeleiding.telling WHERE id = $1 AND swv = $2 LIMIT 1`,
        [objectId, swv],
      )
    ).length > 0,
});
