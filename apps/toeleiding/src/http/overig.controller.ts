import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, Rollen, validated, type Actor } from '@pao/platform';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Toeleiding } from '../application/toeleiding';
import { schoolRepository } from '../persistence/school.repository';
import { auditTrail, objectVanSwv, toegangslog } from '../queries/verantwoording';
import { ApiStandaard, ApiZodBody, ApiZodQuery } from './openapi';
import { BulkEinddatum, Datum, type BulkEinddatumInvoer } from './schemas';

/** Filters of the audit trail and the access log: one object or the whole SWV, a period, a page. */
const LogQuery = z
  .object({
    objectId: z.uuid().optional(),
    van: Datum.optional(),
    tot: Datum.optional(),
    volgorde: z.enum(['oudste', 'nieuwste']).default('oudste'),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((q) => !q.van || !q.tot || q.van <= q.tot, { path: ['tot'], message: 'tot ligt voor van' });
type LogQueryInvoer = z.infer<typeof LogQuery>;

/** The school register, the bulk einddatum change and the accountability logs. */
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
  async scholen(@HuidigeActor() actor: Actor) {
    const scholen = await schoolRepository.alle(this.dataSource.manager, actor.swv);
    return { items: scholen.map(({ swv: _, ...s }) => s) };
  }

  @Post('bulk/einddatum-wijzigen')
  @HttpCode(200)
  @Rollen('teamleider')
  @ApiOperation({ summary: 'Einddatum wijzigen van alle lopende TLVs met een gegeven einddatum (één auditregel per TLV)' })
  @ApiZodBody(BulkEinddatum)
  async bulkEinddatum(@HuidigeActor() actor: Actor, @Body(validated(BulkEinddatum)) body: BulkEinddatumInvoer) {
    return { aantal: await this.toeleiding.bulkEinddatum(actor, body.huidigeEinddatum, body.nieuweEinddatum, body.motivering) };
  }

  @Get('audit')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Audittrail van een object of van het hele samenwerkingsverband' })
  @ApiZodQuery(LogQuery)
  async audit(@HuidigeActor() actor: Actor, @Query(validated(LogQuery)) q: LogQueryInvoer) {
    if (q.objectId) await this.eisObject(actor, q.objectId);
    return auditTrail(this.dataSource.manager, actor.swv, q);
  }

  @Get('toegangslog')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Toegangslog van een object of van het hele samenwerkingsverband' })
  @ApiZodQuery(LogQuery)
  async toegangslog(@HuidigeActor() actor: Actor, @Query(validated(LogQuery)) q: LogQueryInvoer) {
    if (q.objectId) await this.eisObject(actor, q.objectId);
    return toegangslog(this.dataSource.manager, actor.swv, q);
  }

  private async eisObject(actor: Actor, objectId: string): Promise<void> {
    if (!(await objectVanSwv(this.dataSource.manager, actor.swv, objectId))) throw new ProblemError('notFound', 'Object niet gevonden');
  }
}
