import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Home } from '../register/home.entity';
import { Matter } from './matter.entity';

/** One home's support (附议) of a matter; a home seconds a matter once. */
@Entity({ tableName: 'matter_second' })
@Unique({ properties: ['matter', 'home'] })
export class Second {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Matter, { ref: true })
  matter!: Ref<Matter>;

  @ManyToOne(() => Home, { ref: true })
  home!: Ref<Home>;

  @Property({ type: Date })
  createdAt: Date = new Date();
}
