import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, InjectConfig, UnauthenticatedError } from '@parley/platform';
import Redis from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

/** Failed sign-ins from one address to all accounts before that address waits an hour. */
const ADDRESS_FAILURES_PER_HOUR = 200;

/**
 * Slows password guessing (OWASP Authentication Cheat Sheet): failed sign-ins are counted per
 * account and address, and per address alone; past the limit the pair (or the address) waits. A
 * success clears its account's count. Counters live in Redis so every API process shares them; while
 * Redis is away, or when queues run on PostgreSQL, each process counts in memory.
 */
@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  private readonly redis: Redis | null;
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(@InjectConfig() config: AppConfig) {
    const lockSeconds = config.login.lockMinutes * 60;
    this.redis =
      config.queues.backend === 'redis'
        ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }).on(
            'error',
            () => undefined,
          )
        : null;
    const limiter = (keyPrefix: string, points: number, duration: number) => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration, blockDuration: duration });
      return this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            useRedisPackage: false,
            keyPrefix: `${config.queuePrefix}:${keyPrefix}`,
            points,
            duration,
            blockDuration: duration,
            insuranceLimiter: memory,
          })
        : memory;
    };
    this.perAccount = limiter('login-account', config.login.maxFailures, lockSeconds);
    this.perAddress = limiter('login-address', ADDRESS_FAILURES_PER_HOUR, 3600);
  }

  /** Refuses before the password is even checked when this account or address must wait. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, everyone] = await Promise.all([
      this.perAccount.get(this.accountKey(email, address)),
      this.perAddress.get(address),
    ]);
    const waits = [
      blockedFor(account, this.perAccount.points),
      blockedFor(everyone, this.perAddress.points),
    ].filter((ms): ms is number => ms !== null);
    if (waits.length === 0) return;
    const minutes = Math.max(1, Math.ceil(Math.max(...waits) / 60_000));
    throw new ThrottledLoginError(minutes);
  }

  async failed(email: string, address: string): Promise<void> {
    // consume() rejects once over the limit; the rejection is the block, nothing to handle.
    await Promise.allSettled([
      this.perAccount.consume(this.accountKey(email, address)),
      this.perAddress.consume(address),
    ]);
  }

  async succeeded(email: string, address: string): Promise<void> {
    await this.perAccount.delete(this.accountKey(email, address)).catch(() => undefined);
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  private accountKey(email: string, address: string): string {
    return `${email.trim().toLowerCase()}|${address}`;
  }
}

function blockedFor(state: RateLimiterRes | null, points: number): number | null {
  return state && state.consumedPoints > points - 1 && state.msBeforeNext > 0 ? state.msBeforeNext : null;
}

/** Still UNAUTHENTICATED (API.md's code for a refused sign-in), with when to try again. */
export class ThrottledLoginError extends UnauthenticatedError {
  constructor(minutes: number) {
    super(`Too many failed sign-ins. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`);
    Object.assign(this.extensions, { retryAfterSeconds: minutes * 60 });
  }
}
