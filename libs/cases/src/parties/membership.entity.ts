import { UserEntity } from '@parley/accounts';
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
@Index('memberships_case_user_idx', ['caseId', 'userId'])
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

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  role!: MemberRole;

  /** Joining records written consent to electronic service (FRCP 5(b)(2)(E)), as e-filing registration does. */
  @Column({ type: 'timestamptz' })
  consentedToElectronicServiceAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
