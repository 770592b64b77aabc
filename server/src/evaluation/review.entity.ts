import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Matter } from '../matters/matter.entity';
import { Estate } from '../register/estate.entity';
import { FrozenScorecard } from './closing.entity';

/** A matter that puts a company's re-appointment to the owners of an estate, with the scorecard that warned. */
@Entity({ tableName: 'property_review' })
@Unique({ properties: ['scorecard', 'estate'] })
export class PropertyReview {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Matter, { ref: true, unique: true })
  matter!: Ref<Matter>;

  @ManyToOne(() => FrozenScorecard, { ref: true })
  scorecard!: Ref<FrozenScorecard>;

  @ManyToOne(() => Estate, { ref: true })
  estate!: Ref<Estate>;

  @Property({ type: Date })
  createdAt: Date = new Date();
}
