import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@pao/platform';
import { AccountsRepository } from './auth/accounts.repository';
import { KnownDevices } from './auth/known-devices';
import { LoginAudit } from './auth/login-audit';
import { LoginThrottle } from './auth/login-throttle';
import { MedewerkersController } from './auth/medewerkers.controller';
import { OidcController } from './auth/oidc/oidc.controller';
import { OidcService } from './auth/oidc/oidc.service';
import { SessionController } from './auth/session.controller';
import { SessionGuard } from './auth/session.guard';
import { SessionsRepository } from './auth/sessions.repository';
import { GatewayConfig } from './gateway.config';
import { gatewayPersistence } from './persistence/persistence';
import { ServiceProxyController } from './proxy/service-proxy.controller';

@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      // People sign in here; the gateway signs the actor for the services.
      imports: [PlatformModule.forService({ service: 'gateway', config, persistence: gatewayPersistence, requireActor: false })],
      controllers: [SessionController, OidcController, MedewerkersController, ServiceProxyController],
      providers: [AccountsRepository, SessionsRepository, LoginThrottle, KnownDevices, LoginAudit, SessionGuard, OidcService],
    };
  }
}
