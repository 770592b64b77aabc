import {
  ArrowUpDown,
  Banknote,
  Building2,
  Handshake,
  Lightbulb,
  PiggyBank,
  ScrollText,
  ShieldCheck,
  SquareParking,
  Trees,
  Wrench,
  type LucideIcon,
} from 'lucide-react';
import type { MatterCategory } from '../gql/graphql';

/** A picture for each category, so the choice does not depend on reading; SVG, so no device lacks it. */
const CATEGORY_ICONS = {
  ELEVATOR: ArrowUpDown,
  PARKING: SquareParking,
  FEES: Banknote,
  FUNDRAISING: PiggyBank,
  ENVIRONMENT: Trees,
  SAFETY: ShieldCheck,
  REPAIR: Wrench,
  NEIGHBOURS: Handshake,
  CONVENTION: ScrollText,
  PROPERTY: Building2,
  OTHER: Lightbulb,
} satisfies Record<MatterCategory, LucideIcon>;

export function CategoryIcon({ category, size = 28 }: { category: MatterCategory; size?: number }) {
  const Icon = CATEGORY_ICONS[category];
  return <Icon aria-hidden="true" focusable="false" size={size} strokeWidth={2} />;
}
