import { ServiceDefinition } from '@pao/platform';
import { AppModule, type OjaOpties } from './app.module';
import { ojaConfigSchema, type OjaConfig } from './oja.config';

/** The service, optionally with a clock of the caller's (tests move it to travel in time). */
export function ojaServiceMet(opties: OjaOpties = {}): ServiceDefinition<OjaConfig> {
  return {
    service: 'oja',
    description: 'Onderwijs-jeugdhulparrangementen: cofinanciering, budgetten en kwartaalrapportage',
    configSchema: ojaConfigSchema,
    appModule: (config) => AppModule.register(config, opties),
  };
}

export const ojaService = ojaServiceMet();
