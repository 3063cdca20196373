import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, RedisConnection } from '@pao/platform';
import type { GatewayConfig } from '../gateway.config';

/** One sign-in attempt: the name typed (whether or not it exists), where from, and the device if known. */
export interface LoginAttempt {
  gebruikersnaam: string;
  address: string;
  /** Id of a device this account signed in from before (device cookie), if any. */
  device?: string;
}

interface Policy {
  /** Failures that cost nothing. */
  free: number;
  /** Longest wait after the last failure. */
  maxDelaySeconds: number;
}

interface Bucket {
  key: string;
  policy: Policy;
}

/** Failures are forgotten this long after the last one. */
const MEMORY_SECONDS = 15 * 60;

/** Wait after the n-th failure: none for the free ones, then 1, 2, 4 … s up to the cap. */
export function delaySeconds(failures: number, policy: Policy): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxDelaySeconds, 2 ** Math.min(failures - policy.free, 30));
}

/**
 * Slows down password guessing without letting strangers lock anyone out (issue 10).
 * Only failures count, in Redis (shared by every gateway instance), in buckets:
 *
 * - the account from this device (a device cookie from an earlier sign-in), or else
 *   from this address: progressive, up to LOGIN_MAX_DELAY_SECONDS;
 * - the account from all unknown devices together (guessing from many addresses):
 *   progressive but capped low, and not applied to a known device, so the owner signs
 *   in at once from their own browser and within seconds from a new one;
 * - the address for all accounts (trying many names): a wider allowance.
 *
 * A refused attempt (still waiting) is not counted: hammering does not extend anyone's
 * wait. The buckets are keyed by the name as typed, so an unknown name behaves exactly
 * like a known one.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: Policy;
  private readonly perAccountUnknownDevices: Policy;
  private readonly perAddress: Policy;

  constructor(private readonly redis: RedisConnection, @Inject(APP_CONFIG) private readonly config: GatewayConfig) {
    this.perAccount = { free: config.LOGIN_FREE_FAILURES, maxDelaySeconds: config.LOGIN_MAX_DELAY_SECONDS };
    this.perAccountUnknownDevices = { free: 2 * config.LOGIN_FREE_FAILURES, maxDelaySeconds: Math.min(15, config.LOGIN_MAX_DELAY_SECONDS) };
    this.perAddress = { free: 10 * config.LOGIN_FREE_FAILURES, maxDelaySeconds: config.LOGIN_MAX_DELAY_SECONDS };
  }

  private buckets(a: LoginAttempt): Bucket[] {
    const prefix = `${this.config.REDIS_PREFIX}:login`;
    const user = encodeURIComponent(a.gebruikersnaam.toLowerCase());
    const address = encodeURIComponent(a.address);
    const buckets: Bucket[] = [{ key: `${prefix}:address:${address}`, policy: this.perAddress }];
    if (a.device) buckets.push({ key: `${prefix}:user:${user}:device:${a.device}`, policy: this.perAccount });
    else buckets.push({ key: `${prefix}:user:${user}:address:${address}`, policy: this.perAccount }, { key: `${prefix}:user:${user}:unknown-devices`, policy: this.perAccountUnknownDevices });
    return buckets;
  }

  /** Seconds this attempt must still wait (0: it may try). */
  async waitSeconds(a: LoginAttempt, now = Date.now()): Promise<number> {
    const buckets = this.buckets(a);
    const tx = this.redis.client.multi();
    for (const b of buckets) tx.hmget(b.key, 'n', 'last');
    const results = (await tx.exec()) ?? [];
    let wait = 0;
    buckets.forEach((b, i) => {
      const [n, last] = ((results[i]?.[1] as Array<string | null>) ?? []).map(Number);
      if (!n || !last) return;
      wait = Math.max(wait, last + delaySeconds(n, b.policy) * 1000 - now);
    });
    return Math.ceil(wait / 1000);
  }

  /** Counts a failure in every bucket; returns the highest count of this account's buckets (for the audit). */
  async failed(a: LoginAttempt, now = Date.now()): Promise<number> {
    const buckets = this.buckets(a);
    const tx = this.redis.client.multi();
    for (const b of buckets) tx.hincrby(b.key, 'n', 1).hset(b.key, 'last', now).expire(b.key, MEMORY_SECONDS);
    const results = (await tx.exec()) ?? [];
    return Math.max(0, ...buckets.map((b, i) => (b.policy === this.perAddress ? 0 : Number(results[i * 3]?.[1] ?? 0))));
  }

  /** A correct password: this account's failures from this device or address are forgiven. */
  async succeeded(a: LoginAttempt): Promise<void> {
    const own = this.buckets(a).filter((b) => b.policy === this.perAccount);
    await this.redis.client.del(...own.map((b) => b.key));
  }
}
