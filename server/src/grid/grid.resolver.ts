import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isStaffOf } from '../common/guards';
import { parseId, parseOptionalId } from '../common/ids';
import type { Context } from '../graphql/context';
import { FileArguments } from '../graphql/input-text';
import { groupedLoader, type GroupedLoaders } from '../common/grouped-loader';
import { Building, Community, ImportReportType } from '../register';
import { GridPostInput } from './grid.types';
import { GridPost } from './grid-post.entity';
import { GRID_COLUMNS, type GridService } from './grid.service';

const childrenOf: GroupedLoaders<GridPost> = new WeakMap();

@Resolver()
export class GridResolver {
  constructor(private readonly service: GridService) {}

  @Query(() => [GridPost], { description: 'Public: names and posts; phones for staff only.' })
  grid(@Arg('communityId', () => ID) communityId: string, @Ctx() ctx: Context): Promise<GridPost[]> {
    return this.service.list(ctx.em, parseId(communityId, 'communityId'));
  }

  @Mutation(() => GridPost, { description: 'Sets a post (a building head replaces the one of that building); office, secretary or sub-district.' })
  setGridPost(@Arg('input', () => GridPostInput) input: GridPostInput, @Ctx() ctx: Context): Promise<GridPost> {
    return this.service.setPost(ctx.em, ctx.actor, {
      role: input.role,
      name: input.name,
      communityId: parseId(input.communityId, 'communityId'),
      buildingId: parseOptionalId(input.buildingId, 'buildingId'),
      parentId: parseOptionalId(input.parentId, 'parentId'),
      area: input.area,
      phone: input.phone,
    });
  }

  @Query(() => [String], { description: 'The columns of a grid file for importGridPosts, in order (its header row).' })
  gridImportColumns(): string[] {
    return [...GRID_COLUMNS];
  }

  @Mutation(() => ImportReportType, { description: `CSV: ${GRID_COLUMNS.join(',')}. All or nothing, every bad line reported.` })
  @FileArguments('csv')
  importGridPosts(@Arg('csv', () => String) csv: string, @Ctx() ctx: Context): Promise<ImportReportType> {
    return this.service.importPosts(ctx.em, ctx.actor, csv);
  }
}

@Resolver(() => GridPost)
export class GridPostFieldsResolver {
  @FieldResolver(() => Community)
  community(@Root() p: GridPost, @Ctx() ctx: Context): Promise<Community> {
    return ctx.em.getReference(Community, p.community.id, { wrapped: true }).loadOrFail();
  }

  @FieldResolver(() => Building, { nullable: true })
  building(@Root() p: GridPost, @Ctx() ctx: Context): Promise<Building> | null {
    return p.building ? ctx.em.getReference(Building, p.building.id, { wrapped: true }).loadOrFail() : null;
  }

  @FieldResolver(() => GridPost, { nullable: true })
  parent(@Root() p: GridPost, @Ctx() ctx: Context): Promise<GridPost> | null {
    return p.parent ? ctx.em.getReference(GridPost, p.parent.id, { wrapped: true }).loadOrFail() : null;
  }

  @FieldResolver(() => [GridPost])
  children(@Root() p: GridPost, @Ctx() ctx: Context): Promise<GridPost[]> {
    const em = ctx.em;
    return groupedLoader(em, childrenOf, async (ids) =>
      (await em.find(GridPost, { parent: { $in: ids } }, { orderBy: { id: 'asc' } })).map((x) => [x.parent!.id, x] as [number, GridPost]),
    ).load(p.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Staff of the community only.' })
  phone(@Root() p: GridPost, @Ctx() ctx: Context): string | null {
    return isStaffOf(ctx.actor, p.community.id) ? (p.phone ?? null) : null;
  }
}
