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
 * Slows password guessing (OWASP Authentication Cheat Sheet): sign-in attempts are counted per
 * account and address, and per address alone, before the password is checked; past the limit the
 * pair (or the address) waits. A success clears its account's count. Counters live in Redis so every API process shares them; while
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

  /**
   * Takes this attempt's point before the password is checked, atomically in the store: a burst of
   * guesses sent at once checks no more passwords than the limit, whatever their order. Refuses when
   * the account (from this address) or the address must wait.
   */
  async begin(email: string, address: string): Promise<void> {
    const taken = await Promise.allSettled([
      this.perAccount.consume(this.accountKey(email, address)),
      this.perAddress.consume(address),
    ]);
    const waits = taken
      .filter((t): t is PromiseRejectedResult => t.status === 'rejected')
      .map((t) => (t.reason instanceof RateLimiterRes ? t.reason.msBeforeNext : null))
      .filter((ms): ms is number => ms !== null);
    if (waits.length === 0) return;
    const minutes = Math.max(1, Math.ceil(Math.max(...waits) / 60_000));
    throw new ThrottledLoginError(minutes);
  }

  /** A right password clears the account's count and gives the address its point back. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.allSettled([
      this.perAccount.delete(this.accountKey(email, address)),
      this.perAddress.reward(address, 1),
    ]);
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  private accountKey(email: string, address: string): string {
    return `${email.trim().toLowerCase()}|${address}`;
  }
}

/** Still UNAUTHENTICATED (API.md's code for a refused sign-in), with when to try again. */
export class ThrottledLoginError extends UnauthenticatedError {
  constructor(minutes: number) {
    super(`Too many failed sign-ins. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`);
    Object.assign(this.extensions, { retryAfterSeconds: minutes * 60 });
  }
}
