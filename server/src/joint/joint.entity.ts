import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StaffUser } from '../auth/staff-user.entity';
import { DateTimeScalar } from '../common/scalars';
import { JointProblemStatus, JointUnitKind } from './enums';

/** A unit of the area's joint building (党建联建): community, school, clinic, police station, property company, a district department. */
@Entity({ tableName: 'joint_unit' })
@ObjectType()
export class JointUnit {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 60, unique: true })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => JointUnitKind)
  kind!: JointUnitKind;
}

/** A quarterly joint meeting (联席会议). */
@Entity({ tableName: 'joint_meeting' })
@Index({ properties: ['heldAt'] })
@ObjectType()
export class JointMeeting {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 7 })
  @Field(() => String, { description: '2026-Q4.' })
  quarter!: string;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  heldAt!: Date;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  minutes?: string | null;

  @ManyToOne(() => StaffUser, { ref: true })
  recordedBy!: Ref<StaffUser>;
}

@Entity({ tableName: 'joint_attendance' })
@Unique({ properties: ['meeting', 'unit'] })
export class JointAttendance {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => JointMeeting, { ref: true })
  meeting!: Ref<JointMeeting>;

  @ManyToOne(() => JointUnit, { ref: true })
  unit!: Ref<JointUnit>;
}

/** A problem taken on by the units: a lead, partners and a due date; carried from meeting to meeting while open. */
@Entity({ tableName: 'joint_problem' })
@Index({ properties: ['status'] })
@ObjectType()
export class JointProblem {
  [OptionalProps]?: 'status' | 'carriedOver';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  title!: string;

  @ManyToOne(() => JointUnit, { ref: true })
  leadUnit!: Ref<JointUnit>;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  dueBy!: Date;

  @Property({ type: 'string', length: 10 })
  @Field(() => JointProblemStatus)
  status: JointProblemStatus = JointProblemStatus.OPEN;

  @ManyToOne(() => JointMeeting, { ref: true })
  raisedAt!: Ref<JointMeeting>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Meetings it was carried over to while open.' })
  carriedOver: number = 0;

  @Property({ type: Date, nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  solvedAt?: Date | null;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true })
  solvedNote?: string | null;
}

@Entity({ tableName: 'joint_partner' })
@Unique({ properties: ['problem', 'unit'] })
export class JointPartner {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => JointProblem, { ref: true })
  problem!: Ref<JointProblem>;

  @ManyToOne(() => JointUnit, { ref: true })
  unit!: Ref<JointUnit>;
}

/** The problems on a meeting's table: those raised there and those carried into it. */
@Entity({ tableName: 'joint_agenda' })
@Unique({ properties: ['meeting', 'problem'] })
export class JointAgenda {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => JointMeeting, { ref: true })
  meeting!: Ref<JointMeeting>;

  @ManyToOne(() => JointProblem, { ref: true })
  problem!: Ref<JointProblem>;

  @Property({ type: 'boolean' })
  carried!: boolean;
}
