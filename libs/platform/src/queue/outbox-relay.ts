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

// A wake-up relays what is pending in batches this large: one round trip to PostgreSQL and one to
// Redis for each, however many messages committed meanwhile.
const BATCH = 500;
const POLL_MS = 1000;
// Each committed message sends a NOTIFY: at a few hundred a second, relaying on each one made a
// transaction and a Redis call per message or two. Waiting this long after a wake-up gathers the
// messages committing beside it into one batch, for a few milliseconds of latency.
const GATHER_MS = 5;

interface PendingMessage {
  id: string;
  queue: QueueName;
  name: string;
  payload: Record<string, unknown>;
  seq: number;
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
  private woken: NodeJS.Timeout | null = null;
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
    if (this.woken) clearTimeout(this.woken);
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

  /** A NOTIFY: relay shortly, with whatever else commits meanwhile. */
  private wake(): void {
    if (this.woken || this.stopped) return;
    this.woken = setTimeout(() => {
      this.woken = null;
      this.kick();
    }, GATHER_MS);
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
      // Taken and marked in one statement; the mark commits only once BullMQ has the jobs, so a Redis
      // failure rolls it back, and a crash in between relays them again under the same job ids.
      // SKIP LOCKED lets several workers relay side by side, each its own rows.
      const [rows]: [PendingMessage[], number] = await manager.query(
        `UPDATE outbox_messages o SET relayed_at = now()
           FROM (SELECT id FROM outbox_messages WHERE relayed_at IS NULL
                 ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED) pending
          WHERE o.id = pending.id
          RETURNING o.id, o.queue, o.name, o.payload, o.seq`,
        [BATCH],
      );
      if (rows.length === 0) return 0;
      rows.sort((a, b) => a.seq - b.seq);
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
      return rows.length;
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.config.databaseUrl,
      application_name: 'parley-outbox',
    });
    client.on('notification', () => this.wake());
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
