import type { EntityManager } from '@mikro-orm/knex';
import { requireStaff } from '../auth/guards';
import { Role } from '../auth/role';
import type { Actor, StaffViewer } from '../common/actor';
import { isCode, normaliseCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { badInput } from '../common/errors';
import { MatterStatus, type MatterStep } from './enums';
import { statusesOf } from './lifecycle';
import { Matter } from './matter.entity';
import { Notice } from './notice.entity';

export const TRIAGE_TARGET_MINUTES = 120;

export interface MatterFilterInput {
  pavilionId?: number | null;
  communityId?: number | null;
  status?: MatterStatus[] | null;
  step?: MatterStep | null;
}

export interface MatterPage {
  edges: Array<{ cursor: string; node: Matter }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Reading matters: by id or code, pages for boards, and the staff's working lists. */
export class MatterQueries {
  async byId(em: EntityManager, matterId: number): Promise<Matter | null> {
    return em.findOne(Matter, { id: matterId });
  }

  async byTrackingCode(em: EntityManager, code: string): Promise<Matter | null> {
    const trackingCode = normaliseCode(code);
    return isCode(trackingCode, TRACKING_CODE_LENGTH) ? em.findOne(Matter, { trackingCode }) : null;
  }

  async list(em: EntityManager, filter: MatterFilterInput | null | undefined, first?: number | null, after?: string | null): Promise<MatterPage> {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 0 || size > 100) throw badInput('first is a whole number from 0 to 100', { field: 'first' });
    const where: Record<string, unknown> = {};
    if (filter?.pavilionId) where.pavilion = filter.pavilionId;
    if (filter?.communityId) where.community = filter.communityId;
    const statuses = new Set<MatterStatus>(filter?.status?.length ? filter.status : Object.values(MatterStatus));
    if (filter?.step) for (const s of [...statuses]) if (!statusesOf(filter.step).includes(s)) statuses.delete(s);
    if (filter?.status?.length || filter?.step) where.status = { $in: [...statuses] };
    let pageWhere = where;
    if (after) {
      const [at, afterId] = decodeCursor(after);
      pageWhere = { ...where, $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: afterId } }] };
    }
    const rows = size === 0 ? [] : await em.find(Matter, pageWhere, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: size + 1 });
    // A first page that holds every match is its own count: one statement fewer for most boards.
    const totalCount = !after && size > 0 && rows.length <= size ? rows.length : await em.count(Matter, where);
    const nodes = rows.slice(0, size);
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** Untriaged matters of the secretary's communities, oldest first. */
  async inbox(em: EntityManager, actor: Actor): Promise<Matter[]> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.SECRETARY, Role.OFFICE]);
    return em.find(Matter, { status: MatterStatus.SUBMITTED, ...scope(viewer) }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit: 500 });
  }

  async followUps(em: EntityManager, actor: Actor): Promise<Matter[]> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY]);
    return em.find(Matter, { followUp: true, ...scope(viewer) }, { orderBy: [{ ratedAt: 'asc' }, { id: 'asc' }], limit: 500 });
  }

  async inExecution(em: EntityManager, actor: Actor): Promise<Matter[]> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY]);
    return em.find(Matter, { status: MatterStatus.IN_EXECUTION, ...scope(viewer) }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit: 500 });
  }

  async notices(em: EntityManager, communityId?: number | null, first = 20): Promise<Notice[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first is a whole number from 1 to 100');
    return em.find(Notice, communityId ? { community: communityId } : {}, { orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], limit: first });
  }
}

function scope(viewer: StaffViewer): Record<string, unknown> {
  return viewer.communityIds === 'ALL' ? {} : { community: { $in: viewer.communityIds } };
}

export function encodeCursor(m: Matter): string {
  return Buffer.from(JSON.stringify([m.createdAt.getTime(), m.id])).toString('base64url');
}

function decodeCursor(cursor: string): [Date, number] {
  try {
    const [at, mid] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof at === 'number' && Number.isSafeInteger(mid)) return [new Date(at), mid];
  } catch {
    /* falls through */
  }
  throw badInput('after is not a cursor this server gave out', { field: 'after' });
}
