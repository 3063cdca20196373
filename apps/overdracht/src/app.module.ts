import { DynamicModule, Module } from '@nestjs/common';
import { BaseConfig, PlatformModule } from '@pao/platform';
import { overdrachtPersistence } from './persistence/persistence';

@Module({})
export class AppModule {
  static register(config: BaseConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forService({ service: 'overdracht', config, persistence: overdrachtPersistence })],
    };
  }
}
