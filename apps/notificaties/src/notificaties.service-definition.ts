import { AmqpEventTransport } from '@pao/messaging';
import { ServiceDefinition } from '@pao/platform';
import { AppModule, type NotificatiesOpties } from './app.module';
import { notificatiesConfigSchema, type NotificatiesConfig } from './notificaties.config';

/** The service, optionally with a clock and random source of the caller's (tests). */
export function notificatiesServiceMet(opties: NotificatiesOpties = {}): ServiceDefinition<NotificatiesConfig> {
  return {
    service: 'notificaties',
    description: 'Abonnementen van gemeentesystemen (Notificaties API-vorm), bezorging van CloudEvents met Standard Webhooks-handtekening, bezorglog en opnieuw bezorgen',
    configSchema: notificatiesConfigSchema,
    // Parsed again: a caller that builds the settings itself (a test) still gets every default.
    appModule: (config) => AppModule.register(notificatiesConfigSchema.parse(config), opties),
    // Consumes the gemeente events through the messaging transport (inbox, retries, parking).
    beforeListen: (app) => {
      app.connectMicroservice({ strategy: app.get(AmqpEventTransport) }, { inheritAppConfig: true });
    },
  };
}

export const notificatiesService = notificatiesServiceMet();
