import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * The next Bates number of a prefix in a case, and the party it belongs to. Serving a production holds
 * this row until it commits, so concurrent productions take turns and a failed one gives its numbers
 * back: no number is given twice or skipped (DOMAIN.md, "Productions").
 */
@Entity('bates_counters')
export class BatesCounterEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  @PrimaryColumn({ type: 'text' })
  prefix!: string;

  @Column({ type: 'uuid' })
  partyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id' })
  party?: object;

  @Column({ type: 'int', default: 1 })
  nextNumber!: number;

  /** Volumes served under the prefix: the next is named from it. */
  @Column({ type: 'int', default: 0 })
  volumes!: number;
}
