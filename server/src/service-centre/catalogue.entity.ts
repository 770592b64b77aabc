import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { ServiceTeamKind } from './enums';

@Entity({ tableName: 'service_category' })
export class ServiceCategory {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Property({ type: 'string', length: 40 })
  name!: string;

  @Property({ type: 'integer' })
  position!: number;
}

/**
 * One version of a catalogue item. An edit adds a version and retires the old one, so an order
 * keeps the item, standard and times it was promised when it was reported.
 */
@Entity({ tableName: 'service_item' })
@Unique({ properties: ['code', 'version'] })
@Index({ properties: ['current', 'position'] })
@ObjectType({ description: 'One item of the service catalogue: what is done, to which standard, how fast.' })
export class ServiceItem {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 20 })
  @Field(() => String)
  code!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Raised by each edit; an order shows the version it was promised.' })
  version!: number;

  /** Only the current version is offered for new reports. */
  @Property({ type: 'boolean' })
  current!: boolean;

  @ManyToOne(() => ServiceCategory, { ref: true })
  category!: Ref<ServiceCategory>;

  @Property({ type: 'string', length: 40 })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'The service standard residents can hold the centre to.' })
  standard!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: "Minutes from report to a team's acknowledgement (the seed's promise: 120)." })
  respondMinutes!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Minutes from report to done.' })
  resolveMinutes!: number;

  @Property({ type: 'boolean' })
  @Field(() => Boolean)
  paid!: boolean;

  @Property({ type: 'string', length: 20 })
  @Field(() => ServiceTeamKind, { description: 'The kind of team an order of this item goes to.' })
  teamKind!: ServiceTeamKind;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: Date })
  createdAt: Date = new Date();
}
