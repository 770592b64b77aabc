import type { Role } from './role';

export interface StaffViewer {
  kind: 'staff';
  userId: number;
  role: Role.STREET_ADMIN | Role.OFFICE | Role.SECRETARY | Role.SERVICE_STAFF;
  displayName: string;
  /** The communities this person acts for; 'ALL' for sub-district staff. */
  communityIds: number[] | 'ALL';
  /** SERVICE_STAFF: the service teams this person works in (the only orders they act on). */
  teamIds?: number[];
}

export interface ResidentViewer {
  kind: 'resident';
  role: Role.RESIDENT;
  sessionId: number;
  homeId: number;
  communityId: number;
  displayName: string;
}

/** Someone without a session: a kiosk, a phone, or a caller whose session has ended. */
export interface Anonymous {
  kind: 'anonymous';
  /** A bearer token was sent but its session has ended (so errors can say so). */
  sessionEnded: boolean;
}

export type Viewer = StaffViewer | ResidentViewer;

/** Who asks: what every service receives beside its entity manager, never the GraphQL context. */
export type Actor = Viewer | Anonymous;

export const ANONYMOUS: Anonymous = Object.freeze({ kind: 'anonymous', sessionEnded: false });
export const SESSION_ENDED: Anonymous = Object.freeze({ kind: 'anonymous', sessionEnded: true });
