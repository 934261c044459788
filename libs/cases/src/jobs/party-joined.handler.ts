import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NoticeDispatcher, NotificationKind } from '@parley/notifications';
import { HandlesJob, JobContext, JobHandler, PayloadOf } from '@parley/platform';
import { DataSource, Not } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { MembershipEntity } from '../parties/membership.entity';
import { MemberRole } from '../parties/party-enums';
import { PartyJoinedJob } from './party-joined.job';

const ROLE_WORDS = { COUNSEL: 'counsel', PARALEGAL: 'a paralegal' } as const;

/** Tells every other member of the case that someone joined; the job id makes each notice unique. */
@Injectable()
@HandlesJob(PartyJoinedJob)
export class PartyJoinedHandler implements JobHandler<PayloadOf<typeof PartyJoinedJob>> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: NoticeDispatcher,
  ) {}

  async handle({ membershipId }: PayloadOf<typeof PartyJoinedJob>, { jobId }: JobContext): Promise<void> {
    const joined = await this.dataSource
      .getRepository(MembershipEntity)
      .findOne({ where: { id: membershipId }, relations: { party: true, user: true } });
    // Re-read state: a membership that is gone has nothing left to announce.
    if (!joined?.party || !joined.user) return;
    const theCase = await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: joined.caseId });
    const others = await this.dataSource
      .getRepository(MembershipEntity)
      .find({ where: { caseId: joined.caseId, userId: Not(joined.userId) }, select: { userId: true } });
    const recipients = [...new Set(others.map((m) => m.userId))];
    const where = `${theCase.title} (${theCase.docketNumber})`;
    const message =
      joined.role === MemberRole.PRO_SE
        ? `${joined.user.name} joined ${where}, representing themselves as ${joined.party.name}.`
        : `${joined.user.name} joined ${where} as ${ROLE_WORDS[joined.role]} for ${joined.party.name}.`;
    await this.dataSource.transaction((manager) =>
      this.notices.deliver(
        manager,
        recipients.map((userId) => ({
          userId,
          caseId: joined.caseId,
          kind: NotificationKind.MEMBER_JOINED,
          message,
          eventId: jobId,
        })),
      ),
    );
  }
}
