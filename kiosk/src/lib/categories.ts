import type { MatterCategory } from '../gql/graphql';

/**
 * Matter categories in the order residents think of them (what they raise most first, 其他 last),
 * not the enum's alphabetical order. Every category has a place: a new one is a type error here.
 */
const RANK = {
  ELEVATOR: 1,
  PARKING: 2,
  ENVIRONMENT: 3,
  SAFETY: 4,
  NEIGHBOURS: 5,
  PROPERTY: 6,
  FEES: 7,
  REPAIR: 8,
  FUNDRAISING: 9,
  CONVENTION: 10,
  OTHER: 99,
} satisfies Record<MatterCategory, number>;

export const CATEGORIES_IN_ORDER = (Object.keys(RANK) as MatterCategory[]).sort((a, b) => RANK[a] - RANK[b]);
