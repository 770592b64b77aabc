import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { StaffUser } from '../auth/staff-user.entity';
import { DateTimeScalar } from '../common/scalars';
import { Building } from '../register/building.entity';
import { Community } from '../register/community.entity';
import { ConventionArticle } from './article.entity';
import { Convention } from './convention.entity';
import { BreachOutcome } from './enums';

/** A breach of a convention in force, as a patrol recorded it (践约): where, which article, what came of it; no resident is named. */
@Entity({ tableName: 'breach' })
@Index({ properties: ['convention', 'at'] })
@ObjectType()
export class Breach {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Convention, { ref: true })
  convention!: Ref<Convention>;

  @ManyToOne(() => ConventionArticle, { ref: true })
  article!: Ref<ConventionArticle>;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @ManyToOne(() => Building, { ref: true, nullable: true })
  building?: Ref<Building> | null;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  place!: string;

  @Property({ type: 'string', length: 10 })
  @Field(() => BreachOutcome)
  outcome!: BreachOutcome;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @ManyToOne(() => StaffUser, { ref: true })
  recordedBy!: Ref<StaffUser>;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  at: Date = new Date();
}
