import type { ReactNode } from 'react';
import { ConsoleRoot } from '../../components/console/ConsoleRoot';

/** Every /console route: the staff shell (Ant Design, loaded by these routes only). */
export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return <ConsoleRoot>{children}</ConsoleRoot>;
}
