import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ProblemError } from '../errors/problem';
import { volgGecomprimeerdeInvoer } from './compressed-body';
import { jsonNestsDeeperThan } from './json-depth';
import { normaliseInput } from './text-guard';

export const MAX_BODY = '1mb';
/** Deeper than any body of ours (they nest 4 levels at most); bounds every recursive walk. */
export const MAX_JSON_DEPTH = 32;

class TooDeep extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
}

/**
 * The one body parser of every app: JSON only (other types find no body), at most
 * 1 MB after decompression, at most 32 levels deep, gzip/deflate/br accepted, with no
 * bytes after the compressed stream.
 */
export function jsonBodyParser(): RequestHandler {
  const json = express.json({
    limit: MAX_BODY,
    strict: true,
    verify: (_req, _res, raw) => {
      if (jsonNestsDeeperThan(raw, MAX_JSON_DEPTH)) throw new TooDeep();
    },
  });
  return (req, res, next) => {
    const invoer = volgGecomprimeerdeInvoer(req);
    json(req, res, (err?: unknown) => {
      if (err || !invoer) {
        invoer?.los();
        return next(err);
      }
      invoer.alles().then(
        (alles) => next(alles ? undefined : new ProblemError('malformedBody', 'The body has bytes after its compressed stream')),
        next,
      );
    });
  };
}

/**
 * Turns every error of reading and parsing a body into a 4xx problem with a fixed
 * detail. The parser's own messages quote the body (which may hold a BSN), and a
 * SyntaxError that reaches Nest becomes a 400 echoing it; a zlib error would be a 500.
 */
export const bodyParserErrors: ErrorRequestHandler = (err: unknown, _req, _res, next) => {
  const problem = problemForBodyError(err);
  if (problem !== err) return next(problem);
  const status = (err as { status?: unknown } | null)?.status;
  // Anything else the parser refused is the request's fault, said without quoting it.
  next(typeof status === 'number' && status >= 400 && status < 500 ? new ProblemError('malformedBody', 'The body could not be read') : err);
};

/** The problem for an error of the body parser (by its `type`) or of zlib; other errors as they are. */
export function problemForBodyError(err: unknown): unknown {
  const e = err as { type?: unknown; code?: unknown } | null;
  if (!e || typeof e !== 'object') return err;
  switch (e.type) {
    case 'entity.parse.failed':
      return new ProblemError('malformedBody', 'The body is not valid JSON');
    case 'entity.too.deep':
      return new ProblemError('malformedBody', `The body nests deeper than ${MAX_JSON_DEPTH} levels`);
    case 'entity.too.large':
      return new ProblemError('payloadTooLarge', `The body exceeds the limit of ${MAX_BODY}`);
    case 'encoding.unsupported':
      return new ProblemError('unsupportedMediaType', 'Unsupported Content-Encoding; use gzip, deflate, br or none');
    case 'charset.unsupported':
      return new ProblemError('unsupportedMediaType', 'Unsupported charset; send UTF-8');
    case 'request.size.invalid':
      return new ProblemError('malformedBody', 'The body length does not match Content-Length');
    case 'request.aborted':
      return new ProblemError('malformedBody', 'The request was aborted before its body was complete');
    default:
      break;
  }
  // zlib: a body that says it is compressed but is not (or is truncated).
  if (typeof e.code === 'string' && e.code.startsWith('Z_')) return new ProblemError('malformedBody', 'The body could not be decompressed as its Content-Encoding says');
  return err;
}

/**
 * Percent-encoding must decode to UTF-8: Node's query parser would turn `%ED%A0%80` (an
 * encoded surrogate) or `%zz` silently into U+FFFD or keep it literally, hiding what
 * was sent.
 */
function rawQueryProblem(url: string): string | undefined {
  const i = url.indexOf('?');
  if (i < 0) return undefined;
  for (const part of url.slice(i + 1).split(/[&=]/)) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return 'The query is not valid percent-encoded UTF-8';
    }
  }
  return undefined;
}

function decodedSegmentsProblem(path: string): string | undefined {
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'The path is not valid percent-encoded UTF-8';
    }
    const bad = normaliseInput(decoded);
    if ('problem' in bad) return `A path segment ${bad.problem.reason}`;
  }
  return undefined;
}

/**
 * One place where text from outside is checked before anything else sees it: the
 * decoded path, every query value and every body value and key must be valid Unicode
 * without control characters (NUL among them) and not over-long; body texts are brought
 * to NFC. A field that fails is named, its content never echoed.
 */
export const inputGuard: RequestHandler = (req, _res, next) => {
  const pathProblem = decodedSegmentsProblem(req.path) ?? rawQueryProblem(req.originalUrl);
  if (pathProblem) return next(new ProblemError('malformedRequest', pathProblem));
  const query = normaliseInput(req.query, ['query']);
  if ('problem' in query) return next(textError(query.problem));
  if (req.body !== undefined) {
    const body = normaliseInput(req.body);
    if ('problem' in body) return next(textError(body.problem));
    req.body = body.value;
  }
  next();
};

function textError(problem: { field: string; reason: string }): ProblemError {
  const field = problem.field || '(body)';
  return new ProblemError('validation', `Field ${field} ${problem.reason}`, { errors: [{ field, message: problem.reason }] });
}
