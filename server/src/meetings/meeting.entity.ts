import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { Matter } from '../matters/matter.entity';
import { Community } from '../register/community.entity';
import { Pavilion } from '../register/pavilion.entity';

/** A deliberation meeting (议事会) of the branch at a pavilion. */
@Entity({ tableName: 'meeting' })
@Index({ properties: ['community', 'startsAt'] })
@ObjectType()
export class Meeting {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Pavilion, { ref: true })
  pavilion!: Ref<Pavilion>;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  title!: string;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'How many people attended.' })
  attendance?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  minutes?: string | null;

  @Property({ type: Date })
  createdAt: Date = new Date();

  @OneToMany(() => AgendaItem, (i) => i.meeting, { orderBy: { position: 'asc' } })
  items = new Collection<AgendaItem>(this);
}

@Entity({ tableName: 'agenda_item' })
@Unique({ properties: ['meeting', 'matter'] })
export class AgendaItem {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Meeting, { ref: true })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => Matter, { ref: true })
  matter!: Ref<Matter>;

  @Property({ type: 'integer' })
  position!: number;
}
