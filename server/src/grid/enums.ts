import { registerEnumType } from 'type-graphql';

/** The five levels of the grid chain, top down: 网格长 - 党小组长 - 楼栋长 - 党员中心户 - 志愿者. */
export enum GridRole {
  GRID_HEAD = 'GRID_HEAD',
  PARTY_GROUP_HEAD = 'PARTY_GROUP_HEAD',
  BUILDING_HEAD = 'BUILDING_HEAD',
  MEMBER_HOUSEHOLD = 'MEMBER_HOUSEHOLD',
  VOLUNTEER = 'VOLUNTEER',
}

/** Levels in order: a post reports to one of the level above. */
export const GRID_LEVELS: readonly GridRole[] = [
  GridRole.GRID_HEAD,
  GridRole.PARTY_GROUP_HEAD,
  GridRole.BUILDING_HEAD,
  GridRole.MEMBER_HOUSEHOLD,
  GridRole.VOLUNTEER,
];

registerEnumType(GridRole, { name: 'GridRole' });
