import { AddressInfo, Server, connect, createServer } from 'node:net';
import { instanceCount, instancePort, RoundRobinProxy } from '../scripts/instances';

/** `PAO_INSTANCES=N npm start` (scripts/run-apps.ts): the setting, the ports, and the proxy in front of the instances. */
async function echoServer(name: string): Promise<{ server: Server; port: number }> {
  const server = createServer((s) => s.end(name));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, port: (server.address() as AddressInfo).port };
}

function ask(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const s = connect(port, '127.0.0.1');
    s.on('data', (d) => (text += String(d)));
    s.on('end', () => resolve(text));
    s.on('close', () => resolve(text));
    s.on('error', reject);
  });
}

describe('instances', () => {
  it('reads PAO_INSTANCES (default 1) and refuses nonsense', () => {
    expect(instanceCount({})).toBe(1);
    expect(instanceCount({ PAO_INSTANCES: '2' })).toBe(2);
    for (const bad of ['0', '9', '1.5', 'two']) expect(() => instanceCount({ PAO_INSTANCES: bad })).toThrow(/PAO_INSTANCES/);
  });

  it('keeps the registry port with one instance and moves instances apart with more', () => {
    expect(instancePort({ port: 4101 }, 0, 1)).toBe(4101);
    expect([0, 1].map((k) => instancePort({ port: 4101 }, k, 2))).toEqual([5101, 6101]);
  });

  it('spreads connections over the instances in turn and skips one that is gone', async () => {
    const a = await echoServer('a');
    const b = await echoServer('b');
    const proxy = new RoundRobinProxy([a.port, b.port]);
    const port = await proxy.start();
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await ask(port));
      expect(answers.sort()).toEqual(['a', 'a', 'b', 'b']);
      await new Promise((r) => a.server.close(r));
      const after = [];
      for (let i = 0; i < 4; i++) after.push(await ask(port));
      expect(after).toEqual(['b', 'b', 'b', 'b']);
    } finally {
      await proxy.stop();
      b.server.close();
    }
  });
});
