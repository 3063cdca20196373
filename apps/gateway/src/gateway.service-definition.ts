import { BaseConfig, ServiceDefinition } from '@pao/platform';
import { AppModule } from './app.module';

export const gatewayService: ServiceDefinition<BaseConfig> = {
  service: 'gateway',
  description: 'De toegang voor medewerkers en partnersystemen: inloggen, rollen, SWV-scheiding, toegangslog, web-UI',
  appModule: (config) => AppModule.register(config),
};
