import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { jobDefinition } from './job-definition';
import { OUTBOX_CHANNEL } from './outbox';
import { QueueName } from './queue-names';
import { QueuesService } from './queues.service';

const BATCH = 100;
const POLL_MS = 1000;

interface PendingMessage {
  id: string;
  queue: QueueName;
  name: string;
  payload: Record<string, unknown>;
}

/**
 * Moves committed outbox messages to BullMQ, using the message id as the job id so a message relayed
 * twice (a crash between adding and marking) is still one job. Woken by NOTIFY, with a poll as the
 * safety net; while Redis is away the messages simply wait.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly queues: QueuesService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(OutboxRelay.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.kick();
  }

  /** Finishes the batch in hand (its transaction commits or rolls back whole) while the database is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** Relays everything pending; concurrent kicks fold into one more pass. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.rerun) {
        this.rerun = false;
        this.kick();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayBatch()) === BATCH);
    } catch (err) {
      this.logger.warn({ err }, 'Outbox relay paused; messages stay in the outbox until the next attempt');
    }
  }

  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingMessage[] = await manager.query(
        `SELECT id, queue, name, payload FROM outbox_messages
          WHERE relayed_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, PendingMessage[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [queue, messages] of byQueue) {
        await this.queues.get(queue).addBulk(
          messages.map((m) => ({
            name: m.name,
            data: m.payload,
            opts: { ...jobDefinition(m.name)?.options, jobId: m.id },
          })),
        );
      }
      await manager.query('UPDATE outbox_messages SET relayed_at = now() WHERE id = ANY($1::uuid[])', [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.config.databaseUrl,
      application_name: 'parley-outbox',
    });
    client.on('notification', () => this.kick());
    client.on('error', (err) => {
      // The poll keeps relaying; reconnect the listener for prompt delivery.
      this.logger.warn({ err }, 'Outbox listener lost its connection');
      this.listener = null;
      if (!this.stopped) setTimeout(() => this.listen().catch(() => undefined), POLL_MS).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.listener = client;
  }
}
