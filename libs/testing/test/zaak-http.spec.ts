import http from 'node:http';
import { zaakHttp } from '../src';

/** A server that answers every request with `status` and echoes what it got. */
function echo(status: () => number) {
  return http.createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      res.writeHead(status(), { 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, url: req.url, door: req.headers['x-door'], body: delen.length ? JSON.parse(Buffer.concat(delen).toString()) : undefined }));
    });
  });
}

describe('zaakHttp', () => {
  let status = 200;
  const server = echo(() => status);
  const als = (naam: 'consulent' | 'teamleider') => ({ 'x-door': naam });
  const h = zaakHttp({ getHttpServer: () => server }, '/aanvragen', als, 'consulent');

  afterAll(() => new Promise((r) => server.close(r)));

  it('sends a command to <pad>/:id/acties/:commando with its body, as the usual actor or the one given', async () => {
    status = 422;
    const res = await h.actie('a1', 'indienen', { reden: 'x' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ method: 'POST', url: '/aanvragen/a1/acties/indienen', door: 'consulent', body: { reden: 'x' } });
    expect((await h.actie('a1', 'besluiten', undefined, 'teamleider')).body).toMatchObject({ door: 'teamleider', body: {} });
  });

  it('ok gives the body of a 200 and throws with the command and status on anything else', async () => {
    status = 200;
    expect(await h.ok('a2', 'indienen', {}, 'teamleider')).toMatchObject({ url: '/aanvragen/a2/acties/indienen', door: 'teamleider' });
    status = 201;
    await expect(h.ok('a2', 'indienen')).rejects.toThrow(/^indienen: 201 /);
  });

  it('reads <pad>/:id as the usual actor or the one given', async () => {
    status = 200;
    expect((await h.lees('a3')).body).toEqual({ method: 'GET', url: '/aanvragen/a3', door: 'consulent' });
    expect((await h.lees('a3', 'teamleider')).body).toMatchObject({ door: 'teamleider' });
  });
});
