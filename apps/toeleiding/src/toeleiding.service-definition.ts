import { ServiceDefinition } from '@pao/platform';
import { AppModule, type ToeleidingOpties } from './app.module';
import { toeleidingConfigSchema, type ToeleidingConfig } from './toeleiding.config';

/** The service, optionally with a clock of the caller's (tests move it to travel in time). */
export function toeleidingServiceMet(opties: ToeleidingOpties = {}): ServiceDefinition<ToeleidingConfig> {
  return {
    service: 'toeleiding',
    description: 'Toelaatbaarheidsverklaringen: aanvraag, besluit, bezwaar, plaatsing en afloop',
    configSchema: toeleidingConfigSchema,
    appModule: (config) => AppModule.register(config, opties),
  };
}

export const toeleidingService = toeleidingServiceMet();
