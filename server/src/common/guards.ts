import type { Actor, ResidentViewer, StaffViewer, Viewer } from './actor';
import { forbidden, unauthenticated } from './errors';
import { Role } from './role';

/**
 * Role and community checks. Every service that needs one calls these with the ids it found on
 * the server, never with ids the client claims.
 */
export function requireViewer(actor: Actor): Viewer {
  if (actor.kind === 'anonymous') throw unauthenticated(actor.sessionEnded ? 'Your session has ended; sign in again' : 'Sign in first');
  return actor;
}

export function requireStaff(actor: Actor, roles: readonly Role[] = [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY]): StaffViewer {
  const viewer = requireViewer(actor);
  if (viewer.kind !== 'staff' || !roles.includes(viewer.role)) throw forbidden();
  return viewer;
}

export function requireResident(actor: Actor): ResidentViewer {
  const viewer = requireViewer(actor);
  if (viewer.kind !== 'resident') throw forbidden('Only a resident signed in with a home code may do this');
  return viewer;
}

export function actsFor(viewer: StaffViewer, communityId: number): boolean {
  return viewer.communityIds === 'ALL' || viewer.communityIds.includes(communityId);
}

/** Whether the actor is staff acting for this community (who may see its contact details). */
export function isStaffOf(actor: Actor, communityId: number): boolean {
  return actor.kind === 'staff' && actor.role !== Role.SERVICE_STAFF && actsFor(actor, communityId);
}

/** A member of this service team (on their phone). */
export function isMemberOf(actor: Actor, teamId: number | null | undefined): boolean {
  return actor.kind === 'staff' && actor.role === Role.SERVICE_STAFF && teamId != null && (actor.teamIds ?? []).includes(teamId);
}

/** Staff of one of `roles` who act for `communityId` (STREET_ADMIN acts for all). */
export function requireStaffOf(actor: Actor, communityId: number, roles: readonly Role[]): StaffViewer {
  const viewer = requireStaff(actor, [Role.STREET_ADMIN, ...roles]);
  if (!actsFor(viewer, communityId)) throw forbidden('This belongs to another community');
  return viewer;
}
