import { BaseConfig, ServiceDefinition } from '@pao/platform';
import { AppModule } from './app.module';

export const ojaService: ServiceDefinition<BaseConfig> = {
  service: 'oja',
  description: 'Onderwijs-jeugdhulparrangementen: cofinanciering, budgetten en kwartaalrapportage',
  appModule: (config) => AppModule.register(config),
};
