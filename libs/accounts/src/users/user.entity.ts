import { SystemRole } from '@parley/platform';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  /** argon2id (OWASP parameters). Not selected unless asked for: only sign-in reads it. */
  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: SystemRole;

  /** For COURT_STAFF: the one court whose escalations they see. */
  @Column({ type: 'uuid', nullable: true })
  courtId!: string | null;

  @ManyToOne('CourtEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: object;

  /**
   * What identifies the user when they sign a paper (N.D. Cal. Civil L.R. 3-4(a)(1)): counsel's
   * office, or a litigant's own address. Null until given.
   */
  @Column({ type: 'text', nullable: true })
  mailingAddress!: string | null;

  @Column({ type: 'text', nullable: true })
  telephone!: string | null;

  @Column({ type: 'text', nullable: true })
  barNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  firm!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
