import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Convention } from './convention.entity';

/** One published version, kept whole: its articles and what changed from the one before. */
@Entity({ tableName: 'convention_version' })
@Unique({ properties: ['convention', 'version'] })
export class ConventionVersionRow {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Convention, { ref: true })
  convention!: Ref<Convention>;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: Date })
  publishedAt!: Date;

  /** The articles' texts by number, as JSON: string[]. */
  @Property({ type: 'text' })
  articles!: string;

  /** Array<{ number, before, after }> as JSON. */
  @Property({ type: 'text' })
  changes!: string;
}
