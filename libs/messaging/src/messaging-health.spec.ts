import { HealthRegistry } from '@pao/platform';
import type { AmqpEventTransport } from './amqp-event-transport';
import { MessagingHealth } from './messaging.module';
import type { OutboxRelay } from './outbox-relay';

function checkWith(relay: { isRunning: boolean; brokerStatus: string }, transport: { isListening: boolean; isConnected: boolean }) {
  const registry = new HealthRegistry();
  new MessagingHealth(relay as unknown as OutboxRelay, transport as unknown as AmqpEventTransport, registry).onModuleInit();
  const [check] = registry.all();
  expect(check.name).toBe('messaging');
  return check.check();
}

describe('messaging in /health', () => {
  it('is up when the relay is connected and the app does not consume', async () => {
    expect(await checkWith({ isRunning: true, brokerStatus: 'connected' }, { isListening: false, isConnected: false })).toEqual({ up: true, details: { relay: 'connected', consumer: 'not-consuming' } });
  });

  it('is down while the relay has no broker connection', async () => {
    for (const brokerStatus of ['connecting', 'disconnected']) {
      expect(await checkWith({ isRunning: true, brokerStatus }, { isListening: false, isConnected: false })).toMatchObject({ up: false });
    }
  });

  it('is down while a consuming app has lost its consumer connection, up again when it is back', async () => {
    expect(await checkWith({ isRunning: false, brokerStatus: 'closed' }, { isListening: true, isConnected: false })).toEqual({ up: false, details: { relay: 'stopped', consumer: 'disconnected' } });
    expect(await checkWith({ isRunning: false, brokerStatus: 'closed' }, { isListening: true, isConnected: true })).toMatchObject({ up: true });
  });
});
