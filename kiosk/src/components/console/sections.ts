import { Award, BarChart3, Network, CalendarDays, ClipboardList, History, Home as HomeIcon, Vote, Wrench, type LucideIcon } from 'lucide-react';
import type { Role } from '../../gql/graphql';

export type SectionKey = 'matters' | 'meetings' | 'votes' | 'service' | 'evaluation' | 'together' | 'register' | 'audit' | 'stats';

export interface Section {
  key: SectionKey;
  href: string;
  icon: LucideIcon;
  roles: readonly Role[];
}

/** The console's sections, one route each, and who sees them in the side menu. */
export const SECTIONS: readonly Section[] = [
  { key: 'matters', href: '/console/matters', icon: ClipboardList, roles: ['STREET_ADMIN', 'SECRETARY', 'OFFICE'] },
  { key: 'meetings', href: '/console/meetings', icon: CalendarDays, roles: ['STREET_ADMIN', 'SECRETARY'] },
  { key: 'votes', href: '/console/votes', icon: Vote, roles: ['STREET_ADMIN', 'SECRETARY', 'OFFICE'] },
  { key: 'service', href: '/console/service', icon: Wrench, roles: ['STREET_ADMIN', 'SECRETARY', 'OFFICE'] },
  { key: 'evaluation', href: '/console/evaluation', icon: Award, roles: ['STREET_ADMIN', 'SECRETARY', 'OFFICE'] },
  { key: 'together', href: '/console/together', icon: Network, roles: ['STREET_ADMIN', 'SECRETARY', 'OFFICE'] },
  { key: 'register', href: '/console/register', icon: HomeIcon, roles: ['STREET_ADMIN', 'OFFICE'] },
  { key: 'audit', href: '/console/audit', icon: History, roles: ['STREET_ADMIN', 'SECRETARY', 'OFFICE'] },
  { key: 'stats', href: '/console/stats', icon: BarChart3, roles: ['STREET_ADMIN', 'SECRETARY', 'OFFICE'] },
];

export const sectionsFor = (role: Role) => SECTIONS.filter((s) => s.roles.includes(role));
export const sectionOf = (pathname: string) => SECTIONS.find((s) => pathname === s.href || pathname.startsWith(`${s.href}/`));
