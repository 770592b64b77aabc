import type { EntityManager } from '@mikro-orm/knex';
import { actsFor, requireResident, requireStaff } from '../common/guards';
import { Role } from '../common/role';
import type { Actor, ResidentViewer, StaffViewer } from '../common/actor';
import { forbidden, notFound } from '../common/errors';
import { ConventionArticle } from './article.entity';
import { Convention, ConventionCommunity } from './convention.entity';

export interface ConventionScope {
  convention: Convention;
  communityIds: number[];
}

export async function conventionScope(em: EntityManager, conventionId: number): Promise<ConventionScope> {
  const convention = await em.findOne(Convention, { id: conventionId });
  if (!convention) throw notFound('Convention');
  const links = await em.find(ConventionCommunity, { convention: conventionId });
  return { convention, communityIds: links.map((l) => l.community.id) };
}

export async function articleScope(em: EntityManager, articleId: number): Promise<ConventionScope & { article: ConventionArticle }> {
  const article = await em.findOne(ConventionArticle, { id: articleId });
  if (!article) throw notFound('Article');
  return { ...(await conventionScope(em, article.convention.id)), article };
}

const CONVENTION_ROLES: readonly Role[] = [Role.STREET_ADMIN, Role.SECRETARY];

/** The branch (a secretary acting for every community of the convention) or the sub-district. */
export function isConventionStaff(actor: Actor, communityIds: number[]): actor is StaffViewer {
  return actor.kind === 'staff' && CONVENTION_ROLES.includes(actor.role) && communityIds.every((c) => actsFor(actor, c));
}

/** The same, or UNAUTHENTICATED / FORBIDDEN. */
export function requireConventionStaff(actor: Actor, communityIds: number[]): StaffViewer {
  const viewer = requireStaff(actor, CONVENTION_ROLES);
  if (!isConventionStaff(viewer, communityIds)) throw forbidden('This convention belongs to communities you do not act for');
  return viewer;
}

/** A signed-in resident whose home is in one of the convention's communities. */
export function requireConventionResident(actor: Actor, communityIds: number[]): ResidentViewer {
  const resident = requireResident(actor);
  if (!communityIds.includes(resident.communityId)) throw forbidden("This convention is another community's");
  return resident;
}
