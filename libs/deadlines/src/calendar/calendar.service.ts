import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseDirectory, CaseFacts } from '@parley/cases';
import { visibleTo } from '@parley/access';
import { Actor, AppConfig, Grant, hashSecret, InjectConfig, newSecret, SystemRole } from '@parley/platform';
import { DataSource, In, IsNull } from 'typeorm';
import { DeadlineSubject } from '../deadline-capabilities';
import { DeadlineEntity } from '../deadline.entity';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { CalendarFeedModel } from './calendar-feed.model';
import { icsCalendar } from './ics-calendar';

const PREFIX = 'cal_';

/**
 * Per-user secret ICS feeds of deadlines, for the calendars people already use. A feed lists the
 * deadlines of the cases the user represents a party in, and nothing else.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly directory: CaseDirectory,
  ) {}

  async create(actor: Actor): Promise<CalendarFeedModel> {
    const token = newSecret(PREFIX);
    const repository = this.dataSource.getRepository(CalendarFeedEntity);
    const feed = await repository.save(
      repository.create({ userId: actor.userId, tokenHash: hashSecret(token) }),
    );
    return {
      id: feed.id,
      url: `${this.config.publicUrl}/calendar/${token}.ics`,
      createdAt: feed.createdAt,
      revokedAt: null,
    };
  }

  async list(actor: Actor): Promise<CalendarFeedModel[]> {
    const feeds = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .find({ where: { userId: actor.userId }, order: { createdAt: 'ASC' } });
    return feeds.map((f) => ({ id: f.id, url: null, createdAt: f.createdAt, revokedAt: f.revokedAt }));
  }

  /** grant: calendar-feed.revoke, its owner's. */
  async revoke(grant: Grant): Promise<CalendarFeedModel> {
    const repository = this.dataSource.getRepository(CalendarFeedEntity);
    const feed = await repository.findOneByOrFail({ id: grant.subject.id });
    feed.revokedAt ??= new Date();
    await repository.save(feed);
    return { id: feed.id, url: null, createdAt: feed.createdAt, revokedAt: feed.revokedAt };
  }

  /** The feed's ICS text, or null for a token that is unknown or revoked. */
  async ics(token: string): Promise<string | null> {
    if (!token.startsWith(PREFIX)) return null;
    const feed = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .findOne({ where: { tokenHash: hashSecret(token), revokedAt: IsNull() } });
    if (!feed) return null;
    // The feed shows what its owner may see, as a signed-in party member, and no more. Court staff and
    // admins represent no party, so their feed is empty.
    const owner: Actor = {
      userId: feed.userId,
      role: SystemRole.USER,
      courtId: null,
      via: 'session',
      scopes: [],
    };
    const caseIds = await this.directory.caseIdsOf(feed.userId);
    const [deadlines, cases] = caseIds.length
      ? await Promise.all([
          this.dataSource
            .getRepository(DeadlineEntity)
            .createQueryBuilder('d')
            .where({ caseId: In(caseIds) })
            .andWhere(visibleTo(owner, DeadlineSubject, 'd.id', new Date()))
            .orderBy('d.due_on', 'ASC')
            .getMany(),
          this.directory.cases(caseIds),
        ])
      : [[], []];
    return this.render(deadlines, new Map(cases.map((c) => [c.id, c])));
  }

  private render(deadlines: DeadlineEntity[], cases: Map<string, CaseFacts>): string {
    return icsCalendar(
      deadlines.map((d) => {
        const theCase = cases.get(d.caseId);
        return {
          uid: `deadline-${d.id}@parley`,
          title: `${d.description}${theCase ? ` (${theCase.title})` : ''}`,
          description: [`Status: ${d.status}`, ...d.steps.map((s) => `${s.date} ${s.rule}: ${s.text}`)].join(
            '\n',
          ),
          day: d.dueOn,
          cancelled: d.status === 'CANCELLED',
        };
      }),
    );
  }
}
