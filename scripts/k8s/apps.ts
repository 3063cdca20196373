import { SERVICES, forwardedServices, serviceUrlSetting, type ServiceEntry } from '@pao/platform';
import { consumerQueueNames } from '@pao/messaging';
import { APP_IMAGE, CONTAINER_PORT, GATEWAY_OPS_PORT, INGRESS_HOST, K8sObject, PART_OF, POSTGRES_APP_SECRET, RABBIT_USER_SECRET, REDIS_MASTER_SERVICE, SECRETS, labels } from './common';

/**
 * One Deployment, Service, PodDisruptionBudget and HorizontalPodAutoscaler per service in
 * the registry (libs/platform/src/services.ts): a new service appears here by its line there.
 */

/** Sizing of one instance; docs/capacity.md says where the figures come from. */
export const INSTANCE = { cpuRequest: '250m', memoryRequest: '256Mi', memoryLimit: '512Mi', minReplicas: 2, maxReplicas: 10 } as const;
/** Scale out when more than this many events wait per instance on its queue. */
export const QUEUE_DEPTH_PER_INSTANCE = 200;

function env(s: ServiceEntry): Array<Record<string, unknown>> {
  const fromSecret = (name: string, secret: string, key: string) => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
  const vars: Array<Record<string, unknown>> = [
    { name: 'NODE_ENV', value: 'production' },
    { name: 'HTTP_HOST', value: '0.0.0.0' },
    { name: 'HTTP_PORT', value: String(CONTAINER_PORT) },
    // CloudNativePG writes the application user's connection URI into <cluster>-app.
    fromSecret('DATABASE_URL', POSTGRES_APP_SECRET, 'uri'),
    // The operator's Redis master Service follows Sentinel's failover.
    { name: 'REDIS_URL', value: `redis://${REDIS_MASTER_SERVICE}:6379` },
    // The RabbitMQ Cluster Operator's default user; $(VAR) is expanded by Kubernetes.
    fromSecret('RABBITMQ_USERNAME', RABBIT_USER_SECRET, 'username'),
    fromSecret('RABBITMQ_PASSWORD', RABBIT_USER_SECRET, 'password'),
    { name: 'AMQP_URL', value: 'amqp://$(RABBITMQ_USERNAME):$(RABBITMQ_PASSWORD)@pao-rabbitmq:5672/%2F' },
  ];
  if (s.name === 'gateway') {
    vars.push({ name: 'OPS_HTTP_PORT', value: String(GATEWAY_OPS_PORT) });
    for (const f of forwardedServices()) vars.push({ name: serviceUrlSetting(f.name), value: `http://${f.name}` });
  }
  return vars;
}

function deployment(s: ServiceEntry): K8sObject {
  const ports = [{ name: 'http', containerPort: CONTAINER_PORT }];
  // The gateway serves /metrics and /docs on a port of its own, not the public one.
  if (s.name === 'gateway') ports.push({ name: 'ops', containerPort: GATEWAY_OPS_PORT });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: s.name, labels: labels(s.name) },
    spec: {
      replicas: INSTANCE.minReplicas,
      revisionHistoryLimit: 5,
      selector: { matchLabels: { 'app.kubernetes.io/name': s.name } },
      // Never fewer ready instances than asked for during a rollout.
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(s.name) },
        spec: {
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          // Instances on different machines and zones: losing one machine leaves the others.
          topologySpreadConstraints: [
            { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { 'app.kubernetes.io/name': s.name } } },
            { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { 'app.kubernetes.io/name': s.name } } },
          ],
          containers: [
            {
              name: s.name,
              image: APP_IMAGE,
              command: ['node', `dist/apps/${s.name}/src/main.js`],
              ports,
              env: env(s),
              envFrom: [{ secretRef: { name: SECRETS } }],
              resources: { requests: { cpu: INSTANCE.cpuRequest, memory: INSTANCE.memoryRequest }, limits: { memory: INSTANCE.memoryLimit } },
              // Ready = PostgreSQL, Redis and RabbitMQ answer (/health checks them for real).
              readinessProbe: { httpGet: { path: '/health', port: 'http' }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
              // Alive = the process accepts connections; not /health, or a Redis outage would restart every pod.
              livenessProbe: { tcpSocket: { port: 'http' }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 6 },
              startupProbe: { tcpSocket: { port: 'http' }, periodSeconds: 2, failureThreshold: 60 },
              // Let the Service drop this pod before it stops taking requests.
              lifecycle: { preStop: { sleep: { seconds: 5 } } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }],
        },
      },
    },
  };
}

function service(s: ServiceEntry): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: s.name, labels: labels(s.name) },
    spec: { selector: { 'app.kubernetes.io/name': s.name }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
  };
}

function disruptionBudget(s: ServiceEntry): K8sObject {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: s.name, labels: labels(s.name) },
    spec: { minAvailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': s.name } } },
  };
}

function autoscaler(s: ServiceEntry): K8sObject {
  const metrics: Array<Record<string, unknown>> = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }];
  if (s.messaging) {
    // Queue depth from the RabbitMQ Prometheus plugin, served to the HPA by prometheus-adapter
    // (or KEDA) as an external metric; infra/k8s/README.md shows the adapter rule.
    metrics.push({
      type: 'External',
      external: {
        metric: { name: 'rabbitmq_queue_messages_ready', selector: { matchLabels: { queue: consumerQueueNames(s.name).main } } },
        target: { type: 'AverageValue', averageValue: String(QUEUE_DEPTH_PER_INSTANCE) },
      },
    });
  }
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: s.name, labels: labels(s.name) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: s.name },
      minReplicas: INSTANCE.minReplicas,
      maxReplicas: INSTANCE.maxReplicas,
      metrics,
      // Scale in slowly: a burst (1 October, the March aanmelding) comes in waves.
      behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
    },
  };
}

/** The objects of one service, in apply order. */
export function serviceObjects(s: ServiceEntry): K8sObject[] {
  return [deployment(s), service(s), disruptionBudget(s), autoscaler(s)];
}

/** The gateway behind an Ingress with TLS (cert-manager issues the certificate). */
export function ingress(): K8sObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: 'gateway',
      labels: labels('gateway'),
      annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt', 'nginx.ingress.kubernetes.io/ssl-redirect': 'true', 'nginx.ingress.kubernetes.io/proxy-body-size': '10m' },
    },
    spec: {
      ingressClassName: 'nginx',
      tls: [{ hosts: [INGRESS_HOST], secretName: 'gateway-tls' }],
      rules: [{ host: INGRESS_HOST, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'gateway', port: { name: 'http' } } } }] } }],
    },
  };
}

/** Prometheus Operator scrape targets: /metrics on the services' port, the gateway's on its ops port. */
export function podMonitors(): K8sObject[] {
  const monitor = (name: string, names: string[], port: string): K8sObject => ({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PodMonitor',
    metadata: { name, labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: {
      selector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: names }] },
      podMetricsEndpoints: [{ port, path: '/metrics', interval: '30s' }],
    },
  });
  const services = SERVICES.filter((s) => s.name !== 'gateway').map((s) => s.name);
  return [monitor('pao-services', services, 'http'), monitor('pao-gateway', ['gateway'], 'ops')];
}

/** The migrations of every schema, as a Job that runs (and must complete) before the apps roll out. */
export function migrateJob(): K8sObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'migrate', labels: labels('migrate'), annotations: { 'argocd.argoproj.io/hook': 'PreSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' } },
    spec: {
      backoffLimit: 3,
      ttlSecondsAfterFinished: 86400,
      template: {
        metadata: { labels: labels('migrate') },
        spec: {
          restartPolicy: 'Never',
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'migrate',
              image: APP_IMAGE,
              command: ['node', 'dist/scripts/migrate.js'],
              env: [{ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: POSTGRES_APP_SECRET, key: 'uri' } } }],
              resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
            },
          ],
        },
      },
    },
  };
}
