import { z } from 'zod';

/**
 * The operators' resources we use, as strict schemas of the fields we set (types and allowed
 * values as the operators document them: RabbitMQ Cluster Operator rabbitmq.com/v1beta1,
 * CloudNativePG postgresql.cnpg.io/v1, spotahome redis-operator databases.spotahome.com/v1).
 * Written by hand: the upstream CRD files are not vendored in this repository. Strict, so a
 * misspelt or misplaced field fails here instead of being dropped by the API server.
 */
const quantity = z.string().regex(/^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti)?$/);
const resources = z.strictObject({
  requests: z.strictObject({ cpu: quantity.optional(), memory: quantity.optional() }),
  limits: z.strictObject({ cpu: quantity.optional(), memory: quantity.optional() }).optional(),
});
const metadata = z.strictObject({ name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/), labels: z.record(z.string(), z.string()).optional() });
const secretKey = z.strictObject({ name: z.string().min(1), key: z.string().min(1) });

export const rabbitmqCluster = z.strictObject({
  apiVersion: z.literal('rabbitmq.com/v1beta1'),
  kind: z.literal('RabbitmqCluster'),
  metadata,
  spec: z.strictObject({
    // Quorum queues need an odd number of nodes, three or more, to survive losing one.
    replicas: z.number().int().min(3).refine((n) => n % 2 === 1, 'an odd number of nodes'),
    image: z.string().regex(/^rabbitmq:3\.(1[0-9])/),
    resources,
    persistence: z.strictObject({ storage: quantity, storageClassName: z.string().optional() }),
    rabbitmq: z.strictObject({ additionalPlugins: z.array(z.string().regex(/^rabbitmq_[a-z_]+$/)), additionalConfig: z.string() }),
  }),
});

export const postgresCluster = z.strictObject({
  apiVersion: z.literal('postgresql.cnpg.io/v1'),
  kind: z.literal('Cluster'),
  metadata,
  spec: z.strictObject({
    instances: z.number().int().min(2),
    imageName: z.string().regex(/postgresql:15/),
    primaryUpdateStrategy: z.enum(['unsupervised', 'supervised']),
    minSyncReplicas: z.number().int().min(0),
    maxSyncReplicas: z.number().int().min(0),
    postgresql: z.strictObject({ parameters: z.record(z.string(), z.string()) }),
    bootstrap: z.strictObject({ initdb: z.strictObject({ database: z.string(), owner: z.string() }) }),
    storage: z.strictObject({ size: quantity }),
    walStorage: z.strictObject({ size: quantity }),
    resources,
    monitoring: z.strictObject({ enablePodMonitor: z.boolean() }),
    backup: z.strictObject({
      retentionPolicy: z.string().regex(/^[1-9][0-9]*[dwm]$/),
      barmanObjectStore: z.strictObject({
        destinationPath: z.string().regex(/^s3:\/\//),
        s3Credentials: z.strictObject({ accessKeyId: secretKey, secretAccessKey: secretKey }),
        wal: z.strictObject({ compression: z.enum(['gzip', 'bzip2', 'snappy']), maxParallel: z.number().int().positive() }),
        data: z.strictObject({ compression: z.enum(['gzip', 'bzip2', 'snappy']) }),
      }),
    }),
  }),
});

export const scheduledBackup = z.strictObject({
  apiVersion: z.literal('postgresql.cnpg.io/v1'),
  kind: z.literal('ScheduledBackup'),
  metadata,
  spec: z.strictObject({
    // CloudNativePG's cron has six fields, seconds first.
    schedule: z.string().refine((s) => s.trim().split(/\s+/).length === 6, 'six cron fields (seconds first)'),
    backupOwnerReference: z.enum(['none', 'self', 'cluster']),
    cluster: z.strictObject({ name: z.string() }),
  }),
});

export const redisFailover = z.strictObject({
  apiVersion: z.literal('databases.spotahome.com/v1'),
  kind: z.literal('RedisFailover'),
  metadata,
  spec: z.strictObject({
    sentinel: z.strictObject({ replicas: z.number().int().min(3), resources, customConfig: z.array(z.string()) }),
    redis: z.strictObject({
      replicas: z.number().int().min(2),
      resources,
      customConfig: z.array(z.string()),
      storage: z.strictObject({
        keepAfterDeletion: z.boolean(),
        persistentVolumeClaim: z.strictObject({
          metadata: z.strictObject({ name: z.string() }),
          spec: z.strictObject({ accessModes: z.array(z.enum(['ReadWriteOnce', 'ReadWriteMany'])), resources: z.strictObject({ requests: z.strictObject({ storage: quantity }) }) }),
        }),
      }),
    }),
  }),
});

/** Schema per `apiVersion kind`. */
export const operatorSchemas: Record<string, z.ZodType> = {
  'rabbitmq.com/v1beta1 RabbitmqCluster': rabbitmqCluster,
  'postgresql.cnpg.io/v1 Cluster': postgresCluster,
  'postgresql.cnpg.io/v1 ScheduledBackup': scheduledBackup,
  'databases.spotahome.com/v1 RedisFailover': redisFailover,
};
