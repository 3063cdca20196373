import { Body, Controller, Get, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeActor, ProblemError, recordAudit, Rollen, validated, type Actor } from '@pao/platform';
import { alsProbleem, ApiNietGevonden, ApiStandaard, ApiZodBody, ApiZodQuery, ApiZodResponse } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { alleBetalers } from '../application/kwartaalrapportage';
import { OjaDienst } from '../application/oja-dienst';
import { budgetperiodeVan, isBudgetperiodeSleutel, isGemeentelijk, periodeVanSleutel, vereisCent } from '../domain';
import { vergrendelBudget, zetBudget } from '../persistence/budget.repository';
import { SCHEMA } from '../persistence/persistence';
import { Budgetoverzicht, BudgetVastgesteld } from '../queries/antwoorden';
import { budgetoverzicht } from '../queries/budgetoverzicht';
import { BudgetQuery, BudgetVaststellen } from './schemas';

/** Budgets per payer and budget period: the overview (budget, committed, realised, left) and setting a budget. */
@ApiTags('budgetten')
@ApiStandaard()
@Controller('budgetten')
export class BudgetController {
  constructor(
    @Inject(OjaDienst) private readonly dienst: OjaDienst,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Rollen('consulent', 'teamleider', 'beheerder', 'gemeente')
  @ApiOperation({ summary: 'Budgetoverzicht per betaler voor een jaar: budget, vastgelegd, gerealiseerd, resterend (een gemeente: haar eigen budgetten)' })
  @ApiZodQuery(BudgetQuery)
  @ApiZodResponse(200, Budgetoverzicht, 'Per betaler en budgetperiode: budget, vastgelegd, gerealiseerd, resterend', 'Budgetoverzicht')
  async overzicht(@HuidigeActor() actor: Actor, @Query(validated(BudgetQuery)) q: z.infer<typeof BudgetQuery>) {
    return { jaar: q.jaar, items: await budgetoverzicht(this.dataSource.manager, actor.swv, this.dienst.regelset, q.jaar, this.dienst.gemeenteVan(actor)) };
  }

  @Put(':betaler/:budgetperiode')
  @Rollen('teamleider', 'gemeente')
  @ApiOperation({ summary: 'Een budget vaststellen voor een betaler en budgetperiode (teamleider; een gemeente voor haar eigen budgetten)' })
  @ApiParam({ name: 'budgetperiode', description: "'2025' (kalenderjaar) of '2025-2026' (schooljaar), zoals de betaler budgetteert" })
  @ApiZodBody(BudgetVaststellen)
  @ApiZodResponse(200, BudgetVastgesteld, 'Het vastgestelde budget', 'BudgetVastgesteld')
  @ApiNietGevonden('Onbekende betaler')
  async vaststellen(
    @HuidigeActor() actor: Actor,
    @Param('betaler') code: string,
    @Param('budgetperiode') budgetperiode: string,
    @Body() invoer: unknown,
  ) {
    const betaler = alleBetalers(this.dienst.regelset, actor.swv).find((b) => b.code === code);
    if (!betaler) throw new ProblemError('notFound', 'Onbekende betaler');
    // Not found before badly formed: another SWV's payer reveals nothing.
    const body: z.infer<typeof BudgetVaststellen> = BudgetVaststellen.parse(invoer ?? {});
    const gemeente = this.dienst.gemeenteVan(actor);
    if (gemeente !== undefined && !(isGemeentelijk(betaler) && betaler.gemeente === gemeente)) throw new ProblemError('forbidden', 'Een gemeente stelt alleen haar eigen budgetten vast');
    if (!isBudgetperiodeSleutel(budgetperiode) || budgetperiodeVan(betaler.budgetperiode, periodeVanSleutel(budgetperiode).van) !== budgetperiode) {
      throw new ProblemError('validation', 'budgetperiode past niet bij deze betaler', {
        errors: [{ field: 'budgetperiode', message: betaler.budgetperiode === 'kalenderjaar' ? "deze betaler budgetteert per kalenderjaar ('2025')" : "deze betaler budgetteert per schooljaar ('2025-2026')" }],
      });
    }
    let bedrag: number;
    try {
      bedrag = vereisCent('bedragCent', body.bedragCent);
    } catch (e) {
      throw alsProbleem(e);
    }
    return this.dataSource.transaction(async (m) => {
      await vergrendelBudget(m, actor.swv);
      const oud = await zetBudget(m, actor.swv, betaler.code, budgetperiode, bedrag);
      await recordAudit(m, SCHEMA, actor, {
        actie: 'budget-vastgesteld',
        objectType: 'budget',
        objectId: `${betaler.code}/${budgetperiode}`,
        ...(oud !== undefined ? { oud: { bedragCent: oud } } : {}),
        nieuw: { bedragCent: bedrag },
        reden: body.motivering,
      });
      return { betaler: betaler.code, budgetperiode, bedragCent: bedrag };
    });
  }
}
