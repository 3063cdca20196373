import { createServer, type Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { RequestHandler } from 'express';
import { ProblemError } from '../errors/problem';

const OPERATIONS = /^\/(metrics|docs|openapi)/i;

/** /metrics, /docs and /openapi.* only for requests that came in on the operations port. */
export function operationsOnlyOn(port: number | undefined): RequestHandler {
  return (req, _res, next) => {
    if (OPERATIONS.test(req.path) && (port === undefined || req.socket.localPort !== port)) return next(new ProblemError('notFound'));
    next();
  };
}

/** A second listener on the same app, for the operations endpoints; closed with the app. */
export async function listenForOperations(app: INestApplication, port: number, host: string): Promise<Server> {
  const server = createServer(app.getHttpAdapter().getInstance());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const close = app.close.bind(app);
  app.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await close();
  };
  return server;
}
