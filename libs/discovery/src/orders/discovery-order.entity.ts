import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

export enum DiscoveryOrderKind {
  /** A stipulation or order allowing more interrogatories than FRCP 33(a)(1)'s 25. */
  INTERROGATORY_LIMIT = 'INTERROGATORY_LIMIT',
  /** A stipulation or order allowing discovery before the Rule 26(f) conference (FRCP 26(d)(1)). */
  EARLY_DISCOVERY = 'EARLY_DISCOVERY',
  /**
   * The court's order that discovery whose responses fall due after the cut-off may go forward
   * (N.D. Cal. Civil L.R. 37-3; FRCP 29(b)); the parties cannot stipulate to it.
   */
  DISCOVERY_AFTER_CUTOFF = 'DISCOVERY_AFTER_CUTOFF',
}

export enum DiscoveryOrderStatus {
  /** A stipulation one or more parties signed; it binds nobody until every party has. */
  PROPOSED = 'PROPOSED',
  /** Every party stipulated, or the court ordered it. */
  IN_EFFECT = 'IN_EFFECT',
  /** Replaced by different terms before it took effect. */
  SUPERSEDED = 'SUPERSEDED',
}

export enum DiscoveryOrderBasis {
  /** The parties' stipulation (FRCP 29). */
  STIPULATION = 'STIPULATION',
  /** Entered by the court's staff. */
  COURT_ORDER = 'COURT_ORDER',
}

/** A stipulation or court order that changes the default discovery rules for a case, with its source. */
@Entity('discovery_orders')
@Index('discovery_orders_case_idx', ['caseId', 'kind'])
export class DiscoveryOrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  // The cases lib owns the table; named, not imported, so no lib reaches into another's entities.
  @ManyToOne('CaseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  @Column({ type: 'text' })
  kind!: DiscoveryOrderKind;

  /** For INTERROGATORY_LIMIT: the number each party may serve on any other. */
  @Column({ type: 'int', nullable: true })
  interrogatoryLimit!: number | null;

  /** e.g. "Scheduling Order, Dkt. 42, ¶ 3" or "Stipulation filed 2026-04-02". */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  status!: DiscoveryOrderStatus;

  @Column({ type: 'text' })
  basis!: DiscoveryOrderBasis;

  /** The party that proposed a stipulation; null for a court order. */
  @Column({ type: 'uuid', nullable: true })
  proposedByPartyId!: string | null;

  /** The parties that have stipulated so far (the proposer first). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  agreedPartyIds!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  effectiveAt!: Date | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  recordedAt!: Date;
}
