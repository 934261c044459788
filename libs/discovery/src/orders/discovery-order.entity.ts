import { CaseEntity } from '@parley/cases';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';

export enum DiscoveryOrderKind {
  /** A stipulation or order allowing more interrogatories than FRCP 33(a)(1)'s 25. */
  INTERROGATORY_LIMIT = 'INTERROGATORY_LIMIT',
  /** A stipulation or order allowing discovery before the Rule 26(f) conference (FRCP 26(d)(1)). */
  EARLY_DISCOVERY = 'EARLY_DISCOVERY',
}

/** A stipulation or court order that changes the default discovery rules for a case, with its source. */
@Entity('discovery_orders')
@Index('discovery_orders_case_idx', ['caseId', 'kind'])
export class DiscoveryOrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'text' })
  kind!: DiscoveryOrderKind;

  /** For INTERROGATORY_LIMIT: the number each party may serve on any other. */
  @Column({ type: 'int', nullable: true })
  interrogatoryLimit!: number | null;

  /** e.g. "Scheduling Order, Dkt. 42, ¶ 3" or "Stipulation filed 2026-04-02". */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  recordedAt!: Date;
}
