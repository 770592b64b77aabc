import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { StaffUser } from '../auth/staff-user.entity';
import { Community } from '../register/community.entity';
import { ServiceTeamKind } from './enums';

@Entity({ tableName: 'service_team' })
@Index({ properties: ['community', 'kind'] })
@ObjectType({ description: "One of a community's volunteer service teams." })
export class ServiceTeam {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 60 })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => ServiceTeamKind)
  kind!: ServiceTeamKind;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;
}

/** A SERVICE_STAFF account's place in a team: what its phone page lists and what it may act on. */
@Entity({ tableName: 'service_team_member' })
@Unique({ properties: ['team', 'staff'] })
@Index({ properties: ['staff'] })
export class ServiceTeamMember {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => ServiceTeam, { ref: true })
  team!: Ref<ServiceTeam>;

  @ManyToOne(() => StaffUser, { ref: true })
  staff!: Ref<StaffUser>;
}

/**
 * The duty roster: on this weekday (1 Monday .. 7 Sunday, Beijing time) this team takes the new
 * orders of its kind in its community. A kind with no team on duty goes to its first team.
 */
@Entity({ tableName: 'service_duty' })
@Unique({ properties: ['team', 'weekday'] })
export class ServiceDuty {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => ServiceTeam, { ref: true })
  team!: Ref<ServiceTeam>;

  @Property({ type: 'integer' })
  weekday!: number;
}
