import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process; libraries add their own metrics to it. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request duration by method, route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

export const httpRequestsTotal = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests by method, route and status',
  labelNames: ['method', 'route', 'status'],
  registers: [metricsRegistry],
});

/** What the last /health call found per dependency (readiness probes call it every few seconds). */
export const healthDependencyUp = new Gauge({
  name: 'health_dependency_up',
  help: 'Whether the last /health check reached the dependency (postgres, redis, rabbitmq, messaging …): 1 up, 0 down',
  labelNames: ['dependency'],
  registers: [metricsRegistry],
});
