import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  Relation,
} from 'typeorm';
import { MemberRole } from './party-enums';
import { PartyEntity } from './party.entity';

/** A user representing a party of a case: counsel, their paralegal, or the pro se litigant. */
@Entity('memberships')
@Unique('memberships_party_user_key', ['partyId', 'userId'])
// One account represents one party per case: concurrent acceptances cannot make it two.
@Unique('memberships_case_user_key', ['caseId', 'userId'])
@Index('memberships_user_idx', ['userId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  partyId!: string;

  @ManyToOne(() => PartyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id' })
  party?: Relation<PartyEntity>;

  /** The party's case, kept here so access checks are one indexed look-up. */
  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  // The accounts lib owns users: named, not imported; read only for the member's name.
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: { id: string; name: string };

  @Column({ type: 'text' })
  role!: MemberRole;

  /** Joining records written consent to electronic service (FRCP 5(b)(2)(E)), as e-filing registration does. */
  @Column({ type: 'timestamptz' })
  consentedToElectronicServiceAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
