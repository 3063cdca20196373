import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, BaseConfig } from '../config/app-config';

/** The app's general Redis connection (BullMQ makes its own). */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@Inject(APP_CONFIG) config: BaseConfig) {
    // Fail fast while Redis is down instead of queueing commands forever.
    this.client = new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
    this.client.on('error', () => undefined); // reported through /health, reconnects by itself
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
  }
}
