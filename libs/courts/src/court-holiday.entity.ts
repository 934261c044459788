import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, Relation } from 'typeorm';
import { CourtEntity } from './court.entity';
import { CourtHolidayKind } from './court-holiday-kind';

/** A court's own non-federal day off, with where it comes from (FRCP 6(a)(6)(B)-(C)). */
@Entity('court_holidays')
@Unique('court_holidays_court_date_key', ['courtId', 'date'])
export class CourtHolidayEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne(() => CourtEntity, (court) => court.holidays, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'court_id' })
  court?: Relation<CourtEntity>;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  kind!: CourtHolidayKind;

  @Column({ type: 'text' })
  source!: string;
}
