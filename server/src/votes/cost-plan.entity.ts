import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Matter } from '../matters/matter.entity';
import { Home } from '../register/home.entity';

/** An elevator's cost and how it is shared among the homes of a building or unit. */
@Entity({ tableName: 'cost_plan' })
export class CostPlan {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Matter, { ref: true })
  @Unique()
  matter!: Ref<Matter>;

  @Property({ type: 'string', length: 10 })
  scopeKind!: string;

  @Property({ type: 'integer' })
  scopeId!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  totalFen!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  subsidyFen!: number;

  /** JSON of [floor, permille] pairs. */
  @Property({ type: 'text' })
  coefficients!: string;

  @Property({ type: Date })
  calculatedAt!: Date;
}

@Entity({ tableName: 'cost_share' })
@Unique({ properties: ['plan', 'home'] })
export class CostShareRow {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => CostPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<CostPlan>;

  @ManyToOne(() => Home, { ref: true })
  home!: Ref<Home>;

  @Property({ type: 'integer' })
  floor!: number;

  @Property({ type: 'integer' })
  areaCentiM2!: number;

  @Property({ type: 'integer' })
  coefficientPermille!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  shareFen!: number;
}
