import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { Home } from '../register/home.entity';
import { Convention } from './convention.entity';
import { AmendmentState } from './enums';

/** An article of a convention, as the latest published version words it; the unit people comment on. */
@Entity({ tableName: 'convention_article' })
@Unique({ properties: ['convention', 'number'] })
@ObjectType()
export class ConventionArticle {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Convention, { ref: true })
  convention!: Ref<Convention>;

  @Property({ type: 'integer' })
  @Field(() => Int)
  number!: number;

  @Property({ type: 'string', length: 500 })
  @Field(() => String)
  text!: string;
}

/** A resident's comment on an article during a consultation; shown without the home. */
@Entity({ tableName: 'article_comment' })
@Index({ properties: ['article', 'at'] })
@ObjectType()
export class ArticleComment {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => ConventionArticle, { ref: true })
  article!: Ref<ConventionArticle>;

  @ManyToOne(() => Home, { ref: true })
  home!: Ref<Home>;

  @Property({ type: 'string', length: 300 })
  @Field(() => String)
  text!: string;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  at: Date = new Date();
}

/** A proposed new wording of an article, with a reason; supported by homes, decided by the branch. */
@Entity({ tableName: 'amendment' })
@Index({ properties: ['article', 'state'] })
@ObjectType()
export class Amendment {
  [OptionalProps]?: 'createdAt' | 'support' | 'state';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => ConventionArticle, { ref: true })
  article!: Ref<ConventionArticle>;

  @ManyToOne(() => Home, { ref: true })
  home!: Ref<Home>;

  @Property({ type: 'string', length: 500 })
  @Field(() => String, { description: "The article's proposed new text." })
  text!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Property({ type: 'string', length: 10 })
  @Field(() => AmendmentState)
  state: AmendmentState = AmendmentState.PROPOSED;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Homes that support it.' })
  support: number = 0;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: "The branch's note on its decision." })
  decisionNote?: string | null;

  /** The version that took it in; null while not yet published. */
  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  appliedInVersion?: number | null;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  createdAt: Date = new Date();
}

@Entity({ tableName: 'amendment_support' })
@Unique({ properties: ['amendment', 'home'] })
export class AmendmentSupport {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Amendment, { ref: true })
  amendment!: Ref<Amendment>;

  @ManyToOne(() => Home, { ref: true })
  home!: Ref<Home>;
}
