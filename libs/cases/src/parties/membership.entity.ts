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
/** The columns of a member's user account the cases lib reads. */
export interface MemberUser {
  id: string;
  name: string;
  email: string;
  mailingAddress: string | null;
  telephone: string | null;
  barNumber: string | null;
  firm: string | null;
}

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

  // The accounts lib owns users: named, not imported; read only for what identifies the member on a
  // paper (name, email, and the signer's block of N.D. Cal. Civil L.R. 3-4(a)(1)).
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: MemberUser;

  @Column({ type: 'text' })
  role!: MemberRole;

  /** Joining records written consent to electronic service (FRCP 5(b)(2)(E)), as e-filing registration does. */
  @Column({ type: 'timestamptz' })
  consentedToElectronicServiceAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
