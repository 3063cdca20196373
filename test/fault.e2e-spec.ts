import { helpful503, runFaultSuite, type FaultResult } from '../bench/faults/scenario';

// Private servers (a RabbitMQ node takes a while to boot) and five outages in a row.
jest.setTimeout(15 * 60_000);

/**
 * Issue 10, the fault suite (short version; `npm run bench:faults` is the long one, its
 * figures in docs/benchmarks.md): under a load of commands through the gateway,
 * RabbitMQ, PostgreSQL, Redis and the toeleiding process are killed with SIGKILL and
 * started again, and Redis is flushed. Each time: no command lost, none doubled in
 * effect, and no request left waiting past its timeout. Issue 18: while the server is
 * down a command answers at once, 2xx or a 503 problem+json with Retry-After naming
 * what is unavailable, never a 500. On servers of its own: the shared local servers
 * are never stopped.
 */
describe('fault suite: kill -9 RabbitMQ, PostgreSQL, Redis and the service, flush Redis, under load', () => {
  let results: FaultResult[] = [];
  const result = (fault: string) => {
    const r = results.find((x) => x.fault === fault);
    if (!r) throw new Error(`no result for ${fault}`);
    return r;
  };

  beforeAll(async () => {
    results = await runFaultSuite({ commands: 24, rate: 6, downMs: 3000, log: (line) => process.stdout.write(`[faults] ${line}\n`) });
  });

  it.each(['rabbitmq', 'postgres', 'redis', 'service', 'redis-flush'])('%s: 0 lost, 0 doubled in effect, 0 requests past their timeout, every command in the end', (fault) => {
    const r = result(fault);
    expect({ lost: r.lost, doubled: r.doubled, pastTimeout: r.pastTimeout, dropped: r.dropped }).toEqual({ lost: 0, doubled: 0, pastTimeout: 0, dropped: 0 });
    // Answers during the outage are 2xx or a quick 503 that says what is unavailable, nothing else.
    expect({ otherAnswers: r.otherAnswers, unhelpful503: r.unhelpful503, answers: r.answers }).toEqual({ otherAnswers: 0, unhelpful503: 0, answers: r.answers });
    expect(r.maxLatencyMs).toBeLessThan(12_000);
  });

  it('with PostgreSQL down, a command through the gateway answers 503 problem+json naming the database, with Retry-After, within its timeout', () => {
    const probe = result('postgres').probe!;
    expect({ status: probe.status, unavailable: probe.unavailable }).toEqual({ status: 503, unavailable: 'database' });
    expect(helpful503(probe)).toBe(true);
    expect(probe.ms).toBeLessThan(12_000);
  });

  it('with the service process down, the gateway answers 503 problem+json naming it', () => {
    const probe = result('service').probe!;
    expect({ status: probe.status, unavailable: probe.unavailable, helpful: helpful503(probe) }).toEqual({ status: 503, unavailable: 'toeleiding', helpful: true });
  });

  it('with Redis down, a command is accepted (PostgreSQL holds its deadlines) or answers 503 naming Redis', () => {
    const probe = result('redis').probe!;
    if (probe.status === 503) expect({ unavailable: probe.unavailable, helpful: helpful503(probe) }).toEqual({ unavailable: 'redis', helpful: true });
    else expect(probe.status).toBe(200);
  });

  it('a broker outage does not stop commands: the outbox takes them', () => {
    const r = result('rabbitmq');
    expect(r.accepted).toBe(r.commands);
    expect(r.probe!.status).toBe(200);
  });
});
