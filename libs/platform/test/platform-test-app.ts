import { Body, Controller, DynamicModule, Module, Post } from '@nestjs/common';
import { z } from 'zod';
import { BaseConfig, PlatformModule, ProblemError, validated } from '../src';

const aanvraagSchema = z.object({ schoolId: z.string().uuid(), soort: z.enum(['PrO', 'VSO']) });

/** A minimal controller that exercises validation and domain errors. */
@Controller('voorbeeld')
class VoorbeeldController {
  @Post()
  create(@Body(validated(aanvraagSchema)) body: z.infer<typeof aanvraagSchema>) {
    if (body.soort === 'PrO') throw new ProblemError('invalidTransition', 'Aanvraag is in status concept', { huidigeStatus: 'concept' });
    return { ok: true };
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
