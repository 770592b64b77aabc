import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { Community } from '../register/community.entity';

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Given up after the last attempt; staff see it and the error. */
  FAILED = 'FAILED',
}
registerEnumType(NotificationStatus, { name: 'NotificationStatus' });

/**
 * The outbox: a message to a resident's phone, written in the same transaction as the change it
 * tells of, and delivered afterwards by the worker through the configured channel.
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['community', 'createdAt'] })
@ObjectType({ description: "A message to a resident's phone about their order or matter, and how its delivery went." })
export class Notification {
  [OptionalProps]?: 'status' | 'attempts' | 'createdAt';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  /** Mainland mobile; staff of the community see it. */
  @Property({ type: 'string', length: 20 })
  @Field(() => String)
  phone!: string;

  @Property({ type: 'string', length: 500 })
  @Field(() => String)
  text!: string;

  /** The order's or matter's tracking code the message is about. */
  @Property({ type: 'string', length: 16 })
  @Field(() => String)
  trackingCode!: string;

  @Property({ type: 'string', length: 10 })
  @Field(() => NotificationStatus)
  status: NotificationStatus = NotificationStatus.PENDING;

  @Property({ type: 'integer' })
  @Field(() => Int)
  attempts: number = 0;

  @Property({ type: Date })
  nextAttemptAt!: Date;

  /** A worker holds the row until then while it delivers; another worker skips it. */
  @Property({ type: Date, nullable: true })
  claimedUntil?: Date | null;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true })
  lastError?: string | null;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  createdAt: Date = new Date();

  @Property({ type: Date, nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  sentAt?: Date | null;
}
