import { Controller, Get, Inject, Query, type Type } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { ApiStandaard, ApiZodQuery, ApiZodResponse } from '../http/openapi';
import { Datum } from '../http/schemas';
import { registreerMedewerker } from '../medewerker/medewerkers';
import { AuditPagina, auditTrail, ToegangPagina, toegangslog } from './verantwoording';

/** Filters of the audit trail and the access log: one object or the whole SWV, a period, a page. */
export const LogQuery = z
  .object({
    objectId: z.uuid().optional(),
    kenmerk: z.string().trim().min(3).max(40).optional().describe('Kenmerk van een zaak (TLV-VO-2026-00123) in plaats van objectId'),
    van: Datum.optional(),
    tot: Datum.optional(),
    volgorde: z.enum(['oudste', 'nieuwste']).default('oudste'),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((q) => !q.van || !q.tot || q.van <= q.tot, { path: ['tot'], message: 'tot ligt voor van' });
type LogQueryInvoer = z.infer<typeof LogQuery>;

export interface LogboekOpties {
  readonly schema: string;
  /** Whether an id is an object of this SWV (a case, a report): the logs of another SWV's objects answer 404. */
  readonly objectVanSwv: (m: EntityManager, swv: string, objectId: string) => Promise<boolean>;
  /** The case table of a service with the dossier tables (zaakDossierSql): entries show its kenmerk and the person's name, and a kenmerk filters like its id. */
  readonly kenmerkTabel?: string;
}

/**
 * The accountability endpoints every case service has (beheerder only): GET /audit and
 * GET /toegangslog, for one object or the whole SWV, by period, paged.
 */
export function logboekController(o: LogboekOpties): Type<unknown> {
  @ApiTags('logboek')
  @ApiStandaard()
  @Controller()
  class LogboekController {
    constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

    @Get('audit')
    @Rollen('beheerder')
    @ApiOperation({ summary: 'Audittrail van een object of van het hele samenwerkingsverband' })
    @ApiZodQuery(LogQuery)
    @ApiZodResponse(200, AuditPagina, 'Een pagina van de audittrail', 'AuditPagina')
    async audit(@HuidigeActor() actor: Actor, @Query(validated(LogQuery)) vraag: LogQueryInvoer) {
      const q = await this.filter(actor, vraag);
      return this.gelogd(actor, 'audittrail', (m) => auditTrail(m, o.schema, actor.swv, q));
    }

    @Get('toegangslog')
    @Rollen('beheerder')
    @ApiOperation({ summary: 'Toegangslog van een object of van het hele samenwerkingsverband' })
    @ApiZodQuery(LogQuery)
    @ApiZodResponse(200, ToegangPagina, 'Een pagina van de toegangslog', 'ToegangPagina')
    async toegangslog(@HuidigeActor() actor: Actor, @Query(validated(LogQuery)) vraag: LogQueryInvoer) {
      const q = await this.filter(actor, vraag);
      return this.gelogd(actor, 'toegangslog', (m) => toegangslog(m, o.schema, actor.swv, q));
    }

    /**
     * Reading the logs is itself a read of who did what to whose dossier: in the access log,
     * same transaction, as a read of the log (not of the case, whose own reads it would muddle).
     */
    private gelogd<T>(actor: Actor, objectType: string, lees: (m: EntityManager) => Promise<T>): Promise<T> {
      return this.dataSource.transaction(async (m) => {
        const uit = await lees(m);
        if (o.kenmerkTabel) await registreerMedewerker(m, o.schema, actor);
        await recordAccess(m, o.schema, actor, { handeling: 'raadplegen', objectType, doel: 'verantwoording' });
        return uit;
      });
    }

    /** The object named by id or kenmerk, checked to be of the actor's SWV (else 404). */
    private async filter(actor: Actor, q: LogQueryInvoer) {
      let objectId = q.objectId;
      if (!objectId && q.kenmerk && o.kenmerkTabel) {
        const rijen: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM "${o.schema}"."${o.kenmerkTabel}" WHERE kenmerk = upper($1) AND swv = $2`, [q.kenmerk, actor.swv]);
        if (!rijen[0]) throw new ProblemError('notFound', 'Geen zaak met dit kenmerk');
        objectId = rijen[0].id;
      }
      if (objectId) await this.eisObject(actor, objectId);
      return { ...q, objectId, kenmerkTabel: o.kenmerkTabel };
    }

    private async eisObject(actor: Actor, objectId: string): Promise<void> {
      if (!(await o.objectVanSwv(this.dataSource.manager, actor.swv, objectId))) throw new ProblemError('notFound', 'Object niet gevonden');
    }
  }
  return LogboekController;
}
