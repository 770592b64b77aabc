import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { MatterStatus } from './enums';
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

  /** What happened, in a word: RAISED, TRIAGED, MERGED, SCHEDULED, RESOLVED, PROGRESS, COMPLETED, RATED... */
  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: 'RAISED, TRIAGED, MERGED, SCHEDULED, RESOLVED, VOTE_OPENED, VOTE_CLOSED, PROGRESS, COMPLETED or RATED.' })
  kind!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Progress reported with this event.' })
  progress?: number | null;
}
