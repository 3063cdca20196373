// The other service of the sample (voorbeeld-dienst.e2e-spec.ts), in a process of its own:
// it consumes `thuiszitters.termijn-verstreken` from the broker through its inbox
// (`verwerkEenmaal`) into its own database. Started from the build output with the
// database and broker addresses as arguments; says 'klaar' when it consumes.
import { type MessageHandler } from '@nestjs/microservices';
import { validateEnvelope, type EventEnvelope } from '@pao/contracts';
import { AmqpEventTransport } from '@pao/messaging';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { verwerkEenmaal } from '@pao/zaak';

const Verstreken = z.object({ onderwerpId: z.uuid(), soort: z.string() });

async function main(): Promise<void> {
  const [dbUrl, amqpUrl] = process.argv.slice(2);
  const ander = await new DataSource({ type: 'postgres', url: dbUrl, logging: false }).initialize();
  const consument = new AmqpEventTransport({ amqpUrl, serviceName: 'ander', validator: { validate: (raw) => validateEnvelope(raw) }, retryDelaysMs: [100] });
  consument.addHandler(
    'nl.passend-onderwijs.thuiszitters.termijn-verstreken.v1',
    ((e: EventEnvelope) => verwerkEenmaal(ander, 'ander', 'ander.verstreken', e, Verstreken, (m, d) => m.query('INSERT INTO ander.gezien VALUES ($1, $2)', [d.onderwerpId, d.soort]))) as unknown as MessageHandler,
    true,
  );
  await new Promise<void>((resolve) => consument.listen(() => resolve()));
  process.send?.('klaar');
  process.once('SIGTERM', () => {
    void consument.close().then(() => ander.destroy()).then(() => process.exit(0));
  });
}

void main().catch((err: unknown) => {
  process.stderr.write(`voorbeeld-consument: ${String(err)}\n`);
  process.exit(1);
});
