import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { Role } from './auth/role';
import type { Services } from './services';

export interface StaffViewer {
  kind: 'staff';
  userId: number;
  role: Role.STREET_ADMIN | Role.OFFICE | Role.SECRETARY;
  displayName: string;
  /** The communities this person acts for; 'ALL' for sub-district staff. */
  communityIds: number[] | 'ALL';
}

export interface ResidentViewer {
  kind: 'resident';
  role: Role.RESIDENT;
  sessionId: number;
  homeId: number;
  communityId: number;
  displayName: string;
}

export type Viewer = StaffViewer | ResidentViewer;

export interface Context {
  /** A fork of the ORM's entity manager, one per request or subscription operation. */
  em: EntityManager;
  viewer: Viewer | null;
  /** The bearer token sent with the request, if any. */
  token?: string;
  /** A bearer token was sent but its session has ended. */
  sessionExpired: boolean;
  requestId: string;
  /** Address of the caller, for rate limits. */
  ip: string;
  log: Logger;
  services: Services;
}
