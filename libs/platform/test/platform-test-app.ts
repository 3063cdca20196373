import { Body, Controller, DynamicModule, Module, Param, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Get } from '@nestjs/common';
import { Actor, BaseConfig, HuidigeActor, PlatformModule, ProblemError, Publiek, Rollen, validated } from '../src';

const aanvraagSchema = z.object({ schoolId: z.string().uuid(), soort: z.enum(['PrO', 'VSO']) });

/** A minimal controller that exercises validation and domain errors. */
@Controller('voorbeeld')
class VoorbeeldController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Hands its input to PostgreSQL unchecked: the safety net for values it refuses. */
  @Publiek()
  @Get('getal/:n')
  async getal(@Param('n') n: string) {
    const [row] = await this.db.query('SELECT $1::int AS n', [n]);
    return row;
  }

  @Publiek()
  @Post('echo')
  echo(@Body() body: unknown) {
    return { body };
  }

  @Publiek()
  @Post()
  create(@Body(validated(aanvraagSchema)) body: z.infer<typeof aanvraagSchema>) {
    if (body.soort === 'PrO') throw new ProblemError('invalidTransition', 'Aanvraag is in status concept', { huidigeStatus: 'concept' });
    return { ok: true };
  }

  @Rollen('teamleider')
  @Get('besluit')
  besluit(@HuidigeActor() actor: Actor) {
    return { swv: actor.swv };
  }
}

@Module({})
export class PlatformTestModule {
  static register(config: BaseConfig): DynamicModule {
    return {
      module: PlatformTestModule,
      imports: [PlatformModule.forService({ service: 'platform-test', config, persistence: { schema: 'platform_test', migrations: [] } })],
      controllers: [VoorbeeldController],
    };
  }
}
