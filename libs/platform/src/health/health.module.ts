import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { HealthController } from './health.controller';
import { HEALTH_REDIS } from './health.tokens';

/** GET /health: 200 when PostgreSQL and Redis (when queues use it) answer, 503 otherwise. */
@Module({
  controllers: [HealthController],
  providers: [
    {
      provide: HEALTH_REDIS,
      inject: [APP_CONFIG],
      // Fail fast while Redis is away rather than queueing pings until it returns.
      useFactory: (config: AppConfig) =>
        // Queues on PostgreSQL: no Redis to ask.
        config.queues.backend === 'postgres'
          ? null
          : new Redis(config.redisUrl, {
              enableOfflineQueue: false,
              maxRetriesPerRequest: 1,
              retryStrategy: (times) => Math.min(times * 200, 2000),
            }).on('error', () => undefined),
    },
  ],
})
export class HealthModule implements OnApplicationShutdown {
  constructor(@Inject(HEALTH_REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
  }
}
