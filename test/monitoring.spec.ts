import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { repoRoot } from '../scripts/services';
import { alertGroups, ruleGroups } from '../scripts/monitoring/alerts';
import { dashboards } from '../scripts/monitoring/dashboards';

/**
 * The alert rules and dashboards of infra/monitoring: promtool (Debian's prometheus package,
 * installed by `PAO_WITH_PROMTOOL=1 bash infra/local/install.sh`, which npm test runs) checks
 * the rules, runs their unit tests (alerts.test.yml) and parses every dashboard query; and
 * every metric they name is one the code exposes or a known exporter's.
 */
const PROMTOOL = process.env.PAO_PROMTOOL ?? 'promtool';
const dir = join(repoRoot, 'infra', 'monitoring');

function promtool(...args: string[]): string {
  const run = spawnSync(PROMTOOL, args, { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw new Error(`no promtool (${run.error.message}): install Debian's prometheus package as root with \`PAO_WITH_PROMTOOL=1 bash infra/local/install.sh\` (npm test does this)`);
  const out = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`promtool ${args.join(' ')} failed:\n${out}`);
  return out;
}

/** Metrics of servers and exporters, not of our code: Prometheus itself, kube-state-metrics, RabbitMQ's plugin, prom-client's defaults. */
const EXTERNAL = /^(up|kube_.+|rabbitmq_.+|process_.+|nodejs_.+)$/;
const PROMQL_WORDS = new Set(['by', 'without', 'and', 'or', 'unless', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'offset', 'sum', 'min', 'max', 'avg', 'count', 'topk', 'bottomk', 'rate', 'increase', 'deriv', 'histogram_quantile', 'le']);

/** Metric names a PromQL expression reads (label matchers, groupings and strings removed). */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '')
    .replace(/\[[^\]]*\]/g, '');
  const names = bare.match(/[a-zA-Z_:][a-zA-Z0-9_:]*/g) ?? [];
  return [...new Set(names.filter((n) => !PROMQL_WORDS.has(n)).map((n) => n.replace(/_(bucket|sum|count)$/, '')))];
}

/** Every `name: '<metric>'` declared with prom-client in the libraries and apps. */
function declaredMetrics(): Set<string> {
  const names = new Set<string>();
  for (const top of ['libs', 'apps']) {
    for (const file of readdirSync(join(repoRoot, top), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.includes('node_modules') || /\.(int-|e2e-)?spec\.ts$/.test(file)) continue;
      const text = readFileSync(join(repoRoot, top, file), 'utf8');
      if (!text.includes('prom-client')) continue;
      for (const m of text.matchAll(/name:\s*'([a-z_:][a-z0-9_:]*)'/g)) names.add(m[1]);
    }
  }
  return names;
}

describe('infra/monitoring', () => {
  it('promtool accepts the alert rules', () => {
    expect(promtool('check', 'rules', 'alerts.yml')).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('each guarding alert fires on trouble and stays quiet otherwise (promtool test rules)', () => {
    // promtool compares annotations too: the unit tests run on the rules without them.
    const tmp = mkdtempSync(join(tmpdir(), 'rules-'));
    try {
      const groups = ruleGroups().map((g) => ({ ...g, rules: (g.rules as Array<Record<string, unknown>>).map(({ annotations: _, ...rule }) => rule) }));
      writeFileSync(join(tmp, 'alerts.yml'), stringify({ groups }));
      writeFileSync(join(tmp, 'alerts.test.yml'), readFileSync(join(dir, 'alerts.test.yml')));
      expect(promtool('test', 'rules', join(tmp, 'alerts.test.yml'))).toMatch(/SUCCESS/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('promtool rejects a broken rule (the check is not a rubber stamp)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'rules-'));
    try {
      writeFileSync(join(tmp, 'bad.yml'), stringify({ groups: [{ name: 'x', rules: [{ alert: 'X', expr: 'sum by (schema (messaging_outbox_unpublished)' }] }] }));
      expect(() => promtool('check', 'rules', join(tmp, 'bad.yml'))).toThrow(/parse error|unexpected/i);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('every dashboard query is valid PromQL (promtool parses it as a recording rule)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'dash-'));
    try {
      const rules = dashboards().flatMap((d) => d.panels.flatMap((p, i) => p.queries.map((q, j) => ({ record: `pao:${d.area}:panel${i}_${j}`, expr: q.expr }))));
      writeFileSync(join(tmp, 'dashboards.yml'), stringify({ groups: [{ name: 'dashboards', rules }] }));
      expect(promtool('check', 'rules', join(tmp, 'dashboards.yml'))).toContain(`SUCCESS: ${rules.length} rules found`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('alerts and dashboards read only metrics the code exposes (or a known exporter\'s)', () => {
    const declared = declaredMetrics();
    const used = [...alertGroups().flatMap((g) => g.rules.map((r) => r.expr)), ...dashboards().flatMap((d) => d.panels.flatMap((p) => p.queries.map((q) => q.expr)))].flatMap(metricNames);
    expect(used).toEqual(expect.arrayContaining(['messaging_outbox_oldest_unpublished_age_seconds', 'deadlines_overdue', 'deadlines_fire_lag_seconds', 'http_requests_total']));
    expect([...new Set(used)].filter((n) => !declared.has(n) && !EXTERNAL.test(n))).toEqual([]);
  });

  it('has a runbook for every alert and a dashboard per area', () => {
    const runbooks = readFileSync(join(repoRoot, 'docs', 'runbooks.md'), 'utf8');
    for (const g of alertGroups()) {
      expect(existsSync(join(dir, 'dashboards', `${g.area}.json`))).toBe(true);
      for (const r of g.rules) {
        expect(r.runbook.length).toBeGreaterThan(80);
        expect(runbooks).toContain(`### ${r.alert}`);
      }
    }
    for (const d of dashboards()) {
      const json = JSON.parse(readFileSync(join(dir, 'dashboards', `${d.area}.json`), 'utf8')) as { uid: string; panels: unknown[] };
      expect(json.uid).toBe(`pao-${d.area}`);
      expect(json.panels).toHaveLength(d.panels.length);
    }
  });

});
