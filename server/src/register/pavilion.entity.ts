import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Community } from './community.entity';
import { Estate } from './estate.entity';

@Entity({ tableName: 'pavilion' })
@ObjectType({ description: 'A deliberation pavilion (议事亭) with its touchscreen kiosk.' })
export class Pavilion {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 100, unique: true })
  @Field(() => String)
  name!: string;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  /** The estate the pavilion stands in: its buildings come first where a resident names a place. */
  @ManyToOne(() => Estate, { ref: true, nullable: true })
  estate?: Ref<Estate> | null;
}
