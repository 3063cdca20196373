import type { Request, RequestHandler } from 'express';

const RECEIVED_AT = Symbol('receivedAt');

/** Notes when a request arrived, before anything else runs, so later steps can keep to one deadline. */
export const requestClock: RequestHandler = (req, _res, next) => {
  (req as Request & { [RECEIVED_AT]?: number })[RECEIVED_AT] = Date.now();
  next();
};

/** When the request arrived (now, if the clock did not see it). */
export function receivedAt(req: Request): number {
  return (req as Request & { [RECEIVED_AT]?: number })[RECEIVED_AT] ?? Date.now();
}
