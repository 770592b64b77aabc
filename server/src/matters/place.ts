import type { EntityManager } from '@mikro-orm/knex';
import { badInput, forbidden } from '../common/errors';
import { Building, Unit } from '../register';

/** Where a matter is: a building of the register and, if known, one of its units. */
export interface Place {
  buildingId: number;
  unitId: number | null;
  /** Estate, building and unit as the register names them, for people and for the title. */
  text: string;
  /** Building and unit only: short enough to go into a title. */
  short: string;
}

/** Checks that the building (and unit) exist and belong to the community, and names the place. */
export async function placeIn(em: EntityManager, communityId: number, buildingId: number | null, unitId: number | null): Promise<Place | null> {
  if (buildingId === null && unitId === null) return null;
  let unit: Unit | null = null;
  if (unitId !== null) {
    unit = await em.findOne(Unit, { id: unitId }, { populate: ['building.estate'] });
    if (!unit) throw badInput('No such unit', { field: 'unitId' });
    if (buildingId !== null && unit.building.id !== buildingId) throw badInput('The unit is not in that building', { field: 'unitId' });
  }
  const building = unit ? unit.building.getEntity() : await em.findOne(Building, { id: buildingId! }, { populate: ['estate'] });
  if (!building) throw badInput('No such building', { field: 'buildingId' });
  const estate = building.estate.getEntity();
  if (estate.community.id !== communityId) throw forbidden("The building is not in this pavilion's community");
  const short = unit ? `${building.name}${unit.name}` : building.name;
  return { buildingId: building.id, unitId: unit?.id ?? null, text: `${estate.name} ${short}`, short };
}
