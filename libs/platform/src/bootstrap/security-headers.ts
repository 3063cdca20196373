import type { RequestHandler } from 'express';
import type { HelmetOptions } from 'helmet';

/** helmet's defaults, but no framing at all (no page of ours belongs in a frame). */
export const securityHeaders: HelmetOptions = {
  contentSecurityPolicy: { directives: { frameAncestors: ["'none'"] } },
  frameguard: { action: 'deny' },
};

export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
