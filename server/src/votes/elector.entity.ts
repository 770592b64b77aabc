import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Home } from '../register/home.entity';
import { Vote } from './vote.entity';

/** A home of a vote's frozen electorate, with its area and owner as they were when the vote opened. */
@Entity({ tableName: 'vote_elector' })
@Unique({ properties: ['vote', 'home'] })
@Index({ properties: ['vote', 'voterKey'] })
export class Elector {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Vote, { ref: true })
  vote!: Ref<Vote>;

  @ManyToOne(() => Home, { ref: true })
  home!: Ref<Home>;

  /** The owner key (owners' votes) or the home (residents' votes): one ballot per voterKey. */
  @Property({ type: 'string', length: 64 })
  voterKey!: string;

  @Property({ type: 'integer' })
  floor!: number;

  @Property({ type: 'integer' })
  areaCentiM2!: number;

  /** The whole area of this home's voter in scope (all their homes), set when the vote opens. */
  @Property({ type: 'integer', default: 0 })
  voterAreaCentiM2!: number;
}
