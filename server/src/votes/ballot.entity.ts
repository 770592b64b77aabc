import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Home } from '../register/home.entity';
import { BallotChoice } from './enums';
import { Vote } from './vote.entity';

/**
 * One voter's ballot. The unique (vote, voterKey) constraint, not a check in code, is what keeps
 * an owner to one ballot however many requests race. Ballots are never updated or deleted.
 */
@Entity({ tableName: 'ballot' })
@Unique({ properties: ['vote', 'voterKey'] })
@Index({ properties: ['vote', 'receipt'] })
export class Ballot {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Vote, { ref: true })
  vote!: Ref<Vote>;

  @Property({ type: 'string', length: 64 })
  voterKey!: string;

  /** The home through which the ballot was cast or collected. */
  @ManyToOne(() => Home, { ref: true })
  home!: Ref<Home>;

  @Property({ type: 'string', length: 10 })
  choice!: BallotChoice;

  /** The voter's whole area in scope (all their homes), fixed at casting. */
  @Property({ type: 'integer' })
  areaCentiM2!: number;

  @Property({ type: 'string', length: 20, unique: true })
  receipt!: string;

  @Property({ type: Date })
  castAt!: Date;

  /** KIOSK (a resident's session) or PAPER (collected door to door and entered by staff). */
  @Property({ type: 'string', length: 10 })
  channel!: 'KIOSK' | 'PAPER';

  @Property({ type: 'integer', nullable: true })
  recordedBy?: number | null;
}
