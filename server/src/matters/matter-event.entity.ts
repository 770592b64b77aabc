import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { MatterStatus, MatterEventKind } from './enums';
import { Matter } from './matter.entity';

/** One public step of a matter's timeline. Notes here are public: no personal data. */
@Entity({ tableName: 'matter_event' })
@Index({ properties: ['matter', 'at'] })
@ObjectType()
export class MatterEvent {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Matter, { ref: true })
  matter!: Ref<Matter>;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  at!: Date;

  @Property({ type: 'string', length: 20 })
  @Field(() => MatterStatus)
  status!: MatterStatus;

  @Property({ type: 'string', length: 20 })
  @Field(() => MatterEventKind)
  kind!: MatterEventKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Progress reported with this event.' })
  progress?: number | null;
}
