import { allFaults, runFaultSuite, type Fault } from './scenario';

/**
 * The long fault run (npm run bench:faults): every fault several times with a larger
 * load; prints one line per run and a summary for docs/benchmarks.md.
 * FAULT_ROUNDS (3), FAULT_COMMANDS (120), FAULT_RATE (15/s), FAULT_DOWN_MS (5000).
 */
async function main(): Promise<void> {
  const rounds = Number(process.env.FAULT_ROUNDS ?? 3);
  const faults: Fault[] = Array.from({ length: rounds }, () => allFaults).flat();
  const started = Date.now();
  const results = await runFaultSuite({
    faults,
    commands: Number(process.env.FAULT_COMMANDS ?? 120),
    rate: Number(process.env.FAULT_RATE ?? 15),
    concurrency: 16,
    downMs: Number(process.env.FAULT_DOWN_MS ?? 5000),
    checkRearm: true,
    log: (line) => console.log(`[faults] ${line}`),
  });
  console.log('\n| fault | runs | commands | accepted at once | 503 during outage | lost | doubled | past timeout | dropped | max latency (ms) | p99 (ms) | redeliveries | recovered (s) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const fault of allFaults) {
    const rs = results.filter((r) => r.fault === fault);
    const sum = (k: keyof (typeof rs)[number]) => rs.reduce((s, r) => s + Number(r[k] ?? 0), 0);
    const max = (k: keyof (typeof rs)[number]) => Math.max(...rs.map((r) => Number(r[k] ?? 0)));
    console.log(`| ${fault}${fault === 'redis-flush' ? ` (re-armed: ${rs.every((r) => r.rearmed) ? 'yes' : 'NO'})` : ''} | ${rs.length} | ${sum('commands')} | ${sum('accepted')} | ${sum('unavailable')} | ${sum('lost')} | ${sum('doubled')} | ${sum('pastTimeout')} | ${sum('dropped')} | ${max('maxLatencyMs')} | ${max('p99LatencyMs')} | ${sum('redeliveries')} | ${(max('recoveredMs') / 1000).toFixed(1)} |`);
  }
  for (const r of results.filter((x) => x.probe)) console.log(`probe while ${r.fault} was down: ${r.probe!.status}${r.probe!.unavailable ? ` (${r.probe!.unavailable}, Retry-After ${r.probe!.retryAfter})` : ''} in ${r.probe!.ms} ms`);
  console.log(`\n${results.length} runs in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const bad = results.filter((r) => r.lost || r.doubled || r.pastTimeout || r.dropped || r.unhelpful503 || r.rearmed === false);
  if (bad.length) process.exitCode = 1;
}

void main();
