import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { ApiBestand, ApiConflict, ApiNietGevonden, ApiStandaard, ApiZodBody, ApiZodResponse, zaakId } from '@pao/zaak';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { isRapportagedatum, type Kwartaalrapportage, leesRapportage, rapportages, stelKwartaalrapportageVast } from '../application/kwartaalrapportage';
import { OjaDienst } from '../application/oja-dienst';
import { voorGemeente } from '../domain';
import { SCHEMA } from '../persistence/persistence';
import { Kwartaalrapportage as KwartaalrapportageAntwoord, Rapportages } from '../queries/antwoorden';
import { naarCsv, naarXlsx } from '../rapportage/export';
import { RapportageVaststellen } from './schemas';

const LEZERS = ['consulent', 'teamleider', 'beheerder', 'gemeente'] as const;

/** The fixed quarterly reports: list, read, download (CSV/XLSX), and fixing one by hand on or after its date. */
@ApiTags('kwartaalrapportages')
@ApiStandaard()
@Controller('kwartaalrapportages')
export class RapportageController {
  constructor(
    @Inject(OjaDienst) private readonly dienst: OjaDienst,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Vastgestelde kwartaalrapportages, nieuwste eerst' })
  @ApiZodResponse(200, Rapportages, 'De vastgestelde kwartaalrapportages (zonder inhoud)', 'Rapportages')
  async lijst(@HuidigeActor() actor: Actor) {
    return { items: await rapportages(this.dataSource.manager, actor.swv) };
  }

  @Get(':id')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Een kwartaalrapportage (een gemeente: haar eigen cijfers)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodResponse(200, KwartaalrapportageAntwoord, 'De kwartaalrapportage', 'Kwartaalrapportage')
  @ApiNietGevonden()
  async lees(@HuidigeActor() actor: Actor, @Param('id', zaakId('Kwartaalrapportage')) id: string) {
    return this.rapportage(actor, id);
  }

  @Get(':id/csv')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'De kwartaalrapportage als CSV (puntkomma, decimale komma, UTF-8)' })
  @ApiBestand('De kwartaalrapportage als CSV', ['text/csv'])
  @ApiNietGevonden()
  async csv(@HuidigeActor() actor: Actor, @Param('id', zaakId('Kwartaalrapportage')) id: string, @Res() res: Response) {
    const r = await this.export(actor, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="oja-kwartaalrapportage-${r.swv}-${r.jaar}-K${r.kwartaal}.csv"`);
    res.send(naarCsv(r.inhoud));
  }

  @Get(':id/xlsx')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'De kwartaalrapportage als Excel-werkmap' })
  @ApiBestand('De kwartaalrapportage als Excel-werkmap', ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'])
  @ApiNietGevonden()
  async xlsx(@HuidigeActor() actor: Actor, @Param('id', zaakId('Kwartaalrapportage')) id: string, @Res() res: Response) {
    const r = await this.export(actor, id);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="oja-kwartaalrapportage-${r.swv}-${r.jaar}-K${r.kwartaal}.xlsx"`);
    res.send(await naarXlsx(r.inhoud));
  }

  @Post()
  @HttpCode(201)
  @Rollen('teamleider', 'beheerder')
  @ApiOperation({ summary: 'Een kwartaalrapportage vaststellen op haar rapportagedatum (normaal doet de termijnmotor dit); al vastgesteld: 409' })
  @ApiZodBody(RapportageVaststellen)
  @ApiZodResponse(201, KwartaalrapportageAntwoord, 'De vastgestelde kwartaalrapportage', 'Kwartaalrapportage')
  @ApiConflict('Deze kwartaalrapportage is al vastgesteld (conflict, met id)')
  async vaststellen(@HuidigeActor() actor: Actor, @Body(validated(RapportageVaststellen)) body: z.infer<typeof RapportageVaststellen>) {
    const ongeldig = (message: string) => new ProblemError('validation', `datum: ${message}`, { errors: [{ field: 'datum', message }] });
    if (body.datum > this.dienst.vandaag()) throw ongeldig('ligt in de toekomst: een rapportage wordt op of na haar datum vastgesteld');
    if (!isRapportagedatum(this.dienst.regelset, actor.swv, body.datum)) throw ongeldig('is geen rapportagedatum volgens de regels van dit samenwerkingsverband');
    const uit = await this.dataSource.transaction((m) => stelKwartaalrapportageVast(m, this.dienst.regelset, actor.swv, body.datum, actor));
    if (!uit) throw ongeldig('op deze datum gelden geen OJA-regels');
    if (!uit.nieuw) throw new ProblemError('conflict', 'Deze kwartaalrapportage is al vastgesteld en verandert niet meer', { id: uit.rapportage.id });
    return uit.rapportage;
  }

  private async rapportage(actor: Actor, id: string): Promise<Kwartaalrapportage> {
    const r = await leesRapportage(this.dataSource.manager, actor.swv, id);
    if (!r) throw new ProblemError('notFound', 'Kwartaalrapportage niet gevonden');
    const gemeente = this.dienst.gemeenteVan(actor);
    return gemeente === undefined ? r : { ...r, inhoud: { ...r.inhoud, ...voorGemeente(r.inhoud, gemeente) } };
  }

  private async export(actor: Actor, id: string): Promise<Kwartaalrapportage> {
    const r = await this.rapportage(actor, id);
    await recordAccess(this.dataSource.manager, SCHEMA, actor, { handeling: 'exporteren', objectType: 'kwartaalrapportage', objectId: id, doel: 'verantwoording' });
    return r;
  }
}
