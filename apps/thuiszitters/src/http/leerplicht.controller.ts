import { Controller, Get, Headers, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, recordAccess, Rollen, type Actor } from '@pao/platform';
import { ApiNietGevonden, ApiStandaard, ApiZodResponse, doelVan, zaakId } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { scholen } from '../application/scholen';
import { Thuiszitters } from '../application/thuiszitters';
import { SCHEMA } from '../persistence/persistence';
import { Leerplichtgegevens, type LeerplichtAntwoord } from '../queries/antwoorden';

/** Soorten leerplicht is told about: verzuim and threatening verzuim (not a crisis without absence, not a vrijstelling). */
const VOOR_LEERPLICHT = ['langdurig-relatief-verzuim', 'absoluut-verzuim', 'dreigend'];

/**
 * What the `dataref` of melding-gedaan and thuiszitter-geworden points to: the facts
 * leerplicht may have, the pupil included (the Leerplichtwet requires that leerplicht is
 * told of verzuim), and nothing of the plan or the care. Every read is in the access log.
 */
@ApiTags('leerplicht')
@ApiStandaard()
@Controller()
export class LeerplichtController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Thuiszitters) private readonly thuiszitters: Thuiszitters,
  ) {}

  @Get('casussen/:id/leerplicht')
  @Rollen('gemeente')
  @ApiOperation({ summary: 'Leerplichtgegevens van een melding (dataref van de events): leerling, school, soort en data' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodResponse(200, Leerplichtgegevens, 'Wat leerplicht van de melding mag weten', 'Leerplichtgegevens')
  @ApiNietGevonden()
  async leerplicht(@HuidigeActor() actor: Actor, @Param('id', zaakId('Casus')) id: string, @Headers('x-pao-doel') doel: string | undefined): Promise<LeerplichtAntwoord> {
    return this.dataSource.transaction(async (m) => {
      const s = await this.thuiszitters.casussen.definitie.repository.laad(m, id, actor.swv);
      if (!s || !s.melding || !s.leerlingRef || !VOOR_LEERPLICHT.includes(s.soort)) throw new ProblemError('notFound', 'Melding niet gevonden');
      const leerling = await this.thuiszitters.leerlingNummerVoorLeerplicht(m, actor.swv, s.leerlingRef);
      const school = s.melding.schoolId ? await scholen.vind(m, actor.swv, s.melding.schoolId) : undefined;
      await recordAccess(m, SCHEMA, actor, { handeling: 'raadplegen', objectType: 'casus', objectId: id, doel: doel === undefined ? 'leerplicht' : doelVan(doel) });
      return {
        casusId: s.id,
        soort: s.soort,
        status: s.status === 'afgesloten' ? 'afgesloten' : s.status === 'aanbod' ? 'passend-aanbod' : s.status,
        gemeldOp: s.melding.gemeldOp,
        thuisSinds: s.melding.thuisSinds ?? null,
        thuiszitterSinds: s.thuiszitterSinds ?? null,
        gemeente: s.gemeente,
        leerling: leerling ?? null,
        school: school ? { id: school.id, brin: school.brin, naam: school.naam, bevoegdGezag: school.bevoegdGezagNaam } : null,
        afgeslotenOp: s.afsluiting?.op ?? null,
      };
    });
  }
}
