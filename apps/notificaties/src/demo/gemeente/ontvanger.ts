import http from 'node:http';
import type { Logger } from 'pino';
import { handtekeningKlopt } from './verifieer';

export interface Melding {
  readonly ontvangenOp: string;
  readonly id: string;
  readonly type: string;
  readonly subject: string;
  readonly swv: string;
  readonly gemeente?: string;
  readonly dataref?: string;
  readonly dubbel: boolean;
}

export interface DemoOntvangerOpties {
  readonly host: string;
  readonly port: number;
  /** Secrets this receiver accepts (the current one, and the previous one during a rotation). */
  readonly geheimen: readonly string[];
  readonly logger: Logger;
}

const MAX_BODY = 1024 * 1024;

function escape(t: string): string {
  return t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A small stand-in for a gemeente jeugdhulp system: receives notifications on
 * POST /notificaties, checks the signature (401 when it does not match: the sender logs
 * the attempt as failed and tries again later), recognises repeats by their id (answers
 * 204 again, handles them once) and remembers the last hundred. GET / shows them.
 */
export function startDemoOntvanger(o: DemoOntvangerOpties): Promise<{ server: http.Server; meldingen: Melding[] }> {
  const meldingen: Melding[] = [];
  const gezien = new Set<string>();
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    if (req.method === 'GET' && req.url === '/ontvangen') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(meldingen));
    if (req.method === 'GET' && req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pagina(meldingen));
    if (req.method !== 'POST' || req.url !== '/notificaties') return void res.writeHead(404).end();
    const delen: Buffer[] = [];
    let lengte = 0;
    req.on('data', (d: Buffer) => {
      lengte += d.length;
      if (lengte > MAX_BODY) req.destroy();
      else delen.push(d);
    });
    req.on('end', () => {
      const body = Buffer.concat(delen);
      const h = req.headers;
      const headers = { id: h['webhook-id'] as string | undefined, timestamp: h['webhook-timestamp'] as string | undefined, signature: h['webhook-signature'] as string | undefined };
      if (!handtekeningKlopt(o.geheimen, headers, body)) {
        o.logger.warn({ eventId: headers.id }, 'notificatie geweigerd: handtekening ongeldig');
        return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"fout":"handtekening ongeldig"}');
      }
      let event: Record<string, unknown>;
      try {
        event = JSON.parse(body.toString('utf8'));
      } catch {
        return void res.writeHead(400, { 'content-type': 'application/json' }).end('{"fout":"geen JSON"}');
      }
      const id = String(event.id);
      const dubbel = gezien.has(id);
      gezien.add(id);
      const data = (event.data ?? {}) as { gemeente?: string };
      const melding: Melding = { ontvangenOp: new Date().toISOString(), id, type: String(event.type), subject: String(event.subject), swv: String(event.swv), gemeente: data.gemeente, dataref: event.dataref as string | undefined, dubbel };
      meldingen.unshift(melding);
      meldingen.length = Math.min(meldingen.length, 100);
      o.logger.info({ eventId: id, type: melding.type, subject: melding.subject, swv: melding.swv, gemeente: melding.gemeente, dubbel }, dubbel ? 'notificatie nogmaals ontvangen (al verwerkt)' : 'notificatie ontvangen');
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve) => server.listen(o.port, o.host, () => resolve({ server, meldingen })));
}

function pagina(meldingen: readonly Melding[]): string {
  const rijen = meldingen
    .map((m) => `<tr><td>${escape(m.ontvangenOp)}</td><td>${escape(m.type)}</td><td>${escape(m.swv)}</td><td>${escape(m.gemeente ?? '')}</td><td>${escape(m.subject)}</td><td>${m.dubbel ? 'ja' : 'nee'}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Demo jeugdhulpsysteem gemeente Almere</title></head><body>
<h1>Demo jeugdhulpsysteem gemeente Almere</h1>
<p>Ontvangen notificaties (nieuwste eerst, hoogstens 100). Elke notificatie is gecontroleerd op haar handtekening.</p>
<table><caption>Notificaties</caption><thead><tr><th scope="col">Ontvangen</th><th scope="col">Type</th><th scope="col">SWV</th><th scope="col">Gemeente</th><th scope="col">Onderwerp</th><th scope="col">Herhaling</th></tr></thead><tbody>${rijen}</tbody></table>
</body></html>`;
}
