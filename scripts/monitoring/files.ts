import { stringify } from 'yaml';
import { ruleGroups, runbooksMarkdown } from './alerts';
import { dashboardJson, dashboards } from './dashboards';

const HEADER = '# Generated from scripts/monitoring/alerts.ts by `npm run services:generate`; do not edit. Checked by promtool (test/monitoring.spec.ts).\n';

/** infra/monitoring (alert rules, dashboards) and docs/runbooks.md with their content. */
export function monitoringFiles(): Array<{ path: string; content: string }> {
  return [
    { path: 'infra/monitoring/alerts.yml', content: HEADER + stringify({ groups: ruleGroups() }, { lineWidth: 0 }) },
    ...dashboards().map((d) => ({ path: `infra/monitoring/dashboards/${d.area}.json`, content: dashboardJson(d) })),
    { path: 'docs/runbooks.md', content: runbooksMarkdown() },
  ];
}
