import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AmqpConnectionManager, connect } from 'amqp-connection-manager';
import { APP_CONFIG, BaseConfig } from '../config/app-config';

/** A broker connection that reconnects by itself; its state feeds /health. */
@Injectable()
export class AmqpConnection implements OnApplicationShutdown {
  readonly manager: AmqpConnectionManager;

  constructor(@Inject(APP_CONFIG) config: BaseConfig) {
    this.manager = connect([config.AMQP_URL], { reconnectTimeInSeconds: 1, heartbeatIntervalInSeconds: 5 });
    this.manager.on('connectFailed', () => undefined);
    this.manager.on('disconnect', () => undefined);
  }

  isConnected(): boolean {
    return this.manager.isConnected();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.manager.close();
  }
}
