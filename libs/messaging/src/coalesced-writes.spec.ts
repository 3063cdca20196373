import { readFileSync } from 'node:fs';
import { createServer, createConnection, type Server, type Socket } from 'node:net';
import { coalesceWrites } from './coalesced-writes';

/** This process's write system calls so far (Linux). */
const writeCalls = () => Number(/^syscw: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);

describe('coalesceWrites', () => {
  let server: Server;
  let received: Buffer[];
  let socket: Socket;

  beforeEach(async () => {
    received = [];
    server = createServer((s) => s.on('data', (d: Buffer) => received.push(d)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    socket = createConnection(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
  });

  afterEach(async () => {
    socket.destroy();
    await new Promise((r) => server.close(r));
  });

  const frames = Array.from({ length: 20 }, (_, i) => Buffer.from(`frame-${i};`));
  const expected = frames.map((f) => f.toString()).join('');
  const arrived = async () => {
    while (Buffer.concat(received).length < expected.length) await new Promise((r) => setTimeout(r, 5));
    return Buffer.concat(received).toString();
  };
  /** Write calls made by writing the frames in one stretch of code, flushed. */
  const writesFor = async () => {
    const before = writeCalls();
    for (const f of frames) socket.write(f);
    await new Promise((r) => process.nextTick(r));
    await new Promise((r) => setImmediate(r));
    return writeCalls() - before;
  };

  it('sends the frames of one stretch of code in one write, in order', async () => {
    coalesceWrites({ connection: { stream: socket } });
    expect(await writesFor()).toBe(1);
    expect(await arrived()).toBe(expected);
    // the next stretch corks again
    received = [];
    expect(await writesFor()).toBe(1);
    expect(await arrived()).toBe(expected);
  });

  it('without it, a socket writes frame by frame (what the wrapper is for)', async () => {
    expect(await writesFor()).toBeGreaterThanOrEqual(frames.length);
    expect(await arrived()).toBe(expected);
  });

  it('leaves an object without a socket alone', () => {
    expect(() => coalesceWrites({})).not.toThrow();
    expect(() => coalesceWrites(undefined)).not.toThrow();
  });
});
