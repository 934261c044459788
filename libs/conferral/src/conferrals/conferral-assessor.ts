import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@parley/platform';
import { assessConferral, ConferralAssessment } from '@parley/rules';
import { DataSource, EntityManager } from 'typeorm';

import { ConferralAssessmentModel } from '../disputes/dispute.model';
import { ConferralPolicyService } from '../policy/conferral-policy.service';
import { ConferralEventEntity } from './conferral-event.entity';
import { ConferralRequestEntity } from './conferral-request.entity';
import { toPolicyRecords } from './conferral-records';

/** What the assessment reads of a dispute. */
export interface AssessedDispute {
  id: string;
  caseId: string;
  requestingPartyId: string;
  conferFrom: Date;
}

export interface CaseConferralSettings {
  lettersQualify: boolean;
}

/** The conferral policy of libs/rules applied to a dispute's records, the case's policy and its court. */
@Injectable()
export class ConferralAssessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: ConferralPolicyService,
    private readonly clock: Clock,
  ) {}

  async settings(
    caseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CaseConferralSettings> {
    const policy = await this.policies.effective(caseId, manager);
    return { lettersQualify: policy.lettersQualify };
  }

  assess(
    dispute: AssessedDispute,
    requests: readonly ConferralRequestEntity[],
    events: readonly ConferralEventEntity[],
    settings: CaseConferralSettings,
  ): ConferralAssessment {
    return assessConferral({
      records: toPolicyRecords(dispute, requests, events),
      after: dispute.conferFrom.toISOString(),
      lettersQualify: settings.lettersQualify,
      now: this.clock.now().toISOString(),
    });
  }

  async forDispute(
    dispute: AssessedDispute,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConferralAssessment> {
    // Sequential: the manager may be a transaction's single connection.
    const requests = await manager.findBy(ConferralRequestEntity, { disputeId: dispute.id });
    const events = await manager.findBy(ConferralEventEntity, { disputeId: dispute.id });
    const settings = await this.settings(dispute.caseId, manager);
    return this.assess(dispute, requests, events, settings);
  }
}

export function toAssessmentModel(a: ConferralAssessment): ConferralAssessmentModel {
  return a.qualifies
    ? { qualifies: true, basis: a.basis, rule: a.rule, explanation: a.explanation }
    : { qualifies: false, basis: null, rule: null, explanation: a.explanation };
}
