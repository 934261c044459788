import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  Relation,
} from 'typeorm';
import { CourtHolidayEntity } from './court-holiday.entity';

@Entity('courts')
@Unique('courts_district_name_key', ['district', 'name'])
export class CourtEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  district!: string;

  /** IANA zone: FRCP 6(a)(4) ends a last day at midnight in the court's time zone. */
  @Column({ type: 'text' })
  timeZone!: string;

  /** Days after which an unanswered request to confer counts as an attempt to confer (FRCP 37(a)(1)). */
  @Column({ type: 'int' })
  conferralResponseDays!: number;

  @Column({ type: 'int' })
  jointLetterPageLimit!: number;

  /** Days the other side has to add its position to an escalation. */
  @Column({ type: 'int' })
  positionResponseDays!: number;

  @OneToMany(() => CourtHolidayEntity, (holiday) => holiday.court)
  holidays?: Relation<CourtHolidayEntity[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
