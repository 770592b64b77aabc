import { OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Unit } from './unit.entity';

@Entity({ tableName: 'home' })
@Unique({ properties: ['unit', 'room'] })
@ObjectType({ description: 'A home (户): an owned exclusive part with a registered floor area.' })
export class Home {
  [OptionalProps]?: 'areaM2';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @Property({ type: 'integer' })
  @Field(() => Int)
  floor!: number;

  @Property({ type: 'string', length: 20 })
  @Field(() => String)
  room!: string;

  /** Hundredths of a square metre: vote weights are summed exactly as integers. */
  @Property({ type: 'integer' })
  areaCentiM2!: number;

  /** Homes sharing a key belong to one owner (one person in a headcount). Never public. */
  @Property({ type: 'string', length: 64 })
  @Index()
  ownerKey!: string;

  @Field(() => Float, { name: 'areaM2', description: 'Registered floor area in square metres, two decimals.' })
  get areaM2(): number {
    return this.areaCentiM2 / 100;
  }
}
