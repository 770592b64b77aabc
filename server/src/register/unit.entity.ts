import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Building } from './building.entity';
import { Home } from './home.entity';

@Entity({ tableName: 'unit' })
@Unique({ properties: ['building', 'name'] })
@ObjectType({ description: 'A unit (单元): one stairwell or entrance of a building.' })
export class Unit {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Building, { ref: true })
  building!: Ref<Building>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  name!: string;

  @OneToMany(() => Home, (h) => h.unit, { orderBy: { floor: 'asc', room: 'asc' } })
  homes = new Collection<Home>(this);
}
