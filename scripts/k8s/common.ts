/** A Kubernetes object as written to infra/k8s (plain data; the tests validate it against the schemas). */
export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly labels?: Record<string, string>; readonly annotations?: Record<string, string> };
  readonly [field: string]: unknown;
}

export const NAMESPACE = 'pao';
export const PART_OF = 'passend-onderwijs';
/** One image for every app (infra/docker/Dockerfile); kustomize's `images:` sets registry and tag. */
export const APP_IMAGE = 'pao-app';
export const CONTAINER_PORT = 4100;
export const GATEWAY_OPS_PORT = 4190;
/** Replaced per environment (an overlay or `kustomize edit`); the TLS certificate follows it. */
export const INGRESS_HOST = 'pao.example.nl';

export const POSTGRES_CLUSTER = 'pao-postgres';
/** CloudNativePG's secret of the application user (keys username, password, uri, …). */
export const POSTGRES_APP_SECRET = `${POSTGRES_CLUSTER}-app`;
export const RABBIT_CLUSTER = 'pao-rabbitmq';
/** The RabbitMQ Cluster Operator's secret of the default user (keys username, password, …). */
export const RABBIT_USER_SECRET = `${RABBIT_CLUSTER}-default-user`;
export const REDIS_FAILOVER = 'pao-redis';
/** The Redis operator's Service in front of the current master (moves with a Sentinel failover). */
export const REDIS_MASTER_SERVICE = `rfrm-${REDIS_FAILOVER}`;
/** The apps' secrets (INTERNAL_AUTH_SECRET, PUPIL_NUMBER_*_KEYS, OIDC_CLIENT_SECRET): made by the operator of the cluster, never committed. */
export const SECRETS = 'pao-secrets';
/** Object storage credentials for PostgreSQL's WAL archive and base backups. */
export const BACKUP_SECRET = 'pao-backup-s3';

export function labels(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': PART_OF };
}
