import { ApiExcludeController } from '@nestjs/swagger';
import { Publiek } from '../auth/actor.guard';
import { Controller, Get, Header } from '@nestjs/common';
import { metricsRegistry } from './metrics';

@Publiek()
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
