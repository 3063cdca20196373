import { BaseConfig, ServiceDefinition } from '@pao/platform';
import { AppModule } from './app.module';

export const thuiszittersService: ServiceDefinition<BaseConfig> = {
  service: 'thuiszitters',
  description: 'Crisis- en thuiszittermeldingen, escalatie naar de Actietafel en doorzettingsmacht',
  appModule: (config) => AppModule.register(config),
};
