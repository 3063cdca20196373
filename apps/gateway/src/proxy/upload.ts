import { ProblemError } from '@pao/platform';
import type { Request } from 'express';

/**
 * File uploads (a cohort export, a case document) travel to the service as raw bytes: the
 * service checks their encoding and rows, or their type by their bytes, itself. The JSON
 * body parser leaves these types alone, so the gateway reads them here, with a limit of
 * their own (a JSON body stays at 1 MB; the service sets its own, smaller, limit and says it in words).
 */
export const UPLOAD_TYPES: readonly string[] = [
  'text/csv',
  // Documents of a case (OPP, verslag, advies): PDF, DOCX, PNG, JPEG, or a file the browser could not type.
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
  'application/octet-stream',
];
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;
/** An upload's deadline unless UPLOAD_TIMEOUT_MS says otherwise. */
export const DEFAULT_UPLOAD_TIMEOUT_MS = 60_000;
const LIMIT_TEXT = `${MAX_UPLOAD_BYTES / 1024 / 1024} MB`;

/** The media type of a request that carries an upload, or undefined for any other request. */
export function uploadType(req: Request): string | undefined {
  if (['GET', 'HEAD', 'DELETE'].includes(req.method)) return undefined;
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return UPLOAD_TYPES.includes(type) ? type : undefined;
}

/**
 * The bytes of an upload, refused as problem+json (never a 500) when compressed, larger
 * than the limit, broken off, or still arriving when `deadline` (epoch ms) passes.
 */
export async function readUpload(req: Request, deadline: number): Promise<Buffer> {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') throw new ProblemError('unsupportedMediaType', 'Send an upload uncompressed (Content-Encoding: identity)');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) throw tooLarge(req);

  const parts: Buffer[] = [];
  let size = 0;
  const timer = setTimeout(() => req.destroy(new UploadTimeout()), Math.max(0, deadline - Date.now()));
  try {
    for await (const part of req as AsyncIterable<Buffer>) {
      size += part.length;
      if (size > MAX_UPLOAD_BYTES) throw tooLarge(req);
      parts.push(part);
    }
  } catch (e) {
    if (e instanceof ProblemError) throw e;
    if (e instanceof UploadTimeout) throw new ProblemError('malformedBody', 'The upload did not arrive in time');
    throw new ProblemError('malformedBody', 'The upload was broken off before it was complete');
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(parts);
}

class UploadTimeout extends Error {}

/** Stops reading (the rest is discarded) and names the limit. */
function tooLarge(req: Request): ProblemError {
  req.resume();
  return new ProblemError('payloadTooLarge', `The upload exceeds the limit of ${LIMIT_TEXT}`, { errors: [{ field: 'bestand', message: `larger than ${LIMIT_TEXT}` }] });
}
