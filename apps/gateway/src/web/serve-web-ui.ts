import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import express from 'express';

/** Serves the built web UI, with index.html for every client-side route. */
export function serveWebUi(app: INestApplication, dir: string | undefined): void {
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  const index = join(dir, 'index.html');
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    const isPage = req.method === 'GET' && !/^\/(api|health|metrics|docs|openapi)(\/|$|\.)/.test(req.path) && req.accepts('html');
    if (!isPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
