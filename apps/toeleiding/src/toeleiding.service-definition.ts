import { BaseConfig, ServiceDefinition } from '@pao/platform';
import { AppModule } from './app.module';

export const toeleidingService: ServiceDefinition<BaseConfig> = {
  service: 'toeleiding',
  description: 'Toelaatbaarheidsverklaringen: aanvraag, besluit, bezwaar, plaatsing en afloop',
  appModule: (config) => AppModule.register(config),
};
