import { ServiceDefinition } from '@pao/platform';
import { AppModule } from './app.module';
import { GatewayConfig, gatewayConfigSchema } from './gateway.config';
import { serveWebUi } from './web/serve-web-ui';

export const gatewayService: ServiceDefinition<GatewayConfig> = {
  service: 'gateway',
  description: 'De toegang voor medewerkers en partnersystemen: inloggen, rollen, SWV-scheiding, toegangslog, web-UI',
  configSchema: gatewayConfigSchema,
  appModule: (config) => AppModule.register(config),
  beforeListen: (app, config) => serveWebUi(app, config.WEB_DIST_DIR),
};
