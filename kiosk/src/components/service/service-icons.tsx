import { Brush, Droplets, Lightbulb, ShieldAlert, Trees, TrafficCone, Wrench, type LucideProps } from 'lucide-react';

/** One drawn icon per catalogue category (SVG, so it shows on any device). */
const ICONS: Record<string, (p: LucideProps) => React.ReactNode> = {
  SAN: (p) => <Brush {...p} />,
  SEC: (p) => <ShieldAlert {...p} />,
  FAC: (p) => <Lightbulb {...p} />,
  UTL: (p) => <Droplets {...p} />,
  GRN: (p) => <Trees {...p} />,
  ORD: (p) => <TrafficCone {...p} />,
};

const OTHER = (p: LucideProps) => <Wrench {...p} />;

export function ServiceCategoryIcon({ code, size = 48 }: { code: string; size?: number }) {
  return (ICONS[code] ?? OTHER)({ size, 'aria-hidden': true, focusable: false });
}
