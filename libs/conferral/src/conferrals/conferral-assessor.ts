import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseDirectory } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { Clock } from '@parley/platform';
import {
  assessConferral,
  AttemptFinding,
  certificationStanding,
  CertificationStanding,
  ConferralAssessment,
  ConferralSettings,
  Side,
} from '@parley/rules';
import { DataSource, EntityManager } from 'typeorm';
import { CertificationEntity } from '../certifications/certification.entity';
import { DisputeSide } from '../conferral-enums';
import { AttemptModel, ConferralAssessmentModel } from '../disputes/dispute.model';
import { ConferralPolicyService } from '../policy/conferral-policy.service';
import { ConferralEventEntity } from './conferral-event.entity';
import { ConferralRequestEntity } from './conferral-request.entity';
import { DisputeFrame, rulingsOf, toCertificationRecords, toPolicyRecords } from './conferral-records';

/** What the assessment reads of a dispute. */
export interface AssessedDispute extends DisputeFrame {
  id: string;
  caseId: string;
}

/** The case's conferral policy with its court's time to answer a request and its time zone. */
export type CaseConferralSettings = ConferralSettings;

/** Where a movant stands at the gate: its conferral, and its certification (FRCP 37(a)(1)). */
export interface MovantStanding {
  conferral: ConferralAssessment;
  certification: CertificationStanding;
}

/** The conferral rules of libs/rules applied to a dispute's records, the case's policy and its court. */
@Injectable()
export class ConferralAssessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: ConferralPolicyService,
    private readonly directory: CaseDirectory,
    private readonly courts: CourtsService,
    private readonly clock: Clock,
  ) {}

  async settings(
    caseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CaseConferralSettings> {
    // Sequential: the manager may be a transaction's single connection.
    const policy = await this.policies.effective(caseId, manager);
    const theCase = await this.directory.getCase(caseId, manager);
    const court = await this.courts.get(theCase.courtId, manager);
    return {
      lettersQualify: policy.lettersQualify,
      responseWindowDays: court.conferralResponseDays,
      timeZone: court.timeZone,
    };
  }

  /** The movant's conferral, as of now (FRCP 37(a)(1): only its own attempts count for it). */
  assess(
    dispute: AssessedDispute,
    requests: readonly ConferralRequestEntity[],
    events: readonly ConferralEventEntity[],
    settings: CaseConferralSettings,
    movant: Side,
    now: Date = this.clock.now(),
  ): ConferralAssessment {
    return assessConferral({
      records: toPolicyRecords(dispute, requests, events),
      movant,
      after: dispute.conferFrom.toISOString(),
      rulings: rulingsOf(dispute),
      settings,
      now: now.toISOString(),
    });
  }

  /** Whether the movant's latest certification stands, and whether a given one would, as its latest. */
  certification(
    dispute: AssessedDispute,
    requests: readonly ConferralRequestEntity[],
    events: readonly ConferralEventEntity[],
    certifications: readonly CertificationEntity[],
    settings: CaseConferralSettings,
    movant: Side,
  ): CertificationStanding {
    return certificationStanding({
      records: toPolicyRecords(dispute, requests, events),
      certifications: toCertificationRecords(dispute, certifications, requests, events),
      movant,
      after: dispute.conferFrom.toISOString(),
      rulings: rulingsOf(dispute),
      settings,
      now: this.clock.now().toISOString(),
    });
  }

  /** The movant's conferral and certification, read in the caller's transaction. */
  async forDispute(
    dispute: AssessedDispute,
    movant: Side,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MovantStanding> {
    // Sequential: the manager may be a transaction's single connection.
    const requests = await manager.findBy(ConferralRequestEntity, { disputeId: dispute.id });
    const events = await manager.findBy(ConferralEventEntity, { disputeId: dispute.id });
    const certifications = await manager.findBy(CertificationEntity, { disputeId: dispute.id });
    const settings = await this.settings(dispute.caseId, manager);
    return {
      conferral: this.assess(dispute, requests, events, settings, movant),
      certification: this.certification(dispute, requests, events, certifications, settings, movant),
    };
  }
}

const toAttemptModel = (x: AttemptFinding): AttemptModel => ({
  requestId: x.requestId,
  by: x.by as DisputeSide,
  at: new Date(x.at),
  how: x.how,
  otherSide: x.otherSide,
  contested: x.contested,
});

export function toAssessmentModel(a: ConferralAssessment): ConferralAssessmentModel {
  const attempt = a.qualifies ? a.attempt : null;
  return {
    side: a.movant as DisputeSide,
    qualifies: a.qualifies,
    basis: a.qualifies ? a.basis : null,
    rule: a.qualifies ? a.rule : null,
    explanation: a.explanation,
    countFrom: new Date(a.countFrom),
    attempt: attempt && toAttemptModel(attempt),
    attempts: a.attempts.map(toAttemptModel),
  };
}
