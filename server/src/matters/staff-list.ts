import type { EntityManager } from '@mikro-orm/knex';
import { actsFor, requireStaff } from '../common/guards';
import type { Actor } from '../common/actor';
import { isCode, normaliseCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { badInput, forbidden } from '../common/errors';
import type { FastReads } from '../common/fast-reads';
import { likePattern } from '../common/sql';
import type { MatterCategory, MatterStatus, MatterStep } from './enums';
import { MatterSort } from './enums';
import { statusesOf } from './lifecycle';
import { MATTER_COLUMNS, matterRow, type MatterColumns } from './matter-row';
import type { MatterPage } from './queries';
import { TRIAGE_TARGET_MINUTES } from './queries';

export const STAFF_PAGE_MAX = 100;

export interface StaffMatterFilterInput {
  communityId?: number | null;
  status?: MatterStatus[] | null;
  step?: MatterStep | null;
  category?: MatterCategory[] | null;
  /** Untriaged for longer than the 2-hour target. */
  overdue?: boolean | null;
  followUp?: boolean | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
  /** A tracking code, or words of the title or the place. */
  search?: string | null;
}

const ORDER: Record<MatterSort, string> = {
  [MatterSort.NEWEST]: 'm.created_at desc, m.id desc',
  [MatterSort.OLDEST]: 'm.created_at asc, m.id asc',
  [MatterSort.MOST_SECONDED]: 'm.second_count desc, m.created_at desc, m.id desc',
  [MatterSort.LEAST_PROGRESS]: 'm.progress asc, m.created_at asc, m.id asc',
};

/**
 * The staff's table of matters: every filter of the console, in the caller's communities only,
 * sorted, a page at a time by offset (a table jumps to page 7), with the total for the pager.
 */
export async function staffMatters(
  em: EntityManager,
  reads: FastReads,
  actor: Actor,
  filter: StaffMatterFilterInput,
  sort: MatterSort,
  first: number,
  offset: number,
): Promise<MatterPage> {
  const viewer = requireStaff(actor);
  if (!Number.isInteger(first) || first < 1 || first > STAFF_PAGE_MAX)
    throw badInput(`first is a whole number from 1 to ${STAFF_PAGE_MAX}`, { field: 'first' });
  if (!Number.isInteger(offset) || offset < 0 || offset > 1_000_000) throw badInput('offset is a whole number from 0', { field: 'offset' });
  const where: string[] = [];
  const params: unknown[] = [];
  const and = (condition: string, ...values: unknown[]) => {
    where.push(condition);
    params.push(...values);
  };
  if (filter.communityId != null) {
    if (!actsFor(viewer, filter.communityId)) throw forbidden('Matters of another community are not shown to you');
    and('m.community_id = ?', filter.communityId);
  } else if (viewer.communityIds !== 'ALL') {
    if (viewer.communityIds.length === 0) return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    and(`m.community_id in (${viewer.communityIds.map(() => '?').join(', ')})`, ...viewer.communityIds);
  }
  let statuses: MatterStatus[] | null = filter.status?.length ? [...filter.status] : null;
  if (filter.step) statuses = (statuses ?? statusesOf(filter.step)).filter((s) => statusesOf(filter.step!).includes(s));
  if (statuses) {
    if (statuses.length === 0) and('1 = 0');
    else and(`m.status in (${statuses.map(() => '?').join(', ')})`, ...statuses);
  }
  if (filter.category?.length) and(`m.category in (${filter.category.map(() => '?').join(', ')})`, ...filter.category);
  const platform = em.getPlatform();
  const time = (d: Date) => platform.processDateProperty(d);
  if (filter.overdue != null) {
    const due = time(new Date(Date.now() - TRIAGE_TARGET_MINUTES * 60_000));
    if (filter.overdue) and("m.status = 'SUBMITTED' and m.created_at < ?", due);
    else and("(m.status <> 'SUBMITTED' or m.created_at >= ?)", due);
  }
  if (filter.followUp != null) and('m.follow_up = ?', filter.followUp);
  if (filter.createdFrom) and('m.created_at >= ?', time(filter.createdFrom));
  if (filter.createdTo) and('m.created_at < ?', time(filter.createdTo));
  const search = filter.search?.trim();
  if (search) {
    if ([...search].length > 60) throw badInput('search has more than 60 characters', { field: 'search' });
    const code = normaliseCode(search);
    if (isCode(code, TRACKING_CODE_LENGTH)) and('m.tracking_code = ?', code);
    else {
      const like = likePattern(search);
      and("(m.title like ? escape '\\' or m.place like ? escape '\\' or m.tracking_code like ? escape '\\')", like, like, likePattern(code, { prefix: true }));
    }
  }
  const clause = where.length ? ` where ${where.join(' and ')}` : '';
  const rows = await reads.all<MatterColumns>(em, `select ${MATTER_COLUMNS} from matter m${clause} order by ${ORDER[sort]} limit ? offset ?`, [
    ...params,
    first,
    offset,
  ]);
  const count = await reads.all<{ c: unknown }>(em, `select count(*) as c from matter m${clause}`, params);
  const totalCount = Number(count[0].c);
  const edges = rows.map((r, i) => ({ cursor: String(offset + i + 1), node: matterRow(r) }));
  return { edges, totalCount, pageInfo: { hasNextPage: offset + rows.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null } };
}
