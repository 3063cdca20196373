import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, type Actor } from '@pao/platform';
import { ApiStandaard } from '@pao/zaak';
import { OjaDienst } from '../application/oja-dienst';

/** The OJA rules in force today for the actor's SWV: what the forms offer (types, payers, gemeenten, voorzieningen). */
@ApiTags('configuratie')
@ApiStandaard()
@Controller('configuratie')
export class ConfiguratieController {
  constructor(@Inject(OjaDienst) private readonly dienst: OjaDienst) {}

  @Get()
  @ApiOperation({ summary: 'De OJA-regels die vandaag gelden: arrangementtypes met standaardverdeling, betalers, gemeenten, voorzieningen, termijnen' })
  configuratie(@HuidigeActor() actor: Actor) {
    const r = this.dienst.regelsVandaag(actor.swv);
    if (!r) throw new ProblemError('notFound', 'Geen OJA-regels voor dit samenwerkingsverband');
    const gemeente = this.dienst.gemeenteVan(actor);
    return { ...r, vandaag: this.dienst.vandaag(), gemeenteVanLezer: gemeente ?? null, alleVersies: this.dienst.regelset.versies.filter((v) => v.swv === actor.swv).map((v) => ({ versie: v.versie, geldigVanaf: v.geldigVanaf })) };
  }
}
