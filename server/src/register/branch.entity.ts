import { Collection, Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Community } from './community.entity';

/** A Party branch: the jurisdiction of one secretary, one or more communities. */
@Entity({ tableName: 'branch' })
export class Branch {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @OneToMany(() => Community, (c) => c.branch)
  communities = new Collection<Community>(this);
}
