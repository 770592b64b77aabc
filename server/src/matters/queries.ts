import type { EntityManager } from '@mikro-orm/knex';
import { requireStaff } from '../auth/guards';
import { Role } from '../auth/role';
import type { Actor, StaffViewer } from '../common/actor';
import { isCode, normaliseCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { badInput } from '../common/errors';
import { MatterStatus, type MatterStep } from './enums';
import { statusesOf } from './lifecycle';
import { Matter } from './matter.entity';
import type { Notice } from './notice.entity';
import type { NoticeKind } from './enums';

/** A notice read for a list: its fields, and its matter and community by id. */
export type NoticeLike = Pick<Notice, 'id' | 'kind' | 'title' | 'body' | 'publishedAt'> & { matter: { id: number }; community: { id: number } };
import { MATTER_COLUMNS, matterRow, type MatterColumns, type MatterLike } from './matter-row';
import type { FastReads } from '../common/fast-reads';

export const TRIAGE_TARGET_MINUTES = 120;

export interface MatterFilterInput {
  pavilionId?: number | null;
  communityId?: number | null;
  status?: MatterStatus[] | null;
  step?: MatterStep | null;
}

export interface MatterPage {
  edges: Array<{ cursor: string; node: MatterLike }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Reading matters: by id or code, pages for boards, and the staff's working lists. */
export class MatterQueries {
  constructor(private readonly reads: FastReads) {}

  async byId(em: EntityManager, matterId: number): Promise<Matter | null> {
    return em.findOne(Matter, { id: matterId });
  }

  async byTrackingCode(em: EntityManager, code: string): Promise<Matter | null> {
    const trackingCode = normaliseCode(code);
    return isCode(trackingCode, TRACKING_CODE_LENGTH) ? em.findOne(Matter, { trackingCode }) : null;
  }

  /** A page of matters, newest first, as plain rows (see matter-row.ts): boards ask for this most. */
  async list(em: EntityManager, filter: MatterFilterInput | null | undefined, first?: number | null, after?: string | null): Promise<MatterPage> {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 0 || size > 100) throw badInput('first is a whole number from 0 to 100', { field: 'first' });
    const where: string[] = [];
    const params: unknown[] = [];
    const and = (condition: string, ...values: unknown[]) => {
      where.push(condition);
      params.push(...values);
    };
    if (filter?.pavilionId) and('m.pavilion_id = ?', filter.pavilionId);
    if (filter?.communityId) and('m.community_id = ?', filter.communityId);
    const statuses = new Set<MatterStatus>(filter?.status?.length ? filter.status : Object.values(MatterStatus));
    if (filter?.step) for (const s of [...statuses]) if (!statusesOf(filter.step).includes(s)) statuses.delete(s);
    if (filter?.status?.length || filter?.step) {
      if (statuses.size === 0) and('1 = 0');
      else and(`m.status in (${[...statuses].map(() => '?').join(', ')})`, ...statuses);
    }
    const pageWhere = [...where];
    const pageParams = [...params];
    if (after) {
      const [at, afterId] = decodeCursor(after);
      const t = em.getPlatform().processDateProperty(at);
      pageWhere.push('(m.created_at < ? or (m.created_at = ? and m.id < ?))');
      pageParams.push(t, t, afterId);
    }
    const clause = (w: string[]) => (w.length ? ` where ${w.join(' and ')}` : '');
    const rows =
      size === 0
        ? []
        : (
            await this.reads.all<MatterColumns>(
              em,
              `select ${MATTER_COLUMNS} from matter m${clause(pageWhere)} order by m.created_at desc, m.id desc limit ?`,
              [...pageParams, size + 1],
            )
          ).map(matterRow);
    // A first page that holds every match is its own count: one statement fewer for most boards.
    const totalCount =
      !after && size > 0 && rows.length <= size
        ? rows.length
        : Number((await this.reads.all<{ c: unknown }>(em, `select count(*) as c from matter m${clause(where)}`, params))[0].c);
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

  /** Public notices, newest first, as plain rows: every board shows the latest. */
  async notices(em: EntityManager, communityId?: number | null, first = 20): Promise<NoticeLike[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first is a whole number from 1 to 100');
    const rows = await this.reads.all<{
      id: unknown;
      matter_id: unknown;
      community_id: unknown;
      kind: NoticeKind;
      title: string;
      body: string;
      published_at: unknown;
    }>(
      em,
      `select id, matter_id, community_id, kind, title, body, published_at from notice${communityId ? ' where community_id = ?' : ''} order by published_at desc, id desc limit ?`,
      communityId ? [communityId, first] : [first],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      matter: { id: Number(r.matter_id) },
      community: { id: Number(r.community_id) },
      kind: r.kind,
      title: r.title,
      body: r.body,
      publishedAt: new Date(r.published_at as string | number | Date),
    }));
  }
}

function scope(viewer: StaffViewer): Record<string, unknown> {
  return viewer.communityIds === 'ALL' ? {} : { community: { $in: viewer.communityIds } };
}

export function encodeCursor(m: Pick<Matter, 'createdAt' | 'id'>): string {
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
