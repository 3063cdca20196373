import { Redis } from 'ioredis';

/**
 * Deletes every key under a BullMQ prefix (`<prefix>:*`) with SCAN + UNLINK: what "Redis
 * lost our data" looks like to one service, without FLUSHALL on a server others share.
 * Returns the number of keys deleted.
 */
export async function deleteRedisPrefix(redis: Redis, prefix: string): Promise<number> {
  if (!prefix || prefix.includes('*')) throw new Error('refusing to delete without a plain prefix');
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}

/** deleteRedisPrefix on a connection of its own, for a test file's clean-up. */
export async function deleteRedisPrefixAt(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url);
  try {
    return await deleteRedisPrefix(redis, prefix);
  } finally {
    redis.disconnect();
  }
}
