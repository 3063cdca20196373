import { Body, Controller, DynamicModule, Module, Post } from '@nestjs/common';
import { z } from 'zod';
import { Get } from '@nestjs/common';
import { Actor, BaseConfig, HuidigeActor, PlatformModule, ProblemError, Publiek, Rollen, validated } from '../src';

const aanvraagSchema = z.object({ schoolId: z.string().uuid(), soort: z.enum(['PrO', 'VSO']) });

/** A minimal controller that exercises validation and domain errors. */
@Controller('voorbeeld')
class VoorbeeldController {
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
