import type { Context, ResidentViewer, StaffViewer } from '../context';
import { forbidden, unauthenticated } from '../common/errors';
import { Role } from './role';

/**
 * Role and community checks. Every resolver that needs one calls these with the ids it found on
 * the server, never with ids the client claims.
 */
export function requireViewer(ctx: Context) {
  if (!ctx.viewer) throw unauthenticated(ctx.sessionExpired ? 'Your session has ended; sign in again' : 'Sign in first');
  return ctx.viewer;
}

export function requireStaff(ctx: Context, roles: readonly Role[] = [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY]): StaffViewer {
  const viewer = requireViewer(ctx);
  if (viewer.kind !== 'staff' || !roles.includes(viewer.role)) throw forbidden();
  return viewer;
}

export function requireResident(ctx: Context): ResidentViewer {
  const viewer = requireViewer(ctx);
  if (viewer.kind !== 'resident') throw forbidden('Only a resident signed in with a home code may do this');
  return viewer;
}

export function actsFor(viewer: StaffViewer, communityId: number): boolean {
  return viewer.communityIds === 'ALL' || viewer.communityIds.includes(communityId);
}

/** Staff of one of `roles` who act for `communityId` (STREET_ADMIN acts for all). */
export function requireStaffOf(ctx: Context, communityId: number, roles: readonly Role[]): StaffViewer {
  const viewer = requireStaff(ctx, [Role.STREET_ADMIN, ...roles]);
  if (!actsFor(viewer, communityId)) throw forbidden('This belongs to another community');
  return viewer;
}
