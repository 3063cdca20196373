import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { loadSwvRegister, SwvRegister } from '@pao/swv';
import { ActorGuard, INTERNAL_AUTH_SECRET } from './auth/actor.guard';
import { APP_CONFIG, BaseConfig } from './config/app-config';
import { AmqpConnection } from './connections/amqp.provider';
import { RedisConnection } from './connections/redis.provider';
import { ProblemJsonFilter } from './errors/problem-json.filter';
import { HealthController } from './health/health.controller';
import { HealthRegistry } from './health/health-registry';
import { CorrelationMiddleware } from './logging/correlation.middleware';
import { LoggingModule } from './logging/logging.module';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { MetricsController } from './metrics/metrics.controller';
import { ResponseContractInterceptor } from './openapi/response-contract';
import { ServicePersistence, dataSourceOptions } from './persistence/data-source-options';

export interface PlatformOptions {
  service: string;
  config: BaseConfig;
  persistence: ServicePersistence;
  /** Services require a gateway-signed actor on every endpoint; the gateway itself uses sessions. */
  requireActor?: boolean;
}

/**
 * Everything an app shares: validated config, the SWV register, logging, PostgreSQL (its own schema),
 * Redis and RabbitMQ connections, /health, /metrics and problem+json errors.
 */
@Module({})
export class PlatformModule implements NestModule {
  static forService(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggingModule.forService(options.service, options.config.LOG_LEVEL),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.config.DATABASE_URL, options.persistence), retryAttempts: 3, retryDelay: 1000 }),
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: APP_FILTER, useClass: ProblemJsonFilter },
        // Under NODE_ENV=test an answer that drifts from its declared schema fails (response-contract.ts).
        { provide: APP_INTERCEPTOR, useClass: ResponseContractInterceptor },
        { provide: INTERNAL_AUTH_SECRET, useValue: options.config.INTERNAL_AUTH_SECRET },
        // Read and validated at boot: a broken register stops the app with the field named.
        { provide: SwvRegister, useFactory: () => loadSwvRegister(options.config.SWV_REGISTER) },
        ...(options.requireActor === false ? [] : [{ provide: APP_GUARD, useClass: ActorGuard }]),
        RedisConnection,
        AmqpConnection,
        HealthRegistry,
      ],
      exports: [APP_CONFIG, INTERNAL_AUTH_SECRET, SwvRegister, RedisConnection, AmqpConnection, HealthRegistry],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware, HttpMetricsMiddleware).forRoutes('{*path}');
  }
}
