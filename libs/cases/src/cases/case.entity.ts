import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Index,
  Relation,
} from 'typeorm';
import { PartyEntity } from '../parties/party.entity';

@Entity('cases')
// Not unique: a docket number locks nobody out. Several Parley cases may claim one, and the court's
// staff see when they do (issue 11: squatting).
@Index('cases_court_docket_idx', ['courtId', 'docketNumber'])
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne('CourtEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: object;

  @Column({ type: 'text' })
  docketNumber!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  judge!: string;

  /** Discovery opens here (FRCP 26(d)(1)); null until the conference is set. */
  @Column({ type: 'date', nullable: true })
  rule26fConferenceOn!: string | null;

  /** Motions to compel are due within 7 days after it (N.D. Cal. Civil L.R. 37-3). */
  @Column({ type: 'date', nullable: true })
  discoveryCutoffOn!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @OneToMany(() => PartyEntity, (party) => party.case)
  parties?: Relation<PartyEntity[]>;

  /** Millisecond precision: the cursor of the cases connection carries it exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
