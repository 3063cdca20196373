import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { localServers } from '../../../testing/src/local-servers';
import { deleteRedisPrefixAt } from './testing';

it('deletes the keys under a prefix on a connection of its own, and no others', async () => {
  const prefix = `test-dlprefix-${process.pid}-${randomBytes(3).toString('hex')}`;
  const redis = new Redis(localServers.redisUrl);
  try {
    await redis.mset(`${prefix}:a`, '1', `${prefix}:q:b`, '2', `${prefix}-buur:c`, '3');
    expect(await deleteRedisPrefixAt(localServers.redisUrl, prefix)).toBe(2);
    expect(await redis.keys(`${prefix}*`)).toEqual([`${prefix}-buur:c`]);
    await expect(deleteRedisPrefixAt(localServers.redisUrl, '*')).rejects.toThrow(/plain prefix/);
  } finally {
    await redis.del(`${prefix}-buur:c`);
    await redis.quit();
  }
});
