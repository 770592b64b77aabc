import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { WorkOrderEventKind, WorkOrderStatus } from './enums';
import { WorkOrder } from './work-order.entity';

/** One public step of an order's timeline. */
@Entity({ tableName: 'work_order_event' })
@Index({ properties: ['workOrder', 'at'] })
@ObjectType()
export class WorkOrderEvent {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => WorkOrder, { ref: true })
  workOrder!: Ref<WorkOrder>;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  at!: Date;

  @Property({ type: 'string', length: 20 })
  @Field(() => WorkOrderStatus)
  status!: WorkOrderStatus;

  @Property({ type: 'string', length: 20 })
  @Field(() => WorkOrderEventKind)
  kind!: WorkOrderEventKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  /** Who acted, as a name to show (a team, the office, "a resident"); never a person's contact. */
  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who acted: a team, the office, or a resident.' })
  by?: string | null;
}
