import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/**
 * A case's conferral policy, as its scheduling order sets it. Without one, letters qualify exactly
 * when a party is pro se and incarcerated (DOMAIN.md, from Luckert v. Brannon).
 */
@Entity('conferral_policies')
export class ConferralPolicyEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @OneToOne('CaseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  /** An exchange of letters, at least one each way, counts as conferral. */
  @Column({ type: 'boolean' })
  lettersQualify!: boolean;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'uuid' })
  setById!: string;

  @Column({ type: 'timestamptz' })
  setAt!: Date;
}
