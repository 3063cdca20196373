import { BACKUP_SECRET, K8sObject, POSTGRES_CLUSTER, RABBIT_CLUSTER, REDIS_FAILOVER, labels } from './common';

/**
 * The servers, each through its established operator (docs/adr/0030): the operator runs
 * failover, upgrades and backups; these objects only say what we need.
 */

/** RabbitMQ Cluster Operator: three nodes; our queues are quorum queues (libs/messaging/src/topology.ts). */
export function rabbitmqCluster(): K8sObject {
  return {
    apiVersion: 'rabbitmq.com/v1beta1',
    kind: 'RabbitmqCluster',
    metadata: { name: RABBIT_CLUSTER, labels: labels(RABBIT_CLUSTER) },
    spec: {
      replicas: 3,
      image: 'rabbitmq:3.13-management',
      resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '2Gi' } },
      persistence: { storage: '20Gi' },
      rabbitmq: {
        additionalPlugins: ['rabbitmq_prometheus'],
        additionalConfig: [
          // Quorum queues need a majority; a minority partition stops rather than diverges.
          'cluster_partition_handling = pause_minority',
          'queue_leader_locator = balanced',
          // Publisher confirms wait for disk: a disk alarm must stop publishers early.
          'disk_free_limit.absolute = 2GB',
          'vm_memory_high_watermark.relative = 0.6',
          // Queue depth per queue (parking, HPA on queue depth) in the Prometheus plugin's /metrics.
          'prometheus.return_per_object_metrics = true',
        ].join('\n'),
      },
    },
  };
}

/** CloudNativePG: a primary and two replicas, WAL archived continuously, a base backup every night. */
export function postgresCluster(): K8sObject {
  const s3 = (key: string) => ({ name: BACKUP_SECRET, key });
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: POSTGRES_CLUSTER, labels: labels(POSTGRES_CLUSTER) },
    spec: {
      instances: 3,
      imageName: 'ghcr.io/cloudnative-pg/postgresql:15',
      primaryUpdateStrategy: 'unsupervised',
      // A commit is acknowledged once a replica has it: a lost primary loses no committed event.
      minSyncReplicas: 1,
      maxSyncReplicas: 1,
      postgresql: { parameters: { max_connections: '400', shared_buffers: '1GB', 'pg_stat_statements.max': '10000' } },
      bootstrap: { initdb: { database: 'pao', owner: 'pao' } },
      storage: { size: '50Gi' },
      walStorage: { size: '20Gi' },
      resources: { requests: { cpu: '2', memory: '4Gi' }, limits: { memory: '4Gi' } },
      monitoring: { enablePodMonitor: true },
      backup: {
        retentionPolicy: '30d',
        barmanObjectStore: {
          destinationPath: 's3://pao-backups/postgres',
          s3Credentials: { accessKeyId: s3('ACCESS_KEY_ID'), secretAccessKey: s3('ACCESS_SECRET_KEY') },
          wal: { compression: 'gzip', maxParallel: 4 },
          data: { compression: 'gzip' },
        },
      },
    },
  };
}

/** A base backup every night at 02:00 (six-field cron: seconds first); WAL in between comes from the archive. */
export function postgresScheduledBackup(): K8sObject {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'ScheduledBackup',
    metadata: { name: `${POSTGRES_CLUSTER}-nightly`, labels: labels(POSTGRES_CLUSTER) },
    spec: { schedule: '0 0 2 * * *', backupOwnerReference: 'self', cluster: { name: POSTGRES_CLUSTER } },
  };
}

/** Redis with Sentinel (spotahome redis-operator): three Redis, three Sentinels, with the settings BullMQ needs. */
export function redisFailover(): K8sObject {
  return {
    apiVersion: 'databases.spotahome.com/v1',
    kind: 'RedisFailover',
    metadata: { name: REDIS_FAILOVER, labels: labels(REDIS_FAILOVER) },
    spec: {
      sentinel: {
        replicas: 3,
        resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '128Mi' } },
        customConfig: ['down-after-milliseconds 5000', 'failover-timeout 20000'],
      },
      redis: {
        replicas: 3,
        resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '1Gi' } },
        // BullMQ: a queue must never evict keys; AOF so a restart keeps the delayed jobs.
        customConfig: ['maxmemory 768mb', 'maxmemory-policy noeviction', 'appendonly yes', 'appendfsync everysec'],
        storage: {
          keepAfterDeletion: true,
          persistentVolumeClaim: {
            metadata: { name: `${REDIS_FAILOVER}-data` },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
          },
        },
      },
    },
  };
}

export function serverObjects(): K8sObject[] {
  return [postgresCluster(), postgresScheduledBackup(), rabbitmqCluster(), redisFailover()];
}
