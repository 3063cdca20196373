import { BaseConfig, ServiceDefinition } from '@pao/platform';
import { AppModule } from './app.module';

export const overdrachtService: ServiceDefinition<BaseConfig> = {
  service: 'overdracht',
  description: 'Overdracht PO-VO en VO-MBO, warme overdracht en nazorg',
  appModule: (config) => AppModule.register(config),
};
