import type { PrivilegeLogPaper } from './privilege-log-paper';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A privilege log served on the requesting party: the entries not yet served when it was, fixed from
 * then on. The first for a set is the log; later ones supplement it (FRCP 26(e)).
 */
@Entity('privilege_logs')
@Index('privilege_logs_sequence_key', ['setId', 'producingPartyId', 'sequence'], { unique: true })
export class PrivilegeLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  @Column({ type: 'uuid' })
  producingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'producing_party_id' })
  producingParty?: object;

  @Column({ type: 'uuid' })
  receivingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_party_id' })
  receivingParty?: object;

  @Column({ type: 'uuid' })
  setId!: string;

  @ManyToOne('DiscoverySetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'set_id' })
  set?: object;

  /** 1 for the log, 2 and on for its supplements. */
  @Column({ type: 'int' })
  sequence!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  servedAt!: Date;

  @Column({ type: 'date' })
  servedOn!: string;

  @Column({ type: 'uuid' })
  servedById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'served_by_id' })
  servedBy?: object;

  @Column({ type: 'text' })
  serviceMethod!: string;

  @Column({ type: 'text' })
  signature!: string;

  /** The paper as served (caption, signer, entries, certificate of service): what its PDF prints. */
  @Column({ type: 'jsonb' })
  paper!: PrivilegeLogPaper;
}
