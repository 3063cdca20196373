import { AmqpEventTransport } from '@pao/messaging';
import { ServiceDefinition } from '@pao/platform';
import { AppModule, type OverdrachtOpties } from './app.module';
import { overdrachtConfigSchema, type OverdrachtConfig } from './overdracht.config';

/** The service, optionally with a clock of the caller's (tests move it to travel in time). */
export function overdrachtServiceMet(opties: OverdrachtOpties = {}): ServiceDefinition<OverdrachtConfig> {
  return {
    service: 'overdracht',
    description: 'Overdracht PO-VO, SO-V(S)O, VO-MBO en VO-VO: cohorten, aanmeldingen, warme overdracht en nazorg',
    configSchema: overdrachtConfigSchema,
    appModule: (config) => AppModule.register(config, opties),
    // Toeleiding's events arrive through the messaging transport (@EventPattern handlers).
    beforeListen: (app) => void app.connectMicroservice({ strategy: app.get(AmqpEventTransport) }, { inheritAppConfig: true }),
  };
}

export const overdrachtService = overdrachtServiceMet();
