import { type IncomingMessage } from 'node:http';
import { type Writable } from 'node:stream';

/**
 * The bytes of a compressed body as sent, and those its decompressor used. Node's brotli
 * and inflate streams stop at the end of their stream and drop what follows (gunzip drops
 * trailing zero bytes), so a body could carry bytes nothing checks. The body parser pipes
 * the request into its decompressor: that pipe is where both counts start.
 */
export interface GecomprimeerdeInvoer {
  /** Whether every byte sent went into the decompressor; called after the parser read the body, waits for the request's last byte. */
  alles(): Promise<boolean>;
  /** Stops following (the parser failed or read no body). */
  los(): void;
}

export function volgGecomprimeerdeInvoer(req: IncomingMessage): GecomprimeerdeInvoer | undefined {
  const encoding = req.headers['content-encoding'];
  if (encoding === undefined || encoding.toLowerCase() === 'identity') return undefined;
  let verzonden = 0;
  let decompressor: (Writable & { bytesWritten?: number }) | undefined;
  const pipe = req.pipe;
  // Own property on this request only, removed at its first use (the parser's one pipe).
  req.pipe = function <T extends NodeJS.WritableStream>(this: IncomingMessage, doel: T, opties?: { end?: boolean }): T {
    req.pipe = pipe;
    decompressor = doel as unknown as Writable;
    req.on('data', (deel: Buffer) => (verzonden += deel.length));
    return pipe.call(this, doel, opties) as T;
  };
  const los = () => {
    req.pipe = pipe;
  };
  return {
    los,
    async alles() {
      los();
      if (!decompressor) return true;
      // The parser resumes the request after its body: the rest (trailing bytes) still arrives.
      if (!req.readableEnded) await new Promise<void>((klaar) => req.once('end', klaar).once('close', klaar));
      return verzonden === (decompressor.bytesWritten ?? verzonden);
    },
  };
}
