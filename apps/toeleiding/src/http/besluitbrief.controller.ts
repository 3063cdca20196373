import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, recordAudit, Rollen, validated, type Actor } from '@pao/platform';
import { ApiConflict, ApiNietGevonden, ApiStandaard, ApiZodBody, ApiZodResponse, Documenten, registreerMedewerker } from '@pao/zaak';
import { type z } from 'zod';
import { Aanvraag, BesluitbriefOpgesteld, type AanvraagAntwoord } from '../queries/antwoorden';
import { type EntityManager } from 'typeorm';
import { Toeleiding } from '../application/toeleiding';
import { besluitbrief, inWoorden } from '../brief/besluitbrief';
import { type Besluit, type Swv } from '../domain';
import { SCHEMA } from '../persistence/persistence';
import { AanvraagLezer } from './aanvraag-lezer';
import { aanvraagId } from './params';
import { Besluitbrief, type BesluitbriefInvoer } from './schemas';

/**
 * The besluit letter: drawn up as PDF from the SWV's template for a chosen sending date
 * (the bezwaar clause states the last day counted from it), stored with the case as a
 * new version each time, reviewed, then sent. Sending is the bekendmaking (Awb 3:41): the
 * same transaction records it with that date, and the bezwaartermijn runs from it.
 */
@ApiTags('besluitbrief')
@ApiStandaard()
@Controller('aanvragen/:id/besluitbrief')
export class BesluitbriefController {
  constructor(
    @Inject(Toeleiding) private readonly toeleiding: Toeleiding,
    @Inject(Documenten) private readonly documenten: Documenten,
    @Inject(AanvraagLezer) private readonly lezer: AanvraagLezer,
  ) {}

  @Post()
  @HttpCode(201)
  @Rollen('consulent', 'teamleider')
  @ApiOperation({ summary: 'Besluitbrief opstellen (PDF) voor een verzenddatum; een nieuwe versie bij elke keer' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodBody(Besluitbrief, 'De verzenddatum (bekendmaking)', { verzenddatum: '2026-12-01' })
  @ApiZodResponse(201, BesluitbriefOpgesteld, 'De opgestelde brief (PDF, als document van de zaak) en de laatste dag van de bezwaartermijn die hij noemt', 'BesluitbriefOpgesteld')
  @ApiConflict('invalid-state-transition: het besluit is nog niet genomen of al bekendgemaakt')
  @ApiNietGevonden()
  async opstellen(@HuidigeActor() actor: Actor, @Param('id', aanvraagId) id: string, @Body(validated(Besluitbrief)) body: BesluitbriefInvoer): Promise<z.output<typeof BesluitbriefOpgesteld>> {
    const pijplijn = this.toeleiding.pijplijn;
    return pijplijn.inTransactie(async (m) => {
      const zaak = await pijplijn.definitie.repository.laadVoorWijziging(m, id, actor.swv);
      if (!zaak) throw pijplijn.nietGevonden();
      if (zaak.status !== 'besluit-genomen' || !zaak.besluit) {
        throw new ProblemError('invalidTransition', 'Een besluitbrief wordt opgesteld als het besluit is genomen en nog niet bekendgemaakt', { huidigeStatus: zaak.status, commando: 'besluitbrief' });
      }
      if (body.verzenddatum < zaak.besluit.datum) {
        throw new ProblemError('validation', 'De brief kan niet worden verzonden vóór het besluit', { errors: [{ field: 'verzenddatum', message: `ligt vóór de datum van het besluit (${inWoorden(zaak.besluit.datum)})` }] });
      }
      const bezwaarUiterlijk = this.toeleiding.rekenaar.bezwaartermijnEinde(body.verzenddatum, zaak.swv).datum;
      const [kop]: Array<{ kenmerk: string; leerling_id: string; school: string }> = await m.query(
        `SELECT a.kenmerk, a.leerling_id, coalesce(s.naam, 'de school') AS school FROM toeleiding.aanvraag a LEFT JOIN toeleiding.school s ON s.id = a.school_id WHERE a.id = $1`,
        [id],
      );
      const personalia = (await this.toeleiding.leerlingen.personaliaVan(m, actor.swv, [kop.leerling_id])).get(kop.leerling_id);
      const pdf = await besluitbrief(
        { swv: zaak.swv as Swv, kenmerk: kop.kenmerk, leerling: personalia, schoolNaam: kop.school, besluit: zaak.besluit as Besluit, verzenddatum: body.verzenddatum, bezwaarUiterlijk },
        { comprimeer: false },
      );
      await registreerMedewerker(m, SCHEMA, actor);
      const vorige = await this.vorigeBrief(m, id);
      const document = await this.documenten.voegToe(m, {
        swv: actor.swv,
        zaakId: id,
        onderdeel: 'besluit',
        soort: 'besluitbrief',
        bestandsnaam: `Besluit ${kop.kenmerk}.pdf`,
        inhoud: pdf,
        door: actor.id,
        documentId: vorige,
        gemaakt: true,
      });
      await recordAudit(m, SCHEMA, actor, { actie: 'briefOpstellen', objectType: 'aanvraag', objectId: id, nieuw: { brief: { versie: document.versie, verzenddatum: body.verzenddatum, bezwaarUiterlijk } } });
      return { document, verzenddatum: body.verzenddatum, bezwaarUiterlijk };
    });
  }

  @Post('verzenden')
  @HttpCode(200)
  @Rollen('consulent', 'teamleider')
  @ApiOperation({ summary: 'De opgestelde brief verzenden: de bekendmaking op de verzenddatum (Awb 3:41); de bezwaartermijn loopt vanaf de dag erna' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiZodBody(Besluitbrief, 'De verzenddatum (bekendmaking)', { verzenddatum: '2026-12-01' })
  @ApiZodResponse(200, Aanvraag, 'De aanvraag na de bekendmaking, zoals GET /aanvragen/:id', 'Aanvraag')
  @ApiConflict('conflict: geen brief opgesteld, of opgesteld voor een andere verzenddatum')
  @ApiNietGevonden()
  async verzenden(@HuidigeActor() actor: Actor, @Param('id', aanvraagId) id: string, @Body(validated(Besluitbrief)) body: BesluitbriefInvoer): Promise<AanvraagAntwoord> {
    const pijplijn = this.toeleiding.pijplijn;
    await pijplijn.inTransactie(async (m) => {
      const zaak = await pijplijn.definitie.repository.laadVoorWijziging(m, id, actor.swv);
      if (!zaak) throw pijplijn.nietGevonden();
      // The letter sent is the one last drawn up, for this very date (its bezwaar clause names the last day).
      const [brief]: Array<{ versie: number; verzenddatum: string }> = await m.query(
        `SELECT (nieuw->'brief'->>'versie')::int AS versie, nieuw->'brief'->>'verzenddatum' AS verzenddatum FROM toeleiding.audit_trail
         WHERE object_type = 'aanvraag' AND object_id = $1 AND actie = 'briefOpstellen' ORDER BY id DESC LIMIT 1`,
        [id],
      );
      if (!brief) throw new ProblemError('conflict', 'Stel eerst de besluitbrief op en bekijk hem');
      if (brief.verzenddatum !== body.verzenddatum) {
        throw new ProblemError('conflict', `De brief is opgesteld voor verzending op ${inWoorden(brief.verzenddatum)}; stel hem opnieuw op voor ${inWoorden(body.verzenddatum)}`);
      }
      await pijplijn.pasToe(m, id, { type: 'bekendmaken', swv: actor.swv, datum: body.verzenddatum }, pijplijn.handelende(actor));
      await recordAudit(m, SCHEMA, actor, { actie: 'briefVerzenden', objectType: 'aanvraag', objectId: id, nieuw: { brief: { versie: brief.versie, verzenddatum: body.verzenddatum } } });
    });
    return this.lezer.lees(actor, id);
  }

  private async vorigeBrief(m: EntityManager, id: string): Promise<string | undefined> {
    const [r]: Array<{ id: string }> = await m.query(`SELECT id FROM toeleiding.document WHERE zaak_id = $1 AND soort = 'besluitbrief' LIMIT 1`, [id]);
    return r?.id;
  }
}
