import { Field, ID, InputType } from 'type-graphql';
import { GridRole } from './enums';

@InputType()
export class GridPostInput {
  @Field(() => GridRole) role!: GridRole;
  @Field(() => String) name!: string;
  @Field(() => ID) communityId!: string;
  @Field(() => ID, { nullable: true }) buildingId?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'The area a post above building level covers.' }) area?: string | null;
  @Field(() => String, { nullable: true, description: 'Staff only.' }) phone?: string | null;
}
