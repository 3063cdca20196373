import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, ProblemError, RedisConnection } from '@pao/platform';
import type { GatewayConfig } from '../gateway.config';

/**
 * Fixed one-minute windows in Redis, per client address and per user name, so the
 * limit holds across several gateway instances.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(private readonly redis: RedisConnection, @Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  async check(ip: string, gebruikersnaam: string): Promise<void> {
    const window = Math.floor(Date.now() / 60_000);
    const prefix = `${this.config.REDIS_PREFIX}:login`;
    const keys = [`${prefix}:ip:${ip}:${window}`, `${prefix}:user:${gebruikersnaam.toLowerCase()}:${window}`];
    const tx = this.redis.client.multi();
    for (const key of keys) tx.incr(key).expire(key, 120);
    const results = (await tx.exec()) ?? [];
    const [perIp, perUser] = [results[0]?.[1], results[2]?.[1]].map(Number);
    // One address may serve many people (a school's network): a wider limit there.
    if (perUser > this.config.LOGIN_ATTEMPTS_PER_MINUTE || perIp > 10 * this.config.LOGIN_ATTEMPTS_PER_MINUTE) {
      throw new ProblemError('rateLimited', 'Te veel inlogpogingen; probeer het over een minuut opnieuw', { retryAfterSeconds: 60 });
    }
  }
}
