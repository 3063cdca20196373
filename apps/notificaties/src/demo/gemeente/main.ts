import pino from 'pino';
import { z } from 'zod';
import { startDemoOntvanger } from './ontvanger';

// Demo gemeente jeugdhulp system for `npm start`; see README "Notificaties".
const config = z
  .object({
    HTTP_HOST: z.string().default('127.0.0.1'),
    HTTP_PORT: z.coerce.number().int().min(0).max(65535),
    /** Comma-separated secrets (whsec_…) this receiver accepts. */
    DEMO_WEBHOOK_GEHEIMEN: z.string().min(1),
    LOG_LEVEL: z.string().default('info'),
  })
  .parse(process.env);

const logger = pino({ level: config.LOG_LEVEL, base: { service: 'demo-gemeente' } });
void startDemoOntvanger({ host: config.HTTP_HOST, port: config.HTTP_PORT, geheimen: config.DEMO_WEBHOOK_GEHEIMEN.split(',').map((g) => g.trim()), logger }).then(({ server }) => {
  logger.info(`demo-gemeente listening on http://${config.HTTP_HOST}:${config.HTTP_PORT} (notifications at /notificaties, list at /)`);
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
});
