import { AmqpEventTransport } from '@pao/messaging';
import { ServiceDefinition } from '@pao/platform';
import { AppModule, type ThuiszittersOpties } from './app.module';
import { thuiszittersConfigSchema, type ThuiszittersConfig } from './thuiszitters.config';

/** The service, optionally with a clock of the caller's (tests move it to travel in time). */
export function thuiszittersServiceMet(opties: ThuiszittersOpties = {}): ServiceDefinition<ThuiszittersConfig> {
  return {
    service: 'thuiszitters',
    description: 'Crisis- en thuiszittermeldingen, escalatie naar de Actietafel, doorzettingskracht en doorzettingsmacht',
    configSchema: thuiszittersConfigSchema,
    appModule: (config) => AppModule.register(config, opties),
    // The first service that consumes events: signals from overdracht and toeleiding.
    beforeListen: (app) => {
      app.connectMicroservice({ strategy: app.get(AmqpEventTransport) }, { inheritAppConfig: true });
    },
  };
}

export const thuiszittersService = thuiszittersServiceMet();
