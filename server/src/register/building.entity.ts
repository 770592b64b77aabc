import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Estate } from './estate.entity';
import { Unit } from './unit.entity';

@Entity({ tableName: 'building' })
@Unique({ properties: ['estate', 'name'] })
@ObjectType()
export class Building {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Estate, { ref: true })
  estate!: Ref<Estate>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  name!: string;

  @OneToMany(() => Unit, (u) => u.building, { orderBy: { id: 'asc' } })
  units = new Collection<Unit>(this);
}
