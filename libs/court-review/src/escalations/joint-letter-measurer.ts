import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PaperPeople } from '@parley/cases';
import { DisputeRecords, DisputeStatus } from '@parley/conferral';
import { CourtsService } from '@parley/courts';
import { Clock, ConflictError, EscalationGateError, Grant } from '@parley/platform';
import { DataSource } from 'typeorm';
import { EscalationStatus } from '../court-review-enums';
import { LetterPosition, letterPosition } from '../packet/joint-letter';
import { PacketBuilder } from '../packet/packet-builder';
import { escalationState } from './escalation-state';
import { EscalationEntity } from './escalation.entity';
import { MeasureJointLetterInput } from './escalation.inputs';
import { EscalationsService } from './escalations.service';
import { JointLetterMeasureModel, measureJointLetter } from './joint-letter-measure';
import { PositionEntity } from './position.entity';

/**
 * The joint letter's length with a side's part as it is being written, measured exactly as
 * escalateDispute and submitPosition measure it, so a writer sees the page count before sending.
 * Reads only.
 */
@Injectable()
export class JointLetterMeasurer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly escalations: EscalationsService,
    private readonly disputes: DisputeRecords,
    private readonly packets: PacketBuilder,
    private readonly people: PaperPeople,
    private readonly courts: CourtsService,
    private readonly clock: Clock,
  ) {}

  /** grant: dispute.escalate (a signer of either side). */
  measure(
    grant: Grant<'requesting' | 'responding'>,
    input: MeasureJointLetterInput,
  ): Promise<JointLetterMeasureModel> {
    const side = grant.party;
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.disputes.get(manager, grant.subject.id);
      const now = this.clock.now();
      const mine: LetterPosition = {
        party: side.name,
        text: input.position,
        compromise: input.compromise ?? null,
        signer: await this.people.signer(manager, { userId: grant.actor.userId, partyId: side.id }),
      };
      const escalation = await manager.findOne(EscalationEntity, {
        where: { disputeId: dispute.id },
        order: { escalatedAt: 'DESC' },
      });
      if (
        escalation &&
        escalationState(escalation, false, now).status === EscalationStatus.AWAITING_POSITION
      ) {
        const positions = await manager.findBy(PositionEntity, { escalationId: escalation.id });
        const court = await this.courts.get(escalation.courtId, manager);
        const letter = [
          ...positions.filter((p) => p.partyId !== side.id).map((p) => letterPosition(escalation.packet, p)),
          mine,
        ];
        return measureJointLetter(
          court,
          escalation.packet,
          letter,
          side.id === escalation.escalatingPartyId,
          now,
        );
      }
      if (dispute.status !== DisputeStatus.CONFERRING) {
        throw new ConflictError(
          'The joint letter is already before the court; positions can no longer change.',
        );
      }
      // Before the dispute goes to the court, the letter exists only once conferral qualifies: it sets
      // the conferral out, and that is what the gate judges first.
      const { decision, assessment, court } = await this.escalations.judge(manager, dispute, side.id);
      if (!assessment.qualifies) {
        throw decision.open
          ? new Error('unreachable: the gate open without qualifying conferral')
          : new EscalationGateError(decision.missing, decision.message);
      }
      const packet = await this.packets.build(manager, {
        dispute,
        court,
        escalatingPartyId: side.id,
        assessment,
      });
      return measureJointLetter(court, packet, [mine], true, now);
    });
  }
}
