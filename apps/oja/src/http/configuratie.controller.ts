import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, type Actor } from '@pao/platform';
import { ApiNietGevonden, ApiStandaard, ApiZodResponse } from '@pao/zaak';
import { OjaDienst } from '../application/oja-dienst';
import { Configuratie, type ConfiguratieAntwoord } from '../queries/antwoorden';

/** The OJA rules in force today for the actor's SWV: what the forms offer (types, payers, gemeenten, voorzieningen). */
@ApiTags('configuratie')
@ApiStandaard()
@Controller('configuratie')
export class ConfiguratieController {
  constructor(@Inject(OjaDienst) private readonly dienst: OjaDienst) {}

  @Get()
  @ApiOperation({ summary: 'De OJA-regels die vandaag gelden: arrangementtypes met standaardverdeling, betalers, gemeenten, voorzieningen, termijnen' })
  @ApiZodResponse(200, Configuratie, 'De regels die vandaag gelden, met de datum van vandaag en alle versies', 'Configuratie')
  @ApiNietGevonden('Geen OJA-regels voor dit samenwerkingsverband')
  configuratie(@HuidigeActor() actor: Actor): ConfiguratieAntwoord {
    const r = this.dienst.regelsVandaag(actor.swv);
    if (!r) throw new ProblemError('notFound', 'Geen OJA-regels voor dit samenwerkingsverband');
    const gemeente = this.dienst.gemeenteVan(actor);
    return {
      ...r,
      gemeenten: [...r.gemeenten],
      betalers: [...r.betalers],
      voorzieningen: [...r.voorzieningen],
      types: r.types.map((t) => ({ ...t, verdeling: [...t.verdeling] })),
      vandaag: this.dienst.vandaag(), gemeenteVanLezer: gemeente ?? null, alleVersies: this.dienst.regelset.versies.filter((v) => v.swv === actor.swv).map((v) => ({ versie: v.versie, geldigVanaf: v.geldigVanaf })) };
  }
}
