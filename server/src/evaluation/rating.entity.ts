import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Estate } from '../register/estate.entity';
import { Home } from '../register/home.entity';
import { PropertyCompany } from '../register/company.entity';

/** A home's rating of its estate's company for one month (Beijing time); changed until the month ends. */
@Entity({ tableName: 'property_rating' })
@Unique({ properties: ['home', 'month'] })
@Index({ properties: ['company', 'month'] })
export class PropertyRating {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Home, { ref: true })
  home!: Ref<Home>;

  @ManyToOne(() => Estate, { ref: true })
  estate!: Ref<Estate>;

  @ManyToOne(() => PropertyCompany, { ref: true })
  company!: Ref<PropertyCompany>;

  /** 2026-11. */
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  comment?: string | null;

  @Property({ type: Date })
  createdAt: Date = new Date();

  @Property({ type: Date })
  updatedAt: Date = new Date();
}

/** The stars (1 to 5) of one rating for one indicator. */
@Entity({ tableName: 'property_rating_score' })
@Unique({ properties: ['rating', 'indicator'] })
export class PropertyRatingScore {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => PropertyRating, { ref: true, deleteRule: 'cascade' })
  rating!: Ref<PropertyRating>;

  @Property({ type: 'string', length: 8 })
  indicator!: string;

  @Property({ type: 'integer' })
  stars!: number;
}
