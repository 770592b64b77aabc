import type { EntityManager } from '@mikro-orm/knex';
import { LRUCache } from 'lru-cache';
import { requireStaff } from '../common/guards';
import { Role } from '../common/role';
import type { Actor, StaffViewer } from '../common/actor';
import type { ChangeFeed } from '../common/change-feed';
import { isCode, normaliseCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { badInput } from '../common/errors';
import type { FastReads } from '../common/fast-reads';
import { dateOf } from '../common/sql';
import type { NoticeKind } from './enums';
import { MatterStatus, type MatterStep } from './enums';
import { statusesOf } from './lifecycle';
import { MATTER_COLUMNS, matterRow, type MatterColumns, type MatterLike } from './matter-row';
import { Matter } from './matter.entity';
import type { Notice } from './notice.entity';

/** A notice read for a list: its fields, and its matter and community by id. */
export type NoticeLike = Pick<Notice, 'id' | 'kind' | 'title' | 'body' | 'publishedAt'> & { matter: { id: number } | null; community: { id: number } };

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
  /**
   * Boards and notices of a community, kept as rows until that community changes (the change feed)
   * or 30 s pass: kiosks and residents' phones ask for the same few again and again. Rows are never
   * changed after reading; what a viewer may see of them is decided field by field.
   */
  private readonly kept = new LRUCache<string, { communityId: number; value: Promise<unknown> }>({ max: 2_000, ttl: 30_000 });

  constructor(private readonly reads: FastReads) {}

  watch(feed: ChangeFeed) {
    feed.listen((communityId) => {
      if (communityId === null) return this.kept.clear();
      for (const [key, entry] of this.kept.entries()) if (entry.communityId === communityId) this.kept.delete(key);
    });
  }

  private keep<T>(communityId: number, key: unknown[], read: () => Promise<T>): Promise<T> {
    const k = JSON.stringify(key);
    const hit = this.kept.get(k);
    if (hit) return hit.value as Promise<T>;
    const value = read();
    this.kept.set(k, { communityId, value });
    value.catch(() => this.kept.delete(k));
    return value;
  }

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
    const communityId = filter?.communityId;
    if (communityId && !filter.pavilionId && !after) {
      return this.keep(communityId, ['list', communityId, filter.status ?? null, filter.step ?? null, size], () => this.read(em, filter, size, after));
    }
    return this.read(em, filter, size, after);
  }

  private async read(em: EntityManager, filter: MatterFilterInput | null | undefined, size: number, after?: string | null): Promise<MatterPage> {
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
  async inbox(em: EntityManager, actor: Actor): Promise<MatterLike[]> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.SECRETARY, Role.OFFICE]);
    return this.staffList(em, viewer, 'm.status = ?', [MatterStatus.SUBMITTED], 'm.created_at asc, m.id asc');
  }

  async followUps(em: EntityManager, actor: Actor): Promise<MatterLike[]> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY]);
    return this.staffList(em, viewer, 'm.follow_up = ?', [true], 'm.rated_at asc, m.id asc');
  }

  async inExecution(em: EntityManager, actor: Actor): Promise<MatterLike[]> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY]);
    return this.staffList(em, viewer, 'm.status = ?', [MatterStatus.IN_EXECUTION], 'm.created_at asc, m.id asc');
  }

  /** A working list of the staff member's communities, as rows, at most 500. */
  private async staffList(em: EntityManager, viewer: StaffViewer, condition: string, params: unknown[], orderBy: string): Promise<MatterLike[]> {
    const ids = viewer.communityIds;
    if (ids !== 'ALL' && ids.length === 0) return [];
    const inScope = ids === 'ALL' ? '' : ` and m.community_id in (${ids.map(() => '?').join(', ')})`;
    const rows = await this.reads.all<MatterColumns>(em, `select ${MATTER_COLUMNS} from matter m where ${condition}${inScope} order by ${orderBy} limit 500`, [
      ...params,
      ...(ids === 'ALL' ? [] : ids),
    ]);
    return rows.map(matterRow);
  }

  /** Public notices, newest first, as plain rows: every board shows the latest. */
  async notices(em: EntityManager, communityId?: number | null, first = 20): Promise<NoticeLike[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first is a whole number from 1 to 100');
    if (communityId) return this.keep(communityId, ['notices', communityId, first], () => this.readNotices(em, communityId, first));
    return this.readNotices(em, null, first);
  }

  private async readNotices(em: EntityManager, communityId: number | null, first: number): Promise<NoticeLike[]> {
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
      matter: r.matter_id == null ? null : { id: Number(r.matter_id) },
      community: { id: Number(r.community_id) },
      kind: r.kind,
      title: r.title,
      body: r.body,
      publishedAt: dateOf(r.published_at),
    }));
  }
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
