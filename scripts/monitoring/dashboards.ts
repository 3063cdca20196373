import { serviceNames, type ServiceName } from '@pao/platform';

/**
 * Grafana dashboards (JSON, schemaVersion 39), one per area, on the same metrics as the
 * alerts. Generated into infra/monitoring/dashboards/<area>.json; test/monitoring.spec.ts
 * has promtool parse every panel's query.
 */
export interface Panel {
  readonly title: string;
  readonly unit: string;
  /** PromQL, one per series; the legend uses `{{label}}`. */
  readonly queries: ReadonlyArray<{ readonly expr: string; readonly legend: string }>;
}

export interface Dashboard {
  readonly area: string;
  readonly title: string;
  /** A dashboard of one service's own metrics: generated while that service is in the registry. */
  readonly service?: string;
  readonly panels: readonly Panel[];
}

export const DASHBOARDS: readonly Dashboard[] = [
  {
    area: 'messaging',
    title: 'PAO · Events (outbox, consumers)',
    panels: [
      { title: 'Oldest unpublished event (alert > 60 s)', unit: 's', queries: [{ expr: 'max by (schema) (messaging_outbox_oldest_unpublished_age_seconds)', legend: '{{schema}}' }] },
      { title: 'Unpublished events', unit: 'short', queries: [{ expr: 'max by (schema) (messaging_outbox_unpublished)', legend: '{{schema}}' }] },
      { title: 'Published per second', unit: 'ops', queries: [{ expr: 'sum by (schema) (rate(messaging_events_published_total[5m]))', legend: '{{schema}}' }] },
      { title: 'Publish failures per second', unit: 'ops', queries: [{ expr: 'sum by (schema) (rate(messaging_publish_failures_total[5m]))', legend: '{{schema}}' }] },
      { title: 'Consumed per second by outcome', unit: 'ops', queries: [{ expr: 'sum by (consumer, outcome) (rate(messaging_consumer_events_total[5m]))', legend: '{{consumer}} {{outcome}}' }] },
      { title: 'Parked (last hour)', unit: 'short', queries: [{ expr: 'sum by (consumer, event_type) (increase(messaging_consumer_events_total{outcome="parked"}[1h]))', legend: '{{consumer}} {{event_type}}' }] },
      { title: 'Handler time p95', unit: 's', queries: [{ expr: 'histogram_quantile(0.95, sum by (consumer, le) (rate(messaging_handler_duration_seconds_bucket[5m])))', legend: '{{consumer}}' }] },
      { title: 'Queue depth (RabbitMQ)', unit: 'short', queries: [{ expr: 'max by (queue) (rabbitmq_queue_messages{queue=~".+\\\\.(events|parking)|pao\\\\.events\\\\.unrouted"})', legend: '{{queue}}' }] },
    ],
  },
  {
    area: 'deadlines',
    title: 'PAO · Deadlines',
    panels: [
      { title: 'Overdue, not fired (alert > 0)', unit: 'short', queries: [{ expr: 'max by (schema) (deadlines_overdue)', legend: '{{schema}}' }] },
      { title: 'Oldest overdue', unit: 's', queries: [{ expr: 'max by (schema) (deadlines_overdue_oldest_seconds)', legend: '{{schema}}' }] },
      { title: 'Fired per minute', unit: 'short', queries: [{ expr: 'sum by (schema, what) (rate(deadlines_fired_total[5m])) * 60', legend: '{{schema}} {{what}}' }] },
      {
        title: 'Firing lag p50 / p99',
        unit: 's',
        queries: [
          { expr: 'histogram_quantile(0.5, sum by (schema, le) (rate(deadlines_fire_lag_seconds_bucket[10m])))', legend: 'p50 {{schema}}' },
          { expr: 'histogram_quantile(0.99, sum by (schema, le) (rate(deadlines_fire_lag_seconds_bucket[10m])))', legend: 'p99 {{schema}}' },
        ],
      },
      { title: 'Reconciler work (last hour)', unit: 'short', queries: [{ expr: 'sum by (schema, action) (increase(deadlines_reconciled_total[1h]))', legend: '{{schema}} {{action}}' }] },
    ],
  },
  {
    area: 'http',
    title: 'PAO · HTTP',
    panels: [
      { title: 'Requests per second', unit: 'reqps', queries: [{ expr: 'sum by (container) (rate(http_requests_total[5m]))', legend: '{{container}}' }] },
      { title: '5xx ratio (alert > 2 %)', unit: 'percentunit', queries: [{ expr: 'sum by (container) (rate(http_requests_total{status=~"5.."}[5m])) / sum by (container) (rate(http_requests_total[5m]))', legend: '{{container}}' }] },
      { title: '4xx per second', unit: 'reqps', queries: [{ expr: 'sum by (container, status) (rate(http_requests_total{status=~"4.."}[5m]))', legend: '{{container}} {{status}}' }] },
      { title: 'Latency p95', unit: 's', queries: [{ expr: 'histogram_quantile(0.95, sum by (container, le) (rate(http_request_duration_seconds_bucket[5m])))', legend: '{{container}}' }] },
      { title: 'Slowest routes p95', unit: 's', queries: [{ expr: 'topk(10, histogram_quantile(0.95, sum by (container, route, le) (rate(http_request_duration_seconds_bucket[5m]))))', legend: '{{container}} {{route}}' }] },
    ],
  },
  {
    area: 'health',
    title: 'PAO · Instances',
    panels: [
      { title: 'Instances up', unit: 'short', queries: [{ expr: 'sum by (container) (up{namespace="pao"})', legend: '{{container}}' }] },
      { title: 'Dependencies down', unit: 'short', queries: [{ expr: 'sum by (container, dependency) (1 - health_dependency_up)', legend: '{{container}} {{dependency}}' }] },
      { title: 'CPU per instance', unit: 'percentunit', queries: [{ expr: 'sum by (pod) (rate(process_cpu_seconds_total{namespace="pao"}[5m]))', legend: '{{pod}}' }] },
      { title: 'Memory per instance', unit: 'bytes', queries: [{ expr: 'max by (pod) (process_resident_memory_bytes{namespace="pao"})', legend: '{{pod}}' }] },
      { title: 'Event loop lag p99', unit: 's', queries: [{ expr: 'max by (pod) (nodejs_eventloop_lag_p99_seconds{namespace="pao"})', legend: '{{pod}}' }] },
      { title: 'Ready instances per service', unit: 'short', queries: [{ expr: 'max by (deployment) (kube_deployment_status_replicas_available{namespace="pao"})', legend: '{{deployment}}' }] },
    ],
  },
  {
    area: 'notificaties',
    title: 'PAO · Notifications to gemeenten',
    service: 'notificaties',
    panels: [
      { title: 'Failing subscriptions (alert > 0)', unit: 'short', queries: [{ expr: 'max(notificaties_abonnementen_falend)', legend: 'failing' }] },
      { title: 'Delivery attempts by outcome', unit: 'ops', queries: [{ expr: 'sum by (uitkomst) (rate(notificaties_pogingen_total[5m]))', legend: '{{uitkomst}}' }] },
      { title: 'Delivery latency p95', unit: 's', queries: [{ expr: 'histogram_quantile(0.95, sum by (le) (rate(notificaties_bezorg_latentie_seconds_bucket[15m])))', legend: 'p95' }] },
    ],
  },
];

/** One Grafana dashboard as JSON text (importable; the data source is chosen on import). */
export function dashboardJson(d: Dashboard): string {
  const panels = d.panels.map((p, i) => ({
    id: i + 1,
    type: 'timeseries',
    title: p.title,
    datasource: { type: 'prometheus', uid: '${DS_PROMETHEUS}' },
    gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
    fieldConfig: { defaults: { unit: p.unit }, overrides: [] },
    options: { legend: { displayMode: 'list', placement: 'bottom' }, tooltip: { mode: 'multi' } },
    targets: p.queries.map((q, j) => ({ refId: String.fromCharCode(65 + j), expr: q.expr, legendFormat: q.legend, datasource: { type: 'prometheus', uid: '${DS_PROMETHEUS}' } })),
  }));
  const dashboard = {
    __inputs: [{ name: 'DS_PROMETHEUS', label: 'Prometheus', type: 'datasource', pluginId: 'prometheus', pluginName: 'Prometheus' }],
    uid: `pao-${d.area}`,
    title: d.title,
    tags: ['pao', d.area],
    timezone: 'Europe/Amsterdam',
    schemaVersion: 39,
    version: 1,
    refresh: '30s',
    time: { from: 'now-6h', to: 'now' },
    templating: { list: [] },
    annotations: { list: [] },
    panels,
  };
  return `${JSON.stringify(dashboard, null, 2)}\n`;
}

/** The dashboards of the services in the registry. */
export function dashboards(): Dashboard[] {
  return DASHBOARDS.filter((d) => d.service === undefined || serviceNames.includes(d.service as ServiceName));
}
