import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Estate } from '../register/estate.entity';

/** Homes billed and homes that paid the property fee in an estate for one month (imported). */
@Entity({ tableName: 'fee_collection' })
@Unique({ properties: ['estate', 'month'] })
export class FeeCollectionRow {
  [OptionalProps]?: 'importedAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Estate, { ref: true })
  estate!: Ref<Estate>;

  @Property({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'integer' })
  billedHomes!: number;

  @Property({ type: 'integer' })
  paidHomes!: number;

  @Property({ type: Date })
  importedAt: Date = new Date();
}
