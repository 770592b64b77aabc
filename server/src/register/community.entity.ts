import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Branch } from './branch.entity';
import { Estate } from './estate.entity';
import { Pavilion } from './pavilion.entity';

@Entity({ tableName: 'community' })
@ObjectType({ description: 'A community (社区), the unit that a community office serves.' })
export class Community {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 100, unique: true })
  @Field(() => String)
  name!: string;

  @ManyToOne(() => Branch, { ref: true, nullable: true })
  branch?: Ref<Branch> | null;

  @OneToMany(() => Estate, (e) => e.community, { orderBy: { id: 'asc' } })
  estates = new Collection<Estate>(this);

  @OneToMany(() => Pavilion, (p) => p.community, { orderBy: { id: 'asc' } })
  pavilions = new Collection<Pavilion>(this);
}
