import { ProblemError } from '@pao/platform';
import type { Request } from 'express';
import { MAX_BYTES } from '../import/bestand';

/**
 * The uploaded CSV as bytes (the JSON body parser leaves text/csv alone), read up to a
 * limit: the encoding is checked on the bytes, so nothing decodes them before us.
 */
export async function leesUpload(req: Request): Promise<Uint8Array> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'text/csv') throw new ProblemError('unsupportedMediaType', 'Lever het cohort aan als text/csv');
  const lengte = Number(req.headers['content-length']);
  if (Number.isFinite(lengte) && lengte > MAX_BYTES) throw teGroot();
  const delen: Buffer[] = [];
  let totaal = 0;
  for await (const deel of req as AsyncIterable<Buffer>) {
    totaal += deel.length;
    if (totaal > MAX_BYTES) {
      req.resume();
      throw teGroot();
    }
    delen.push(deel);
  }
  return new Uint8Array(Buffer.concat(delen));
}

function teGroot(): ProblemError {
  return new ProblemError('payloadTooLarge', `Het bestand is groter dan ${MAX_BYTES / 1024 / 1024} MB; een cohort is veel kleiner`, {
    errors: [{ field: 'bestand', message: `groter dan ${MAX_BYTES / 1024 / 1024} MB` }],
  });
}
