import { ServiceDefinition } from '@pao/platform';
import { AppModule } from './app.module';
import { GatewayConfig, gatewayConfigSchema } from './gateway.config';
import { serveWebUi } from './web/serve-web-ui';

/** `true`/`false`, a hop count, or addresses/names as Express takes them. */
const trustProxy = (v: string): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v);

export const gatewayService: ServiceDefinition<GatewayConfig> = {
  service: 'gateway',
  description: 'De toegang voor medewerkers en partnersystemen: inloggen, rollen, SWV-scheiding, toegangslog, web-UI',
  configSchema: gatewayConfigSchema,
  appModule: (config) => AppModule.register(config),
  beforeListen: (app, config) => {
    if (config.TRUST_PROXY) app.getHttpAdapter().getInstance().set('trust proxy', trustProxy(config.TRUST_PROXY));
    serveWebUi(app, config.WEB_DIST_DIR);
  },
  // Public: metrics and API docs only on the operations port.
  operationsPort: (config) => config.OPS_HTTP_PORT,
};
