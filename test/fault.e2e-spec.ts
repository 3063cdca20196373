import { runFaultSuite, type FaultResult } from '../bench/faults/scenario';

// Private servers (a RabbitMQ node takes a while to boot) and four outages in a row.
jest.setTimeout(15 * 60_000);

/**
 * Issue 10, the fault suite (short version; `npm run bench:faults` is the long one, its
 * figures in docs/benchmarks.md): under a load of commands through the gateway,
 * RabbitMQ, PostgreSQL and the toeleiding process are killed with SIGKILL and started
 * again, and Redis is flushed. Each time: no command lost, none doubled in effect, and
 * no request left waiting past its timeout. On servers of its own: the shared local
 * servers are never stopped.
 */
describe('fault suite: kill -9 RabbitMQ, PostgreSQL and the service, flush Redis, under load', () => {
  let results: FaultResult[] = [];

  beforeAll(async () => {
    results = await runFaultSuite({ commands: 24, rate: 6, downMs: 3000, log: (line) => process.stdout.write(`[faults] ${line}\n`) });
  });

  it.each(['rabbitmq', 'postgres', 'service', 'redis-flush'])('%s: 0 lost, 0 doubled in effect, 0 requests past their timeout, every command in the end', (fault) => {
    const r = results.find((x) => x.fault === fault)!;
    expect(r).toBeDefined();
    expect({ lost: r.lost, doubled: r.doubled, pastTimeout: r.pastTimeout, dropped: r.dropped }).toEqual({ lost: 0, doubled: 0, pastTimeout: 0, dropped: 0 });
    // Answers during the outage are 2xx or a quick 503, nothing else.
    expect({ otherAnswers: r.otherAnswers, answers: r.answers }).toEqual({ otherAnswers: 0, answers: r.answers });
    expect(r.maxLatencyMs).toBeLessThan(12_000);
  });

  it('a broker outage does not stop commands: the outbox takes them', () => {
    const r = results.find((x) => x.fault === 'rabbitmq')!;
    expect(r.accepted).toBe(r.commands);
  });
});
