import { Agent, request } from 'node:http';

export interface RawRequest {
  method: string;
  /** Sent exactly as written: no normalisation of dot segments or escapes. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 32 });

/**
 * One HTTP request as given; rejects on a network error or when no answer comes within
 * timeoutMs. A kept-alive connection the server closed (idle) just as the request went out is
 * retried once on a new one (the server never saw the request; Node's documented way).
 */
export async function sendRaw(port: number, r: RawRequest, timeoutMs = 15_000): Promise<RawResponse> {
  try {
    return await sendOnce(port, r, timeoutMs);
  } catch (e) {
    if ((e as { reusedSocketReset?: boolean }).reusedSocketReset) return sendOnce(port, r, timeoutMs);
    throw e;
  }
}

function sendOnce(port: number, r: RawRequest, timeoutMs: number): Promise<RawResponse> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...r.headers };
    if (r.body) headers['content-length'] = String(r.body.length);
    const req = request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers, agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: Date.now() - started }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (e: NodeJS.ErrnoException) => reject(req.reusedSocket && (e.code === 'ECONNRESET' || e.code === 'EPIPE') ? Object.assign(e, { reusedSocketReset: true }) : e));
    req.end(r.body);
  });
}

export function closeRawAgent(): void {
  agent.destroy();
}
