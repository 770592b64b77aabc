import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actsFor, requireStaff } from '../common/guards';
import { Role } from '../common/role';
import { PropertyCompany } from './company.entity';
import type { Context } from '../graphql/context';
import { PublicAnswer } from '../graphql/public-cache';
import { FileArguments } from '../graphql/input-text';
import { parseId } from '../common/ids';
import { IMPORT_COLUMNS, IMPORT_HEADER, ImportService } from './import.service';
import { forbidden } from '../common/errors';
import { Building } from './building.entity';
import { Community } from './community.entity';
import { Estate } from './estate.entity';
import { Home } from './home.entity';
import { ImportReportType } from './import.types';
import { Pavilion } from './pavilion.entity';
import { Unit } from './unit.entity';

@Resolver()
export class RegisterResolver {
  constructor(private readonly imports: ImportService) {}

  @Query(() => Estate, { nullable: true, description: "The estate of the signed-in resident's home (null for anyone else): what a rating is about." })
  async myEstate(@Ctx() ctx: Context): Promise<Estate | null> {
    if (ctx.actor.kind !== 'resident') return null;
    const home = await ctx.em.findOne(Home, ctx.actor.homeId, { populate: ['unit.building.estate'] });
    return home ? home.unit.unwrap().building.unwrap().estate.unwrap() : null;
  }

  @PublicAnswer()
  @Query(() => [Community])
  communities(@Ctx() ctx: Context): Promise<Community[]> {
    return ctx.em.find(Community, {}, { orderBy: { id: 'asc' } });
  }

  @PublicAnswer()
  @Query(() => [Pavilion])
  pavilions(@Ctx() ctx: Context): Promise<Pavilion[]> {
    return ctx.em.find(Pavilion, {}, { orderBy: { id: 'asc' } });
  }

  @PublicAnswer()
  @Query(() => Pavilion, { nullable: true, description: 'One pavilion, with its community: what a kiosk standing in it shows.' })
  pavilion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Pavilion | null> {
    return ctx.em.findOne(Pavilion, { id: parseId(id) });
  }

  @Query(() => Estate, { nullable: true, description: 'One estate, to browse its buildings, units and (for staff) homes.' })
  estate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Estate | null> {
    return ctx.em.findOne(Estate, { id: parseId(id) });
  }

  @Query(() => [String], { description: 'The columns of a register file for importHomes, in order (its header row).' })
  homeImportColumns(): string[] {
    return [...IMPORT_COLUMNS];
  }

  @Mutation(() => ImportReportType, {
    description: `CSV with a header row: ${IMPORT_HEADER}.\nAll or nothing: with any error, nothing is imported and every bad line is reported.`,
  })
  @FileArguments('csv')
  importHomes(@Arg('csv', () => String) csv: string, @Ctx() ctx: Context): Promise<ImportReportType> {
    const viewer = requireStaff(ctx.actor, [Role.STREET_ADMIN, Role.OFFICE]);
    return this.imports.importHomes(ctx.em, viewer, csv);
  }
}

@Resolver(() => Community)
export class CommunityFieldsResolver {
  @FieldResolver(() => [Estate])
  estates(@Root() community: Community): Promise<Estate[]> {
    return community.estates.loadItems();
  }

  @FieldResolver(() => [Pavilion])
  pavilions(@Root() community: Community): Promise<Pavilion[]> {
    return community.pavilions.loadItems();
  }
}

@Resolver(() => Estate)
export class EstateFieldsResolver {
  @FieldResolver(() => [Building])
  buildings(@Root() estate: Estate): Promise<Building[]> {
    return estate.buildings.loadItems();
  }

  @FieldResolver(() => String, { nullable: true, description: "The property company's name; null for old buildings without one." })
  async propertyCompany(@Root() estate: Estate): Promise<string | null> {
    return estate.company ? (await estate.company.load())!.name : null;
  }

  @FieldResolver(() => PropertyCompany, { nullable: true })
  company(@Root() estate: Estate): Promise<PropertyCompany | null> | null {
    return estate.company ? estate.company.load().then((c) => c ?? null) : null;
  }
}

@Resolver(() => Building)
export class BuildingFieldsResolver {
  @FieldResolver(() => [Unit])
  units(@Root() building: Building): Promise<Unit[]> {
    return building.units.loadItems();
  }
}

@Resolver(() => Unit)
export class UnitFieldsResolver {
  @FieldResolver(() => [Home], { description: 'Staff of the community only.' })
  async homes(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Home[]> {
    const viewer = requireStaff(ctx.actor);
    if (viewer.communityIds !== 'ALL') {
      const building = await unit.building.load();
      const estate = await building!.estate.load();
      if (!actsFor(viewer, estate!.community.id)) throw forbidden('Homes of another community are not shown to you');
    }
    return unit.homes.loadItems();
  }
}

@Resolver(() => Pavilion)
export class PavilionFieldsResolver {
  @FieldResolver(() => Community)
  async community(@Root() pavilion: Pavilion): Promise<Community> {
    return (await pavilion.community.load())!;
  }

  @FieldResolver(() => Estate, { nullable: true, description: 'The estate the pavilion stands in, if the register says so: its buildings are offered first.' })
  async estate(@Root() pavilion: Pavilion): Promise<Estate | null> {
    return pavilion.estate ? ((await pavilion.estate.load()) ?? null) : null;
  }
}
