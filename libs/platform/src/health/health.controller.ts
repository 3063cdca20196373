import { ApiExcludeController } from '@nestjs/swagger';
import { Publiek } from '../auth/actor.guard';
import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AmqpConnection } from '../connections/amqp.provider';
import { RedisConnection } from '../connections/redis.provider';
import { healthDependencyUp } from '../metrics/metrics';
import { HealthRegistry } from './health-registry';

const CHECK_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms).unref())]);
}

/** Keeps the outcome per dependency in the health_dependency_up gauge (alerted on). */
function recorded(result: HealthCheckResult): HealthCheckResult {
  for (const [dependency, detail] of Object.entries(result.details ?? {})) healthDependencyUp.set({ dependency }, detail.status === 'up' ? 1 : 0);
  return result;
}

/** Checks PostgreSQL, Redis and RabbitMQ for real on every call (no caching). */
@Publiek()
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisConnection,
    private readonly amqp: AmqpConnection,
    private readonly registry: HealthRegistry,
  ) {}

  /** 200 when all are up, 503 with the same report shape when one is down. */
  @Get()
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    try {
      return recorded(await this.runChecks());
    } catch (e) {
      if (!(e instanceof ServiceUnavailableException)) throw e;
      res.status(503);
      return recorded(e.getResponse() as HealthCheckResult);
    }
  }

  private runChecks(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: CHECK_TIMEOUT_MS }),
      async () => {
        const redis = this.indicators.check('redis');
        try {
          await withTimeout(this.redis.client.ping(), CHECK_TIMEOUT_MS);
          return redis.up();
        } catch (e) {
          return redis.down({ message: (e as Error).message });
        }
      },
      async () => {
        const rabbit = this.indicators.check('rabbitmq');
        return this.amqp.isConnected() ? rabbit.up() : rabbit.down({ message: 'not connected' });
      },
      ...this.registry.all().map((extra) => async () => {
        const indicator = this.indicators.check(extra.name);
        try {
          const result = await withTimeout(Promise.resolve(extra.check()), CHECK_TIMEOUT_MS);
          return result.up ? indicator.up(result.details) : indicator.down(result.details);
        } catch (e) {
          return indicator.down({ message: (e as Error).message });
        }
      }),
    ]);
  }
}
