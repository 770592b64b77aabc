import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { NoticeKind } from './enums';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { Community } from '../register/community.entity';
import { Matter } from './matter.entity';

/** A public notice (公示): a resolution, a vote's result or the property scorecards, published with its date. */
@Entity({ tableName: 'notice' })
@Index({ properties: ['community', 'publishedAt'] })
@ObjectType()
export class Notice {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  /** Null for a notice of the sub-district's own (the property scorecards). */
  @ManyToOne(() => Matter, { ref: true, nullable: true })
  matter?: Ref<Matter> | null;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @Property({ type: 'string', length: 20 })
  @Field(() => NoticeKind)
  kind!: NoticeKind;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  body!: string;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  publishedAt!: Date;
}
