import { DeadlineSubjectsResolver } from './deadline-subjects.resolver';
import { JointLetterMeasurer } from './escalations/joint-letter-measurer';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@parley/accounts';
import { AuditModule } from '@parley/audit';
import { CasesModule } from '@parley/cases';
import { ConferralModule } from '@parley/conferral';
import { CourtsModule } from '@parley/courts';
import { DeadlinesModule } from '@parley/deadlines';
import { DiscoveryModule } from '@parley/discovery';
import { MailingsModule } from '@parley/mailings';
import { ProductionsModule } from '@parley/productions';
import { CourtResolver } from './docket/court.resolver';
import { CompliancePassedHandler, PositionDuePassedHandler } from './jobs/court-deadlines-passed.handlers';
import { DocketService } from './docket/docket.service';
import { EscalationEntity } from './escalations/escalation.entity';
import { DisputeGateResolver } from './escalations/dispute-gate.resolver';
import { EscalationScansResolver } from './escalations/escalation-scans.resolver';
import { DisputeEscalationResolver, EscalationsResolver } from './escalations/escalations.resolver';
import { EscalationsLoader } from './escalations/escalations.loader';
import { PositionDueFollower } from './escalations/position-due.follower';
import { ComplianceFollower } from './rulings/compliance.follower';
import { EscalationsService } from './escalations/escalations.service';
import { PositionEntity } from './escalations/position.entity';
import { PacketBuilder } from './packet/packet-builder';
import { PacketStandings } from './packet/packet-standings';
import { PacketController } from './packet/packet.controller';
import { MailedRulings } from './rulings/mailed-rulings';
import { MailedJointLetters } from './packet/mailed-joint-letters';
import { PacketPaperService } from './packet/packet-paper.service';
import { RulingEntity } from './rulings/ruling.entity';
import {
  CasePaperFilingsResolver,
  IntakeResolver,
  PaperFilingFieldsResolver,
} from './intake/intake.resolver';
import { FilingResponsesService } from './intake/filing-responses.service';
import { PaperFilingEntity } from './intake/paper-filing.entity';
import { PaperFilingsService } from './intake/paper-filings.service';
import { FilingOrdersService } from './intake/filing-orders.service';
import { RulingsService } from './rulings/rulings.service';

/** Escalated disputes, the joint letter, the court's docket and its rulings. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EscalationEntity, PositionEntity, RulingEntity, PaperFilingEntity]),
    AccountsModule,
    AuditModule,
    CasesModule,
    ConferralModule,
    CourtsModule,
    DeadlinesModule,
    DiscoveryModule,
    MailingsModule,
    ProductionsModule,
  ],
  controllers: [PacketController],
  providers: [
    EscalationsService,
    JointLetterMeasurer,
    RulingsService,
    DocketService,
    PacketBuilder,
    PacketPaperService,
    MailedJointLetters,
    MailedRulings,
    PacketStandings,
    EscalationsLoader,
    EscalationsResolver,
    EscalationScansResolver,
    DisputeEscalationResolver,
    DisputeGateResolver,
    DeadlineSubjectsResolver,
    CourtResolver,
    IntakeResolver,
    PaperFilingFieldsResolver,
    CasePaperFilingsResolver,
    FilingResponsesService,
    PaperFilingsService,
    FilingOrdersService,
    PositionDueFollower,
    ComplianceFollower,
  ],
})
export class CourtReviewModule {}

/** The worker's part: a joint letter's window closing, and a compliance date passing. */
@Module({
  imports: [TypeOrmModule.forFeature([EscalationEntity, RulingEntity]), AuditModule],
  providers: [PositionDuePassedHandler, CompliancePassedHandler],
})
export class CourtReviewJobsModule {}
