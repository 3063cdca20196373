import { randomBytes } from 'node:crypto';
import { localServers } from './local-servers';

export interface TestVhost {
  name: string;
  url: string;
  delete(): Promise<void>;
}

async function management(method: string, path: string, body?: unknown): Promise<void> {
  const auth = Buffer.from(`${localServers.rabbitUser}:${localServers.rabbitPassword}`).toString('base64');
  const res = await fetch(`${localServers.rabbitManagementUrl}/api${path}`, {
    method,
    headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok && res.status !== 404) throw new Error(`RabbitMQ management ${method} ${path}: ${res.status} ${await res.text()}`);
}

/** A RabbitMQ vhost of its own for one test file, so exchanges and queues never collide. */
export async function createTestVhost(prefix = 'test'): Promise<TestVhost> {
  const name = `${prefix}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const v = encodeURIComponent(name);
  await management('PUT', `/vhosts/${v}`, { description: 'jest' });
  await management('PUT', `/permissions/${v}/${localServers.rabbitUser}`, { configure: '.*', write: '.*', read: '.*' });
  return {
    name,
    url: `${localServers.amqpBaseUrl}/${v}`,
    delete: () => management('DELETE', `/vhosts/${v}`),
  };
}
