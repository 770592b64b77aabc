import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { StaffUser } from '../auth/staff-user.entity';
import { PropertyCompany } from '../register/company.entity';
import { EvaluationPeriodKind } from './enums';

/** A period the sub-district has closed: its scorecards are frozen and published. */
@Entity({ tableName: 'evaluation_close' })
@Unique({ properties: ['kind', 'period'] })
export class EvaluationClose {
  [OptionalProps]?: 'closedAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 10 })
  kind!: EvaluationPeriodKind;

  @Property({ type: 'string', length: 7 })
  period!: string;

  @Property({ type: 'integer' })
  standardVersion!: number;

  @ManyToOne(() => StaffUser, { ref: true })
  closedBy!: Ref<StaffUser>;

  @Property({ type: Date })
  closedAt: Date = new Date();
}

/** One company's scorecard of a closed period, as published. */
@Entity({ tableName: 'frozen_scorecard' })
@Unique({ properties: ['close', 'company'] })
export class FrozenScorecard {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => EvaluationClose, { ref: true })
  close!: Ref<EvaluationClose>;

  @ManyToOne(() => PropertyCompany, { ref: true })
  company!: Ref<PropertyCompany>;

  @Property({ type: 'integer' })
  rank!: number;

  /** The ScoredCard as JSON text: totals, dimensions, indicators and their basis. */
  @Property({ type: 'text' })
  body!: string;
}
