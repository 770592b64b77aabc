import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { actsFor, requireStaff, requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { chunks, readCsvTable, type CsvLineError } from '../common/csv-table';
import { badInput, notFound } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { inTransaction } from '../common/transaction';
import { cleanMobile, cleanText } from '../common/text';
import { queueNotification } from '../notifications';
import type { PlaceNotifier } from '../common/place-notifier';
import { Building, Community } from '../register';
import { GRID_LEVELS, GridRole } from './enums';
import { GridPost } from './grid-post.entity';

export interface GridPostInput {
  role: GridRole;
  name: string;
  communityId: number;
  buildingId: number | null;
  parentId: number | null;
  area?: string | null;
  phone?: string | null;
}

export const GRID_COLUMNS = ['community', 'role', 'name', 'estate', 'building', 'area', 'parent', 'phone'] as const;

/** One rule per text field of a post, whichever path it comes by (the form or a CSV line). */
function postText(input: { name: string; area?: string | null; phone?: string | null }) {
  return {
    name: cleanText(input.name, 'name', { min: 1, max: 40 }),
    area: input.area == null ? null : cleanText(input.area, 'area', { max: 100 }) || null,
    phone: cleanMobile(input.phone, 'phone'),
  };
}

/** Why a post cannot report to this parent, or null. */
function parentProblem(role: GridRole, parent: GridPost | null, communityId: number): string | null {
  const level = GRID_LEVELS.indexOf(role);
  if (level === 0) return parent ? 'A grid head reports to no post' : null;
  if (!parent) return `A ${role} reports to a post of the level above`;
  if (parent.community.id !== communityId) return 'The post above is in another community';
  if (GRID_LEVELS.indexOf(parent.role) !== level - 1) return `A ${role} reports to a ${GRID_LEVELS[level - 1]}`;
  return null;
}

/** The grid chain of each community: posts set one by one or imported, public names, and the building head told of what happens in the building. */
export class GridService {
  constructor(
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
  ) {}

  /** A building's head for a building is set again rather than added: one per building. */
  async setPost(em: EntityManager, actor: Actor, input: GridPostInput): Promise<GridPost> {
    const viewer = requireStaffOf(actor, input.communityId, [Role.OFFICE, Role.SECRETARY]);
    if (!GRID_LEVELS.includes(input.role)) throw badInput('Unknown role', { field: 'role' });
    const { name, area, phone } = postText(input);
    const building = input.buildingId === null ? null : await em.findOne(Building, { id: input.buildingId }, { populate: ['estate'] });
    if (input.buildingId !== null && (!building || building.estate.unwrap().community.id !== input.communityId))
      throw badInput('The building is not in this community', { field: 'buildingId' });
    if (input.role === GridRole.BUILDING_HEAD && !building) throw badInput('A building head needs a building', { field: 'buildingId' });
    const parent = input.parentId === null ? null : await em.findOne(GridPost, { id: input.parentId });
    if (input.parentId !== null && !parent) throw notFound('Post above');
    const problem = parentProblem(input.role, parent, input.communityId);
    if (problem) throw badInput(problem, { field: 'parentId' });
    const post = await inTransaction(em, async (tx) => {
      const existing = input.role === GridRole.BUILDING_HEAD ? await tx.findOne(GridPost, { role: GridRole.BUILDING_HEAD, building: building!.id }) : null;
      const p =
        existing ??
        tx.create(GridPost, { role: input.role, name, community: input.communityId, building: building?.id ?? null, area, parent: parent?.id ?? null, phone });
      if (existing) Object.assign(existing, { name, area, phone, parent: parent ? tx.getReference(GridPost, parent.id, { wrapped: true }) : null });
      await tx.flush();
      await this.audit.append(tx, viewer, 'GRID_POST_SET', null, {
        postId: p.id,
        role: input.role,
        communityId: input.communityId,
        buildingId: building?.id ?? null,
      });
      return p;
    });
    this.pubSub.publish('COMMUNITY_CHANGED', { communityId: input.communityId });
    return post;
  }

  /**
   * CSV, all or nothing: community,role,name,estate,building,area,parent,phone. `parent` names a post
   * above in the same community (by name), earlier in the file or already set; lines are read top down.
   */
  async importPosts(em: EntityManager, actor: Actor, csv: string): Promise<{ created: number; updated: number; errors: CsvLineError[] }> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY]);
    const { lines, errors } = readCsvTable(csv, GRID_COLUMNS);
    if (errors.length) return { created: 0, updated: 0, errors };
    const communities = new Map((await em.find(Community, {})).map((c) => [c.name, c.id]));
    const buildings = await em.find(Building, {}, { populate: ['estate'] });
    const buildingOf = new Map(buildings.map((b) => [`${b.estate.unwrap().community.id}|${b.estate.unwrap().name}|${b.name}`, b.id]));
    const existing = await em.find(GridPost, {});
    type Planned = {
      key: string;
      role: GridRole;
      name: string;
      community: number;
      building: number | null;
      area: string | null;
      parentKey: string | null;
      phone: string | null;
    };
    const known = new Map<string, { role: GridRole; community: number }>(
      existing.map((p) => [`${p.community.id}|${p.name}`, { role: p.role, community: p.community.id }]),
    );
    const planned: Planned[] = [];
    for (const l of lines) {
      const problems: string[] = [];
      const community = communities.get(l.get('community'));
      if (community === undefined) problems.push(`no community "${l.get('community')}"`);
      else if (!actsFor(viewer, community)) problems.push(`${l.get('community')} is not your community`);
      const role = l.get('role').toUpperCase() as GridRole;
      if (!GRID_LEVELS.includes(role)) problems.push(`role is one of ${GRID_LEVELS.join(', ')}`);
      let text: ReturnType<typeof postText> | null = null;
      try {
        text = postText({ name: l.get('name'), area: l.get('area') || null, phone: l.get('phone') });
      } catch (e) {
        problems.push((e as Error).message);
      }
      const name = text?.name ?? '';
      let building: number | null = null;
      if (l.get('building')) {
        building = buildingOf.get(`${community}|${l.get('estate')}|${l.get('building')}`) ?? null;
        if (building === null) problems.push(`no building "${l.get('building')}" in estate "${l.get('estate')}"`);
      } else if (role === GridRole.BUILDING_HEAD) problems.push('a building head needs a building');
      const parentName = l.get('parent');
      const parent = parentName ? known.get(`${community}|${parentName}`) : undefined;
      if (parentName && !parent) problems.push(`no post "${parentName}" above it in this community`);
      if (community !== undefined && GRID_LEVELS.includes(role)) {
        const level = GRID_LEVELS.indexOf(role);
        if (level === 0 && parentName) problems.push('a grid head reports to no post');
        if (level > 0 && !parentName) problems.push(`a ${role} names the post above it`);
        if (parent && GRID_LEVELS.indexOf(parent.role) !== level - 1) problems.push(`a ${role} reports to a ${GRID_LEVELS[level - 1]}`);
      }
      if (problems.length) {
        errors.push({ line: l.line, message: problems.join('; ') });
        continue;
      }
      const key = `${community}|${name}`;
      known.set(key, { role, community: community! });
      planned.push({
        key,
        role,
        name,
        community: community!,
        building,
        area: text!.area,
        parentKey: parentName ? `${community}|${parentName}` : null,
        phone: text!.phone,
      });
    }
    if (errors.length) return { created: 0, updated: 0, errors };
    const report = await inTransaction(em, async (tx) => {
      const byKey = new Map((await tx.find(GridPost, {})).map((p) => [`${p.community.id}|${p.name}`, p]));
      let created = 0;
      let updated = 0;
      // Top down, so each post's parent exists before it.
      for (const level of GRID_LEVELS)
        for (const chunk of chunks(
          planned.filter((p) => p.role === level),
          200,
        )) {
          for (const p of chunk) {
            const parent = p.parentKey ? byKey.get(p.parentKey)! : null;
            const old = byKey.get(p.key);
            if (old) {
              Object.assign(old, { role: p.role, building: p.building, area: p.area, phone: p.phone, parent });
              updated++;
            } else {
              byKey.set(
                p.key,
                tx.create(GridPost, { role: p.role, name: p.name, community: p.community, building: p.building, area: p.area, parent, phone: p.phone }),
              );
              created++;
            }
          }
          await tx.flush();
        }
      await this.audit.append(tx, viewer, 'GRID_IMPORTED', null, { lines: planned.length, created, updated });
      return { created, updated, errors: [] };
    });
    for (const c of new Set(planned.map((p) => p.community))) this.pubSub.publish('COMMUNITY_CHANGED', { communityId: c });
    return report;
  }

  async list(em: EntityManager, communityId: number): Promise<GridPost[]> {
    // Buildings come along: each post shows its building's name.
    return em.find(GridPost, { community: communityId }, { orderBy: { id: 'asc' }, populate: ['building'] });
  }
}

/** Tells each building's head who left a phone of news in the building, in the caller's transaction: one read for all. */
export const notifyBuildingHeads: PlaceNotifier = async (tx, news) => {
  const buildings = [...new Set(news.map((n) => n.buildingId))];
  if (!buildings.length) return;
  // Plain rows: this runs in every batch of repair reports, and only two columns are needed.
  const heads = await tx.execute<Array<{ building_id: unknown; phone: string }>>(
    `select building_id, phone from grid_post where role = ? and building_id in (${buildings.map(() => '?').join(', ')}) and phone is not null`,
    [GridRole.BUILDING_HEAD, ...buildings],
  );
  for (const n of news)
    for (const head of heads.filter((h) => Number(h.building_id) === n.buildingId))
      queueNotification(tx, { communityId: n.communityId, phone: head.phone, trackingCode: n.trackingCode, text: `【楼栋长】${n.text}`, at: n.at });
};
