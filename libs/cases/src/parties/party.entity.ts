import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { PartySide } from './party-enums';

@Entity('parties')
@Index('parties_case_position_key', ['caseId', 'position'], { unique: true })
export class PartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, (c) => c.parties, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  side!: PartySide;

  @Column({ type: 'boolean' })
  proSe!: boolean;

  /** With proSe, exempts the action from initial disclosures (FRCP 26(a)(1)(B)(iv)). */
  @Column({ type: 'boolean' })
  incarcerated!: boolean;

  /** Where papers are mailed to the party (FRCP 5(b)(2)(C)); for a prisoner, the prison's address. */
  @Column({ type: 'text', nullable: true })
  mailingAddress!: string | null;

  /** Order in the caption. */
  @Column({ type: 'int' })
  position!: number;
}
