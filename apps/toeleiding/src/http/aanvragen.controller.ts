import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, INTERNAL_AUTH_SECRET, leesMedewerkerKaart, recordAccess, Rollen, validated, type Actor } from '@pao/platform';
import { exportBestand, registreerMedewerker, ZaakZoeker } from '@pao/zaak';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { KLOK, vandaag, type Klok } from '../application/klok';
import { Toeleiding } from '../application/toeleiding';
import { alsCommando } from './commando-invoer';
import { ongeldigVeld } from '../application/fouten';
import { leerlingNummer } from './leerling-nummer';
import { ApiBestand, ApiConflict, ApiNietGevonden, ApiStandaard, ApiZodBody, EXPORT_MEDIA_TYPES, ApiZodQuery, ApiZodResponse, doelVan, jsonSchema, versieUitIfMatch } from '@pao/zaak';
import { type z } from 'zod';
import { Aanvraag, AanvraagAangemaakt, Werkvoorraad, Zoekresultaat, type AanvraagAntwoord } from '../queries/antwoorden';
import { AanvraagLezer } from './aanvraag-lezer';
import { ACTIES, NIEUWE_AANVRAAG } from './voorbeelden';
import { COMMANDO_BODIES, HTTP_COMMANDOS, NieuweAanvraag, WerkvoorraadExportQuery, WerkvoorraadQuery, Zoekvraag, BehandelaarToewijzen, type BehandelaarToewijzenInvoer, type HttpCommando, type NieuweAanvraagInvoer, type WerkvoorraadExportFilter, type WerkvoorraadFilter, type ZoekvraagInvoer } from './schemas';
import { stuurBestand } from './bestand-antwoord';
import { aanvraagId, commandoNaam } from './params';
import { alsItems, werkvoorraad, zakenMetIds } from '../queries/werkvoorraad';
import { aanvraagZoeker } from '../queries/zoeker';
import { SCHEMA } from '../persistence/persistence';

/** One body per command, documented as alternatives. */
const ACTIE_BODY_SCHEMA = { oneOf: HTTP_COMMANDOS.map((c) => ({ title: c, ...jsonSchema(COMMANDO_BODIES[c]) })) };

/** A school user reads only its own school's cases (filtered below, 404 otherwise). */
const LEZERS = ['consulent', 'orthopedagoog', 'teamleider', 'beheerder', 'school'] as const;
/** Search reaches every case of the SWV: not for a school, which sees its own cases in its werkvoorraad. */
const ZOEKERS = ['consulent', 'orthopedagoog', 'teamleider', 'beheerder'] as const;

/** The case: werkvoorraad, create, read with timeline, and every command (docs/api/toeleiding.md). */
@ApiTags('aanvragen')
@ApiStandaard()
@Controller('aanvragen')
export class AanvragenController {
  private readonly zoeker: ZaakZoeker;

  constructor(
    @Inject(Toeleiding) private readonly toeleiding: Toeleiding,
    @Inject(AanvraagLezer) private readonly lezer: AanvraagLezer,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(KLOK) private readonly klok: Klok,
    @Inject(INTERNAL_AUTH_SECRET) private readonly geheim: string,
  ) {
    this.zoeker = aanvraagZoeker(toeleiding.leerlingen);
  }

  @Get()
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Werkvoorraad: open aanvragen met volgende stap en termijn' })
  @ApiZodQuery(WerkvoorraadQuery)
  @ApiZodResponse(200, Werkvoorraad, 'Een pagina van de werkvoorraad; totaal telt alle zaken die aan het filter voldoen', 'Werkvoorraad')
  async werkvoorraad(@HuidigeActor() actor: Actor, @Query(validated(WerkvoorraadQuery)) q: WerkvoorraadFilter): Promise<z.output<typeof Werkvoorraad>> {
    // A school sees the aanvragen of its own school, whatever filter it asks for.
    const filter = actor.rol === 'school' ? { ...q, schoolId: actor.organisatie } : q;
    return this.dataSource.transaction(async (m) => {
      const resultaat = await werkvoorraad(m, this.toeleiding.leerlingen, actor, filter, vandaag(this.klok));
      await registreerMedewerker(m, SCHEMA, actor);
      await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'werkvoorraad', doel: 'behandeling' });
      return resultaat;
    });
  }

  /**
   * The werkvoorraad as a CSV or XLSX file (same filters, up to 5,000 rows): kenmerk, school,
   * soort, status, next step, deadline, behandelaar — no pupil data (a file leaves the
   * system). One access-log entry ('exporteren').
   */
  @Get('export')
  @Rollen('consulent', 'teamleider')
  @ApiOperation({ summary: 'Werkvoorraad exporteren als CSV of XLSX (zonder leerlinggegevens; één regel in de toegangslog)' })
  @ApiZodQuery(WerkvoorraadExportQuery)
  @ApiBestand('De werkvoorraad als bestand (formaat=csv of xlsx), als bijlage', EXPORT_MEDIA_TYPES)
  async exporteren(@HuidigeActor() actor: Actor, @Query(validated(WerkvoorraadExportQuery)) vraag: WerkvoorraadExportFilter, @Res() res: Response) {
    const { formaat, ...q } = vraag;
    const dag = vandaag(this.klok);
    const items = await this.dataSource.transaction(async (m) => {
      const gevonden = [];
      // Page by cursor: each page an index range, however deep (an OFFSET re-read all before it).
      let na: string | undefined;
      do {
        const pagina = await werkvoorraad(m, this.toeleiding.leerlingen, actor, { ...q, limit: 200, offset: 0, na }, dag);
        gevonden.push(...pagina.items);
        na = pagina.volgende ?? undefined;
      } while (na && gevonden.length < 5000);
      await registreerMedewerker(m, SCHEMA, actor);
      await recordAccess(m, SCHEMA, actor, { handeling: 'exporteren', objectType: 'werkvoorraad', doel: 'behandeling' });
      return gevonden;
    });
    const bestand = await exportBestand(formaat, `werkvoorraad-${actor.swv}-${dag}`, [
      {
        titel: 'Werkvoorraad',
        kolommen: ['Kenmerk', 'Status', 'Uitvoering', 'School', 'Soort', 'Volgende stap door', 'Volgende stap', 'Termijn', 'Uiterlijk op', 'Werkdagen over', 'Behandelaar', 'Ingediend op'],
        rijen: items.map((i) => [
          i.kenmerk,
          i.status,
          i.uitvoering,
          i.school.naam,
          i.soort,
          i.volgendeStap?.wie,
          i.volgendeStap?.wat,
          i.volgendeTermijn?.soort,
          i.volgendeTermijn?.vervaltOp.split('-').reverse().join('-'),
          i.volgendeTermijn?.werkdagenResterend,
          i.behandelaar?.naam,
          i.ingediendOp?.split('-').reverse().join('-'),
        ]),
      },
    ]);
    stuurBestand(res, bestand);
  }

  /**
   * One search field for everything: kenmerk, pupil name, date of birth, BSN or
   * onderwijsnummer (exact, through the keyed hash) or school. POST so the text (which may
   * be a BSN or a name) is in no URL, browser history or access log; the access log
   * records that and how (criterium) the actor searched, never what.
   */
  @Post('zoeken')
  @HttpCode(200)
  @Rollen(...ZOEKERS)
  @ApiOperation({ summary: 'Zoeken op kenmerk, naam, geboortedatum, BSN/onderwijsnummer of school (één regel in de toegangslog)' })
  @ApiZodBody(Zoekvraag, 'De zoektekst', { q: 'de Vries' })
  @ApiZodResponse(200, Zoekresultaat, 'Hoe gezocht is (criterium) en de eerste 50 zaken', 'Zoekresultaat')
  async zoeken(@HuidigeActor() actor: Actor, @Body(validated(Zoekvraag)) body: ZoekvraagInvoer): Promise<z.output<typeof Zoekresultaat>> {
    return this.dataSource.transaction(async (m) => {
      const gevonden = await this.zoeker.zoek(m, actor.swv, body.q, 50);
      const items = await alsItems(m, this.toeleiding.leerlingen, actor, await zakenMetIds(m, actor.swv, gevonden.ids), vandaag(this.klok));
      await registreerMedewerker(m, SCHEMA, actor);
      await recordAccess(m, SCHEMA, actor, { handeling: 'zoeken', objectType: 'aanvraag', doel: 'behandeling' });
      return { criterium: gevonden.criterium, meer: gevonden.meer, items };
    });
  }

  @Post()
  @HttpCode(201)
  @Rollen('consulent', 'school')
  @ApiOperation({ summary: 'Nieuwe aanvraag (concept); een school alleen voor een eigen leerling (aanvrager = de eigen school)' })
  @ApiZodBody(NieuweAanvraag, 'Leerling, aanvragende school en (een deel van) het dossier', NIEUWE_AANVRAAG)
  @ApiZodResponse(201, AanvraagAangemaakt, 'De nieuwe aanvraag (concept)')
  async aanmaken(@HuidigeActor() actor: Actor, @Body(validated(NieuweAanvraag)) body: NieuweAanvraagInvoer): Promise<z.output<typeof AanvraagAangemaakt>> {
    const state = await this.toeleiding.aanmaken(actor, leerlingNummer(body.leerling, vandaag(this.klok)), { aanvrager: body.aanvrager, dossier: body.dossier });
    return { id: state.id };
  }

  @Get(':id')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'De aanvraag met tijdlijn, termijnen en toegestane acties (één regel in de toegangslog)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodResponse(200, Aanvraag, 'De aanvraag (docs/api/toeleiding.md, "Case"); ETag = versie', 'Aanvraag')
  @ApiNietGevonden()
  async bekijk(@HuidigeActor() actor: Actor, @Param('id', aanvraagId) id: string, @Headers('x-pao-doel') doel: string | undefined, @Res({ passthrough: true }) res: Response): Promise<AanvraagAntwoord> {
    const zaak = await this.lezer.raadpleeg(actor, id, doelVan(doel));
    res.setHeader('ETag', `"${zaak.versie}"`);
    return zaak;
  }

  /** Assign the aanvraag to a person of the team (a card from the gateway's directory), or to nobody; audited. */
  @Put(':id/behandelaar')
  @HttpCode(200)
  @Rollen('consulent', 'teamleider')
  @ApiOperation({ summary: 'Behandelaar toewijzen (teamleider: iedereen; consulent: zelf oppakken of de eigen zaak overdragen)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodBody(BehandelaarToewijzen, 'De kaart uit GET /api/medewerkers, of null', { kaart: null, reden: 'Zaak teruggegeven aan het team' })
  @ApiZodResponse(200, Aanvraag, 'De aanvraag met de nieuwe behandelaar, zoals GET /aanvragen/:id', 'Aanvraag')
  @ApiNietGevonden()
  async behandelaar(
    @HuidigeActor() actor: Actor,
    @Param('id', aanvraagId) id: string,
    @Body(validated(BehandelaarToewijzen)) body: BehandelaarToewijzenInvoer,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AanvraagAntwoord> {
    let naar = null;
    if (body.kaart !== null) {
      const kaart = leesMedewerkerKaart(body.kaart, this.geheim);
      if (!kaart || kaart.swv !== actor.swv) throw ongeldigVeld('kaart', 'is geen geldige medewerker van dit samenwerkingsverband; kies opnieuw');
      naar = { id: kaart.id, naam: kaart.naam, rol: kaart.rol, ...(kaart.email ? { email: kaart.email } : {}) };
    }
    await this.toeleiding.pijplijn.wijsToe(actor, id, naar, body.reden);
    const zaak = await this.lezer.lees(actor, id);
    res.setHeader('ETag', `"${zaak.versie}"`);
    return zaak;
  }

  @Post(':id/acties/:commando')
  @HttpCode(200)
  @Rollen('consulent', 'orthopedagoog', 'teamleider', 'school')
  @ApiOperation({ summary: 'Een commando uitvoeren; antwoord: de aanvraag zoals GET. If-Match: "<versie>" voorkomt dubbel werk.' })
  @ApiParam({ name: 'commando', enum: HTTP_COMMANDOS })
  @ApiBody({ schema: ACTIE_BODY_SCHEMA, description: 'De velden van het commando, zonder type en swv', examples: ACTIES })
  @ApiZodResponse(200, Aanvraag, 'De aanvraag na het commando, zoals GET /aanvragen/:id', 'Aanvraag')
  @ApiConflict()
  @ApiNietGevonden()
  async actie(
    @HuidigeActor() actor: Actor,
    @Param('id', aanvraagId) id: string,
    @Param('commando', commandoNaam) commando: HttpCommando,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AanvraagAntwoord> {
    await this.lezer.vereisEigenSchool(actor, id);
    await this.toeleiding.voerUit(actor, id, alsCommando(commando, body, actor), versieUitIfMatch(ifMatch));
    const zaak = await this.lezer.lees(actor, id);
    res.setHeader('ETag', `"${zaak.versie}"`);
    return zaak;
  }
}
