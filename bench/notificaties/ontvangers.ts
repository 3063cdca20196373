// Child process of the notificaties benchmark: 20 gemeente receivers on loopback. Receiver
// 0 answers after BENCH_TRAAG_MS (10 s), receiver 1 always 503, the others 204 at once.
// Every receipt is reported to the parent as [receiver, event id, ms since the epoch].
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

const AANTAL = Number(process.env.BENCH_ONTVANGERS ?? 20);
const TRAAG_MS = Number(process.env.BENCH_TRAAG_MS ?? 10_000);
const now = () => performance.timeOrigin + performance.now();

let buffer: Array<[number, string, number]> = [];
setInterval(() => {
  if (buffer.length === 0) return;
  process.send?.({ ontvangen: buffer });
  buffer = [];
}, 50).unref();

async function main(): Promise<void> {
  const poorten: number[] = [];
  for (let i = 0; i < AANTAL; i++) {
    const server = http.createServer((req, res) => {
      const delen: Buffer[] = [];
      req.on('data', (d: Buffer) => delen.push(d));
      req.on('end', () => {
        const t = now();
        if (i === 1) return void res.writeHead(503).end('onderhoud');
        const id = /"id":"([0-9a-f-]{36})"/.exec(Buffer.concat(delen).toString('utf8'))?.[1] ?? '?';
        const antwoord = () => {
          buffer.push([i, id, t]);
          res.writeHead(204).end();
        };
        if (i === 0) setTimeout(antwoord, TRAAG_MS);
        else antwoord();
      });
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    poorten.push((server.address() as AddressInfo).port);
  }
  process.send?.({ poorten });
}

void main();
