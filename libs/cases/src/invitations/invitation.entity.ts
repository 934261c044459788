import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { MemberRole } from '../parties/party-enums';
import { PartyEntity } from '../parties/party.entity';

/** A single-use, expiring invitation to represent a party. */
@Entity('invitations')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  partyId!: string;

  @ManyToOne(() => PartyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id' })
  party?: Relation<PartyEntity>;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** Lower-cased; only the account with this email may accept. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  role!: MemberRole;

  /** SHA-256 of the token; the token goes to the inviter once. */
  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  invitedById!: string;

  /** Whether the inviter represented the party at the time (otherwise they were bringing the other side in). */
  @Column({ type: 'boolean' })
  invitedByPartyMember!: boolean;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedById!: string | null;

  /** Set when a newer invitation to the same person and party replaces this one. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
