import { serviceNames, type ServiceName } from '@pao/platform';

/**
 * Prometheus alert rules for what loses money or children, each with its runbook, on the
 * metrics the apps really expose (libs/platform, libs/messaging, libs/deadlines, the
 * notificaties service) plus `up`, kube-state-metrics and the RabbitMQ Prometheus plugin.
 * Generated into infra/monitoring/alerts.yml (checked by promtool in test/monitoring.spec.ts),
 * the PrometheusRule in infra/k8s and docs/runbooks.md.
 */
export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly severity: 'critical' | 'warning';
  readonly summary: string;
  /** What it means, what to look at, what to do: shown in the alert and in docs/runbooks.md. */
  readonly runbook: string;
}

export interface AlertGroup {
  readonly area: string;
  readonly title: string;
  /** Rules on one service's own metrics: included while that service is in the registry. */
  readonly service?: string;
  readonly rules: readonly AlertRule[];
}

/** Where the runbook of an alert is published (the docs of this repository). */
export const RUNBOOK_BASE = 'docs/runbooks.md';

export const ALERT_GROUPS: readonly AlertGroup[] = [
  {
    area: 'messaging',
    title: 'Events: outbox, consumers, parking',
    rules: [
      {
        alert: 'OutboxOldestUnpublishedTooOld',
        expr: 'max by (schema) (messaging_outbox_oldest_unpublished_age_seconds) > 60',
        for: '2m',
        severity: 'critical',
        summary: 'Schema {{ $labels.schema }}: an event committed {{ $value | humanizeDuration }} ago is still not published',
        runbook: [
          'A state change committed, but its event has not reached RabbitMQ for over a minute: other services, gemeenten and the deadlines that wait on it do not see it.',
          'Look: the relay\'s log lines (`outbox relay`) of the service owning the schema; `messaging_publish_failures_total`; RabbitMQ alarms (disk, memory) and `/health` of the service (rabbitmq down?).',
          'Do: fix the broker or the connection; the relay publishes the backlog by itself in order, per case. Never delete or edit outbox rows: every row is an event someone is owed. If one row is poison (publish fails for it alone) see its error in the log and escalate to the owning team.',
        ].join('\n'),
      },
      {
        alert: 'OutboxBacklogGrowing',
        expr: 'max by (schema) (messaging_outbox_unpublished) > 1000 and max by (schema) (deriv(messaging_outbox_unpublished[10m])) > 0',
        for: '10m',
        severity: 'warning',
        summary: 'Schema {{ $labels.schema }}: {{ $value }} unpublished events and growing',
        runbook: [
          'Commands commit events faster than the relay publishes them. Publishing still works (else OutboxOldestUnpublishedTooOld fires), but it falls behind.',
          'Look: `rate(messaging_events_published_total[5m])` against the command rate; RabbitMQ publish confirm latency; PostgreSQL load (the relay locks outbox heads with SKIP LOCKED).',
          'Do: add instances of the service (each runs a relay; they share the backlog without reordering a case), or give RabbitMQ and PostgreSQL more room (docs/capacity.md).',
        ].join('\n'),
      },
      {
        alert: 'OutboxPublishFailing',
        expr: 'sum by (schema) (rate(messaging_publish_failures_total[5m])) > 0.1',
        for: '5m',
        severity: 'warning',
        summary: 'Schema {{ $labels.schema }}: the broker refuses or times out publishes',
        runbook: [
          'RabbitMQ nacks, returns or does not confirm publishes; the relay retries them, so nothing is lost yet, but the backlog grows.',
          'Look: RabbitMQ alarms and node health (`rabbitmq-diagnostics status`), quorum queue leaders, the relay log.',
          'Do: restore the broker (disk space, a lost node: the RabbitMQ Cluster Operator replaces it). Quorum queues need a majority of the three nodes.',
        ].join('\n'),
      },
      {
        alert: 'MessagesParked',
        expr: 'sum by (consumer, event_type) (increase(messaging_consumer_events_total{outcome="parked"}[15m])) > 0',
        for: '0m',
        severity: 'critical',
        summary: '{{ $labels.consumer }} parked {{ $value }} {{ $labels.event_type }} event(s)',
        runbook: [
          'A consumer gave up on an event (malformed, or its handler failed every retry) and moved it to `<service>.parking`: the change it carries is not applied in that service, for a pupil or a budget.',
          'Look: the message in the parking queue (RabbitMQ management, queue `<consumer>.parking`): headers `x-parked-reason`, `x-parked-by`, attempts; the consumer\'s log with the event id (no personal data is in either).',
          'Do: fix the cause (a bug, a missing catalogue version, a dependency), then move the messages back to `<consumer>.events` (shovel or management "move messages"). Handlers are idempotent (inbox): replaying a message that was handled after all does nothing.',
        ].join('\n'),
      },
      {
        alert: 'ParkingQueueNotEmpty',
        expr: 'max by (queue) (rabbitmq_queue_messages{queue=~".+\\\\.parking"}) > 0',
        for: '1h',
        severity: 'warning',
        summary: 'Queue {{ $labels.queue }} holds {{ $value }} parked message(s) for over an hour',
        runbook: ['Parked events wait for a person. See MessagesParked for how to find the cause and replay them; a parked event is never dropped without the owning team\'s word.'].join('\n'),
      },
      {
        alert: 'ConsumerRetryingMuch',
        expr: 'sum by (consumer) (rate(messaging_consumer_events_total{outcome="retried"}[10m])) > 0.2 * sum by (consumer) (rate(messaging_consumer_events_total[10m]))',
        for: '10m',
        severity: 'warning',
        summary: '{{ $labels.consumer }} retries more than a fifth of its events',
        runbook: [
          'Handlers fail and are retried (delayed retry queues); after the last retry an event is parked.',
          'Look: the consumer\'s log (errors by event type), `messaging_handler_duration_seconds`, its `/health` (database reachable?).',
          'Do: fix the dependency or roll back a bad release before the retries run out.',
        ].join('\n'),
      },
      {
        alert: 'EventsUnrouted',
        expr: 'max(rabbitmq_queue_messages{queue="pao.events.unrouted"}) > 0',
        for: '30m',
        severity: 'warning',
        summary: '{{ $value }} event(s) no service is bound to',
        runbook: [
          'An event type was published that no queue binds (the alternate exchange caught it): a consumer was removed or a producer publishes a new type early.',
          'Look: the messages\' `type`. Do: bind the consumer that should have it, or accept and purge after the owning team agrees.',
        ].join('\n'),
      },
    ],
  },
  {
    area: 'deadlines',
    title: 'Deadlines (legal terms, warnings, recurring moments)',
    rules: [
      {
        alert: 'DeadlineOverdueNotFired',
        expr: 'max by (schema) (deadlines_overdue) > 0',
        for: '5m',
        severity: 'critical',
        summary: 'Schema {{ $labels.schema }}: {{ $value }} deadline(s) passed without firing',
        runbook: [
          'A legal term or warning passed and nothing fired it: neither its BullMQ wake-up nor the reconciler (every 60 s). A case can miss a statutory term.',
          'Look: `deadlines_reconciled_total{action=~"failed|error"}`, the service log (`deadline reconcile failed`, `deadline job failed`), `/health` (postgres, redis), `deadlines_overdue_oldest_seconds`.',
          'Do: fix PostgreSQL or the firing effect (a failing effect rolls back and the deadline stays armed); the reconciler then fires every overdue deadline once, with the real firing time recorded. Never mark deadline rows fired by hand.',
        ].join('\n'),
      },
      {
        alert: 'DeadlineLagHigh',
        expr: 'histogram_quantile(0.99, sum by (schema, le) (rate(deadlines_fire_lag_seconds_bucket[10m]))) > 60',
        for: '10m',
        severity: 'warning',
        summary: 'Schema {{ $labels.schema }}: deadlines fire {{ $value | humanizeDuration }} late (p99)',
        runbook: [
          'Deadlines fire, but more than a minute after their moment: the workers are saturated or Redis lost the wake-ups and the reconciler catches up.',
          'Look: CPU of the service, Redis latency, `deadlines_reconciled_total{action="fired"}` (the reconciler firing means the jobs were missing).',
          'Do: add instances; check Redis (noeviction, memory).',
        ].join('\n'),
      },
      {
        alert: 'DeadlineWakeUpsLost',
        expr: 'sum by (schema) (increase(deadlines_reconciled_total{action="rearmed"}[30m])) > 0',
        for: '0m',
        severity: 'warning',
        summary: 'Schema {{ $labels.schema }}: the reconciler re-armed {{ $value }} lost wake-up job(s)',
        runbook: [
          'Redis did not have the wake-up jobs PostgreSQL says it should: after a Redis failover, a restore or an eviction. Nothing is lost (PostgreSQL is the truth), but it should not happen in normal running.',
          'Look: Redis `maxmemory-policy` (must be noeviction), Sentinel failovers, Redis persistence (AOF).',
        ].join('\n'),
      },
      {
        alert: 'DeadlineReconcileFailing',
        expr: 'sum by (schema) (increase(deadlines_reconciled_total{action=~"failed|error"}[15m])) > 0',
        for: '0m',
        severity: 'critical',
        summary: 'Schema {{ $labels.schema }}: the deadline reconciler fails',
        runbook: [
          'The safety net of the deadlines fails: a deadline\'s effect throws (it stays armed and is retried) or the round itself fails.',
          'Look: the service log (`deadline reconcile failed`, `deadline sweep batch failed`), with the deadline id. Do: fix the cause; the next round fires what is due.',
        ].join('\n'),
      },
    ],
  },
  {
    area: 'http',
    title: 'HTTP: errors and latency',
    rules: [
      {
        alert: 'Http5xxRateHigh',
        expr: 'sum by (container) (rate(http_requests_total{status=~"5.."}[5m])) / sum by (container) (rate(http_requests_total[5m])) > 0.02',
        for: '5m',
        severity: 'critical',
        summary: '{{ $labels.container }}: {{ $value | humanizePercentage }} of requests fail with 5xx',
        runbook: [
          'Users (consulenten, scholen) get errors. 503 with a problem+json naming a dependency means PostgreSQL, Redis or RabbitMQ is unreachable.',
          'Look: the service log by route, `/health`, the last rollout (`kubectl rollout history`).',
          'Do: restore the dependency or `kubectl rollout undo` a bad release.',
        ].join('\n'),
      },
      {
        alert: 'HttpLatencyHigh',
        expr: 'histogram_quantile(0.95, sum by (container, le) (rate(http_request_duration_seconds_bucket[5m]))) > 1',
        for: '10m',
        severity: 'warning',
        summary: '{{ $labels.container }}: p95 latency {{ $value | humanizeDuration }}',
        runbook: ['Slow answers. Look: CPU (HPA at max?), PostgreSQL slow queries (pg_stat_statements), `http_request_duration_seconds` by route. Do: scale, or fix the query.'].join('\n'),
      },
    ],
  },
  {
    area: 'health',
    title: 'Instances and their dependencies',
    rules: [
      {
        alert: 'InstanceDown',
        expr: 'up{namespace="pao"} == 0',
        for: '2m',
        severity: 'critical',
        summary: '{{ $labels.pod }} does not answer /metrics',
        runbook: ['An instance is gone or hangs. Look: `kubectl -n pao describe pod`, its log, OOMKilled in the events. Kubernetes restarts it (liveness on the TCP port); the other instance keeps serving.'].join('\n'),
      },
      {
        alert: 'DependencyDown',
        expr: 'min by (container, dependency) (health_dependency_up) == 0',
        for: '2m',
        severity: 'critical',
        summary: '{{ $labels.container }} cannot reach {{ $labels.dependency }}',
        runbook: [
          '/health of the service reports a dependency down; its pods are taken out of the Service (readiness) until it is back.',
          'Look: the operator of that server (CloudNativePG `kubectl cnpg status pao-postgres`, `kubectl get rabbitmqclusters`, `kubectl get redisfailovers`), network policies, the secrets.',
        ].join('\n'),
      },
      {
        alert: 'TooFewInstances',
        expr: 'kube_deployment_status_replicas_available{namespace="pao"} < 2',
        for: '10m',
        severity: 'warning',
        summary: '{{ $labels.deployment }} runs on fewer than two ready instances',
        runbook: ['With one instance, losing a machine stops the service. Look: pending pods (`kubectl get pods`), node capacity, the PodDisruptionBudget during a drain.'].join('\n'),
      },
    ],
  },
  {
    area: 'notificaties',
    title: 'Notifications to gemeenten',
    service: 'notificaties',
    rules: [
      {
        alert: 'GemeenteSubscriptionFailing',
        expr: 'max(notificaties_abonnementen_falend) > 0',
        for: '15m',
        severity: 'critical',
        summary: '{{ $value }} gemeente subscription(s) have had no successful delivery for a day',
        runbook: [
          'A gemeente (leerplicht, jeugdhulp) does not receive our notifications: it does not hear of a thuiszitter or a case it must act on.',
          'Look: the subscription\'s last errors (notificaties service log, `notificaties_pogingen_total` by outcome), the gemeente\'s endpoint and certificate.',
          'Do: contact the gemeente\'s functioneel beheer; deliveries are kept and retried, so once the endpoint is back they arrive.',
        ].join('\n'),
      },
      {
        alert: 'GemeenteDeliveriesFailing',
        expr: 'sum(rate(notificaties_pogingen_total{uitkomst!="bezorgd"}[15m])) > 0.5 * sum(rate(notificaties_pogingen_total[15m]))',
        for: '15m',
        severity: 'warning',
        summary: 'More than half of the delivery attempts to gemeenten fail',
        runbook: ['Look: outcomes in `notificaties_pogingen_total` (http-fout, time-out, netwerkfout, geweigerd); our egress and DNS when it is every gemeente at once.'].join('\n'),
      },
    ],
  },
];

/** The groups of the services in the registry (libs/platform/src/services.ts). */
export function alertGroups(): AlertGroup[] {
  return ALERT_GROUPS.filter((g) => g.service === undefined || serviceNames.includes(g.service as ServiceName));
}

/** Prometheus rule groups (the `groups:` of a rules file and of a PrometheusRule). */
export function ruleGroups(): Array<Record<string, unknown>> {
  return alertGroups().map((g) => ({
    name: `pao-${g.area}`,
    rules: g.rules.map((r) => ({
      alert: r.alert,
      expr: r.expr,
      for: r.for,
      labels: { severity: r.severity, area: g.area },
      annotations: { summary: r.summary, runbook: r.runbook, runbook_url: `${RUNBOOK_BASE}#${r.alert.toLowerCase()}` },
    })),
  }));
}

/** docs/runbooks.md: every alert with its meaning and what to do. */
export function runbooksMarkdown(): string {
  const lines = [
    '<!-- Generated from scripts/monitoring/alerts.ts by `npm run services:generate`; do not edit. -->',
    '# Runbooks',
    '',
    'One section per Prometheus alert (infra/monitoring/alerts.yml, the PrometheusRule in infra/k8s/apps/monitoring.yaml).',
    'The alerts rest on the metrics listed in infra/monitoring/README.md. Personal data is in no metric, log or event: look cases up by id.',
    '',
  ];
  for (const g of alertGroups()) {
    lines.push(`## ${g.title}`, '');
    for (const r of g.rules) {
      lines.push(`### ${r.alert}`, '', `**${r.severity}**, when \`${r.expr}\` holds for ${r.for}.`, '', ...r.runbook.split('\n').flatMap((p) => [p, '']));
    }
  }
  return lines.join('\n');
}
