import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ResolutionProposalStatus } from '../conferral-enums';
import { DisputeEntity } from './dispute.entity';

/**
 * The responding side's proposed resolution of a dispute: it takes effect only when the moving side
 * accepts it (DOMAIN.md, "The gate, closed to gaming"), since the dispute is the moving side's.
 */
@Entity('dispute_resolution_proposals')
// At most one pending proposal per dispute: a newer one supersedes it.
@Index('dispute_resolution_proposals_one_pending_key', ['disputeId'], {
  unique: true,
  where: "status = 'PROPOSED'",
})
export class ResolutionProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  disputeId!: string;

  @ManyToOne(() => DisputeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dispute_id' })
  dispute?: Relation<DisputeEntity>;

  @Column({ type: 'uuid' })
  proposedByPartyId!: string;

  @Column({ type: 'uuid' })
  proposedById!: string;

  @Column({ type: 'text' })
  resolution!: string;

  /** A date the responding party offers to supplement its responses by (FRCP 29(b)). */
  @Column({ type: 'date', nullable: true })
  agreedDueOn!: string | null;

  @Column({ type: 'text' })
  status!: ResolutionProposalStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  proposedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  acceptedById!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;
}
