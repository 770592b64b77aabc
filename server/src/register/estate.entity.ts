import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Building } from './building.entity';
import { Community } from './community.entity';
import { PropertyCompany } from './company.entity';

@Entity({ tableName: 'estate' })
@Unique({ properties: ['community', 'name'] })
@ObjectType({ description: 'An estate (小区) or an area of old buildings (片区).' })
export class Estate {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  name!: string;

  /** Null for old buildings that have no property company. */
  @ManyToOne(() => PropertyCompany, { ref: true, nullable: true })
  company?: Ref<PropertyCompany> | null;

  @OneToMany(() => Building, (b) => b.estate, { orderBy: { id: 'asc' } })
  buildings = new Collection<Building>(this);
}
