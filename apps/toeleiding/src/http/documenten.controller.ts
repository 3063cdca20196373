import { Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, problemResponse, ProblemError, recordAccess, recordAudit, Rollen, type Actor } from '@pao/platform';
import { ApiBestand, ApiNietGevonden, ApiStandaard, ApiZodResponse, Documenten, DocumentInfoAntwoord, doelVan, inhoudBijlage, leesBestand, registreerMedewerker, zaakId, type DocumentInfo } from '@pao/zaak';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Toeleiding } from '../application/toeleiding';
import { SCHEMA } from '../persistence/persistence';
import { aanvraagId } from './params';

/** Which documents belong where: the part of the case, and the kind (the OPP and the TLO-verslag complete the aanvraag). */
const SOORTEN: Record<string, readonly string[]> = {
  aanvraag: ['opp', 'tlo-verslag', 'overig'],
  advies: ['advies'],
  besluit: ['besluitbrief', 'overig'],
};
const DOSSIER_VELD: Record<string, 'oppRef' | 'tloVerslagRef'> = { opp: 'oppRef', 'tlo-verslag': 'tloVerslagRef' };
const LEZERS = ['consulent', 'orthopedagoog', 'teamleider', 'beheerder'] as const;

/**
 * Documents of an aanvraag: upload (the file as the request body, its name in
 * `x-bestandsnaam`), download. Stored encrypted and versioned in the same transaction as
 * the audit entry; an OPP or TLO-verslag of a concept is also set in the dossier there.
 */
@ApiTags('documenten')
@ApiStandaard()
@Controller('aanvragen/:id/documenten')
export class DocumentenController {
  constructor(
    @Inject(Toeleiding) private readonly toeleiding: Toeleiding,
    @Inject(Documenten) private readonly documenten: Documenten,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Post()
  @HttpCode(201)
  @Rollen('consulent', 'orthopedagoog', 'teamleider')
  @ApiOperation({ summary: 'Document toevoegen (PDF, DOCX, PNG, JPEG; het type wordt aan de inhoud herkend). Body: het bestand; header x-bestandsnaam.' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiQuery({ name: 'onderdeel', enum: Object.keys(SOORTEN) })
  @ApiQuery({ name: 'soort', enum: [...new Set(Object.values(SOORTEN).flat())] })
  @ApiQuery({ name: 'documentId', required: false, description: 'Een nieuwe versie van dit document' })
  @ApiZodResponse(201, DocumentInfoAntwoord, 'Het document (de nieuwe versie)', 'DocumentInfo')
  @ApiResponse({ status: 413, ...problemResponse('Het bestand is te groot (maxBytes)') })
  @ApiResponse({ status: 415, ...problemResponse('Geen PDF, DOCX, PNG of JPEG (herkend aan de inhoud)') })
  @ApiNietGevonden()
  async toevoegen(
    @HuidigeActor() actor: Actor,
    @Param('id', aanvraagId) id: string,
    @Query('onderdeel') onderdeel: string,
    @Query('soort') soort: string,
    @Query('documentId') documentId: string | undefined,
    @Headers('x-bestandsnaam') bestandsnaam: string | undefined,
    @Req() req: Request,
  ): Promise<DocumentInfo> {
    if (!SOORTEN[onderdeel]?.includes(soort)) {
      throw new ProblemError('validation', 'Onbekend onderdeel of soort document', { errors: [{ field: SOORTEN[onderdeel] ? 'soort' : 'onderdeel', message: 'is geen bekende waarde' }] });
    }
    const versieVan = documentId === undefined ? undefined : zaakId('Document').transform(documentId);
    const inhoud = await leesBestand(req, this.documenten.maxBytes);
    const pijplijn = this.toeleiding.pijplijn;
    return pijplijn.inTransactie(async (m) => {
      const zaak = await pijplijn.definitie.repository.laadVoorWijziging(m, id, actor.swv);
      if (!zaak) throw pijplijn.nietGevonden();
      await registreerMedewerker(m, SCHEMA, actor);
      const doc = await this.documenten.voegToe(m, { swv: actor.swv, zaakId: id, onderdeel, soort, bestandsnaam: bestandsnaam ?? '', inhoud, door: actor.id, documentId: versieVan });
      const veld = DOSSIER_VELD[soort];
      if (veld && zaak.status === 'concept') {
        await pijplijn.pasToe(m, id, { type: 'conceptWijzigen', swv: actor.swv, dossier: { [veld]: doc.id } }, pijplijn.handelende(actor));
      }
      // The audit entry names kind, version, type and size; never the file name (it may hold a name).
      await recordAudit(m, SCHEMA, actor, {
        actie: 'documentToevoegen',
        objectType: 'aanvraag',
        objectId: id,
        nieuw: { document: { soort, onderdeel, versie: doc.versie, inhoudstype: doc.inhoudstype, grootte: doc.grootte } },
      });
      return doc;
    });
  }

  @Get(':documentId')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Document downloaden (laatste versie, of ?versie=n); één regel in de toegangslog' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'documentId', format: 'uuid' })
  @ApiBestand('Het document, als bijlage (Content-Type zoals de inhoud het toont)', ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/png', 'image/jpeg'])
  @ApiNietGevonden()
  async download(
    @HuidigeActor() actor: Actor,
    @Param('id', aanvraagId) id: string,
    @Param('documentId', zaakId('Document')) documentId: string,
    @Query('versie') versie: string | undefined,
    @Headers('x-pao-doel') doel: string | undefined,
    @Res() res: Response,
  ) {
    const nummer = versie === undefined ? undefined : Number(versie);
    if (nummer !== undefined && !(Number.isInteger(nummer) && nummer >= 1)) throw new ProblemError('notFound', 'Document niet gevonden');
    const gelezen = await this.dataSource.transaction(async (m) => {
      const doc = await this.documenten.lees(m, actor.swv, id, documentId, nummer);
      if (!doc) throw new ProblemError('notFound', 'Document niet gevonden');
      await registreerMedewerker(m, SCHEMA, actor);
      await recordAccess(m, SCHEMA, actor, { handeling: 'raadplegen', objectType: 'document', objectId: id, doel: doelVan(doel) });
      return doc;
    });
    res.setHeader('Content-Type', gelezen.info.inhoudstype);
    res.setHeader('Content-Disposition', inhoudBijlage(gelezen.info.bestandsnaam));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(gelezen.inhoud);
  }
}
