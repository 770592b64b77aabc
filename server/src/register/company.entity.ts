import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A property company (物业服务企业) that serves one or more estates. */
@Entity({ tableName: 'property_company' })
@ObjectType()
export class PropertyCompany {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 100, unique: true })
  @Field(() => String)
  name!: string;

  @Property({ type: Date })
  createdAt: Date = new Date();
}
