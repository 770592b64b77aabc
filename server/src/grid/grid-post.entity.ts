import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Building } from '../register/building.entity';
import { Community } from '../register/community.entity';
import { GridRole } from './enums';

/** One post of the grid chain: who holds it, the building or area it covers, and whom it reports to. */
@Entity({ tableName: 'grid_post' })
@Index({ properties: ['community', 'role'] })
@Index({ properties: ['building', 'role'] })
@ObjectType({ description: 'One post of the five-level grid chain: 网格长 - 党小组长 - 楼栋长 - 党员中心户 - 志愿者.' })
export class GridPost {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 20 })
  @Field(() => GridRole)
  role!: GridRole;

  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: "The person's display name (public: residents should know their building head)." })
  name!: string;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @ManyToOne(() => Building, { ref: true, nullable: true })
  building?: Ref<Building> | null;

  /** The area a post above building level covers, in words (e.g. 一网格: 1-6栋). */
  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The area a post above building level covers, in words.' })
  area?: string | null;

  @ManyToOne(() => GridPost, { ref: true, nullable: true, deleteRule: 'set null' })
  parent?: Ref<GridPost> | null;

  /** For staff and for text messages only. */
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Property({ type: Date })
  createdAt: Date = new Date();
}
