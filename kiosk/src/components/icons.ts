/** A picture for each category, so the choice does not depend on reading. */
export const CATEGORY_ICONS: Record<string, string> = {
  ELEVATOR: '🛗',
  PARKING: '🅿️',
  FEES: '💴',
  FUNDRAISING: '🏦',
  ENVIRONMENT: '🌳',
  SAFETY: '🛡️',
  REPAIR: '🔧',
  NEIGHBOURS: '🤝',
  CONVENTION: '📜',
  OTHER: '💡',
};
