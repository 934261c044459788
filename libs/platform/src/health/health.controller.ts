import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access.decorator';
import { HEALTH_REDIS } from './health.tokens';

type Status = 'up' | 'down';

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(HEALTH_REDIS) private readonly redis: Redis | null,
  ) {}

  @Get()
  @Access.public()
  async check(@Res() reply: FastifyReply): Promise<void> {
    const redis = this.redis;
    const [database, queues] = await Promise.all([
      this.probe(() => this.dataSource.query('SELECT 1')),
      redis ? this.probe(() => redis.ping()) : null,
    ]);
    const up = database === 'up' && queues !== 'down';
    await reply.code(up ? 200 : 503).send({
      status: up ? 'ok' : 'unavailable',
      database,
      // With queues on PostgreSQL the database answer covers them.
      ...(queues ? { redis: queues } : { queues: 'postgres' }),
    });
  }

  private async probe(check: () => Promise<unknown>): Promise<Status> {
    try {
      await withTimeout(check(), 2000);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
