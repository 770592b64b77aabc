import type { EntityManager } from '@mikro-orm/knex';
import { hashSecret, StaffUser } from '../auth';
import { Role } from '../common/role';
import { newCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { Matter } from '../matters';
import { Building, Community, Pavilion } from '../register';
import {
  ServiceItem,
  OPEN_STATUSES,
  ServiceTeamKind,
  WorkOrderEventKind,
  WorkOrderSource,
  WorkOrderStatus,
  ServiceDuty,
  ServiceTeam,
  ServiceTeamMember,
  WorkOrderEvent,
  WorkOrder,
} from '../service-centre';
import { rng } from './rng';

/** Five teams for each community with old buildings: 25 in all, as in the sub-district. */
const TEAMS: Array<{ suffix: string; name: string; kind: ServiceTeamKind; weekdays: number[] }> = [
  { suffix: 'clean', name: '保洁队', kind: ServiceTeamKind.CLEANING, weekdays: [1, 2, 3, 4, 5, 6, 7] },
  { suffix: 'water', name: '水电维修队', kind: ServiceTeamKind.REPAIR, weekdays: [1, 3, 5, 7] },
  { suffix: 'fix', name: '设施维修队', kind: ServiceTeamKind.REPAIR, weekdays: [2, 4, 6] },
  { suffix: 'patrol', name: '平安巡逻队', kind: ServiceTeamKind.PATROL, weekdays: [1, 3, 5, 7] },
  { suffix: 'order', name: '文明劝导队', kind: ServiceTeamKind.PATROL, weekdays: [2, 4, 6] },
];

export const ORDERS_PER_YEAR = 18_000;

export interface DemoTeamLogin {
  username: string;
  team: string;
}

/**
 * The teams of the communities with old buildings, two members each with SERVICE_STAFF accounts
 * (`team-<community>-<team>-1` and `-2`, the demo staff password).
 */
export async function loadDemoTeams(em: EntityManager, communities: Array<{ community: Community; tag: string }>, password: string): Promise<DemoTeamLogin[]> {
  // One hash for all the demo members: 50 slow hashes would only delay the first start.
  const passwordHash = await hashSecret(password);
  const logins: DemoTeamLogin[] = [];
  for (const { community, tag } of communities) {
    for (const spec of TEAMS) {
      const name = `${community.name.replace(/社区$/, '')}${spec.name}`;
      const team = em.create(ServiceTeam, { name, kind: spec.kind, community });
      for (const weekday of spec.weekdays) em.create(ServiceDuty, { team, weekday });
      for (const n of [1, 2]) {
        const username = `team-${tag}-${spec.suffix}-${n}`;
        const staff = em.create(StaffUser, { username, passwordHash, role: Role.SERVICE_STAFF, displayName: `${name}队员${n}`, community });
        em.create(ServiceTeamMember, { team, staff });
        if (n === 1) logins.push({ username, team: name });
      }
    }
  }
  await em.flush();
  return logins;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const CHUNK = 400;

/**
 * A year of orders across the teams, seeded so every machine gets the same history: most
 * acknowledged well within the 2-hour promise, a few late, some reworked, many rated; the last
 * hours still open so that team phones and the overdue list have something to show.
 */
export async function loadDemoOrders(em: EntityManager, now = new Date(), total = ORDERS_PER_YEAR): Promise<number> {
  const rand = rng(11);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const teams = await em.find(ServiceTeam, {}, { orderBy: { id: 'asc' } });
  const communityIds = [...new Set(teams.map((t) => t.community.id))];
  if (communityIds.length === 0) return 0;
  const items = await em.find(ServiceItem, { current: true }, { orderBy: { position: 'asc' } });
  const duties = await em.find(ServiceDuty, {});
  const places = new Map<number, { pavilions: number[]; buildings: number[] }>();
  for (const id of communityIds) {
    const pavilions = (await em.find(Pavilion, { community: id }, { fields: ['id'] })).map((p) => p.id);
    const buildings = (await em.find(Building, { estate: { community: id, company: null } }, { fields: ['id'], limit: 300 })).map((b) => b.id);
    places.set(id, { pavilions, buildings });
  }
  const used = new Set((await em.find(Matter, {}, { fields: ['trackingCode'] })).map((m) => m.trackingCode));
  const code = () => {
    for (;;) {
      const c = newCode(TRACKING_CODE_LENGTH);
      if (!used.has(c)) {
        used.add(c);
        return c;
      }
    }
  };
  // Everyday items come up far more often than a broken fire extinguisher.
  const weights = items.map((i) => (['SAN-02', 'FAC-01', 'UTL-02', 'ORD-01', 'SAN-01', 'UTL-03', 'FAC-02'].includes(i.code) ? 4 : 1));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const drawItem = () => {
    let r = rand() * weightSum;
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
    return items[items.length - 1];
  };

  let made = 0;
  for (let start = 0; start < total; start += CHUNK) {
    const rows: Array<Record<string, unknown>> = [];
    const timelines: Array<Array<{ at: Date; status: WorkOrderStatus; kind: WorkOrderEventKind; note: string | null; by: string }>> = [];
    for (let k = start; k < Math.min(total, start + CHUNK); k++) {
      const communityId = communityIds[k % communityIds.length];
      const place = places.get(communityId)!;
      const item = drawItem();
      // Spread over the year, evenly; the last orders fall in the last hours.
      const age = k >= total - 40 ? (total - k) * 9 * MINUTE : rand() * 365 * DAY;
      // Reports come in the daytime, Beijing time (UTC+8): 7:00 to 21:00.
      const day = Math.floor((now.getTime() - age) / DAY) * DAY;
      const reportedAt = k >= total - 40 ? new Date(now.getTime() - age) : new Date(day - 8 * 3600_000 + (7 + rand() * 14) * 3600_000);
      if (reportedAt > now) reportedAt.setTime(now.getTime() - 5 * MINUTE);
      const weekday = ((new Date(reportedAt.getTime() + 8 * 3600_000).getUTCDay() + 6) % 7) + 1;
      const kindTeams = teams.filter((t) => t.community.id === communityId && t.kind === item.teamKind);
      const team = kindTeams.find((t) => duties.some((d) => d.team.id === t.id && d.weekday === weekday)) ?? kindTeams[0];
      const u = rand();
      const respondedIn = Math.round(u < 0.86 ? 3 + 70 * rand() ** 1.6 : u < 0.96 ? 60 + 60 * rand() : 120 + 240 * rand());
      const late = rand() < 0.08;
      const resolveTaken = Math.max(respondedIn + 10, Math.round(item.resolveMinutes * (late ? 1.05 + rand() : 0.15 + 0.7 * rand())));
      const finishedIn = Math.max(respondedIn + 5, resolveTaken - 30);
      const ackAt = new Date(reportedAt.getTime() + respondedIn * MINUTE);
      const finishAt = new Date(reportedAt.getTime() + finishedIn * MINUTE);
      const doneAt = new Date(reportedAt.getTime() + resolveTaken * MINUTE);
      const respondBy = new Date(reportedAt.getTime() + item.respondMinutes * MINUTE);
      const resolveBy = new Date(reportedAt.getTime() + item.resolveMinutes * MINUTE);
      const events: (typeof timelines)[number] = [
        { at: reportedAt, status: WorkOrderStatus.REPORTED, kind: WorkOrderEventKind.REPORTED, note: null, by: '居民' },
        { at: reportedAt, status: WorkOrderStatus.DISPATCHED, kind: WorkOrderEventKind.DISPATCHED, note: team.name, by: '系统（值班派单）' },
      ];
      const fate = rand();
      let status: WorkOrderStatus;
      if (fate < 0.015 && age > 2 * DAY) {
        status = WorkOrderStatus.CANCELLED;
        events.push({ at: new Date(reportedAt.getTime() + 20 * MINUTE), status, kind: WorkOrderEventKind.CANCELLED, note: '重复报修', by: '社区办' });
      } else if (fate < 0.025 && age > 2 * DAY) {
        status = WorkOrderStatus.ON_LEDGER;
        events.push({ at: ackAt, status: WorkOrderStatus.ACKNOWLEDGED, kind: WorkOrderEventKind.ACKNOWLEDGED, note: null, by: team.name });
        events.push({ at: finishAt, status, kind: WorkOrderEventKind.ON_LEDGER, note: '需动用维修资金，已提交支部议事', by: '社区办' });
      } else if (ackAt > now) status = WorkOrderStatus.DISPATCHED;
      else if (finishAt > now) status = WorkOrderStatus.ACKNOWLEDGED;
      else if (doneAt > now) status = WorkOrderStatus.AWAITING_CHECK;
      else status = WorkOrderStatus.DONE;
      const reached = (s: WorkOrderStatus) =>
        [WorkOrderStatus.ACKNOWLEDGED, WorkOrderStatus.AWAITING_CHECK, WorkOrderStatus.DONE].indexOf(status) >=
        [WorkOrderStatus.ACKNOWLEDGED, WorkOrderStatus.AWAITING_CHECK, WorkOrderStatus.DONE].indexOf(s);
      const acknowledged = status !== WorkOrderStatus.CANCELLED && status !== WorkOrderStatus.DISPATCHED;
      if (acknowledged && status !== WorkOrderStatus.ON_LEDGER) {
        events.push({ at: ackAt, status: WorkOrderStatus.ACKNOWLEDGED, kind: WorkOrderEventKind.ACKNOWLEDGED, note: null, by: team.name });
        if (reached(WorkOrderStatus.AWAITING_CHECK))
          events.push({ at: finishAt, status: WorkOrderStatus.AWAITING_CHECK, kind: WorkOrderEventKind.FINISHED, note: '已处理', by: team.name });
        if (reached(WorkOrderStatus.DONE))
          events.push({ at: doneAt, status: WorkOrderStatus.DONE, kind: WorkOrderEventKind.CHECK_ACCEPTED, note: '核查通过', by: '社区办' });
      }
      const done = status === WorkOrderStatus.DONE;
      const reworked = done && rand() < 0.03;
      const rated = done && rand() < 0.55;
      const score = () => {
        const r = rand();
        return r < 0.68 ? 5 : r < 0.9 ? 4 : r < 0.97 ? 3 : r < 0.99 ? 2 : 1;
      };
      const speed = rated ? score() : null;
      const quality = rated ? score() : null;
      if (rated)
        events.push({
          at: new Date(doneAt.getTime() + 3 * 3600_000),
          status,
          kind: WorkOrderEventKind.RATED,
          note: `速度 ${speed} · 质量 ${quality}`,
          by: '居民',
        });
      const open = OPEN_STATUSES.includes(status);
      const r = rand();
      rows.push({
        trackingCode: code(),
        item: item.id,
        status,
        source: r < 0.6 ? WorkOrderSource.KIOSK : r < 0.85 ? WorkOrderSource.RESIDENT : WorkOrderSource.PHONE_CALL,
        community: communityId,
        pavilion: pick(place.pavilions) ?? null,
        building: place.buildings.length ? pick(place.buildings) : null,
        note: null,
        team: team.id,
        reportedAt,
        respondBy,
        resolveBy,
        acknowledgedAt: acknowledged ? ackAt : null,
        doneAt: done ? doneAt : null,
        respondedInMinutes: acknowledged ? respondedIn : null,
        resolvedOnTime: done ? doneAt <= resolveBy : null,
        reporterCount: rand() < 0.15 ? 2 + Math.floor(rand() * 3) : 1,
        urgeCount: rand() < 0.05 ? 1 : 0,
        reworkCount: reworked ? 1 : 0,
        ratingSpeed: speed,
        ratingQuality: quality,
        ratedAt: rated ? new Date(doneAt.getTime() + 3 * 3600_000) : null,
        followUp: rated && Math.min(speed!, quality!) <= 2,
        reason: status === WorkOrderStatus.ON_LEDGER ? '需动用维修资金，已提交支部议事' : status === WorkOrderStatus.CANCELLED ? '重复报修' : null,
        dueAt: open ? (acknowledged ? resolveBy : respondBy) : null,
        respondWarned: false,
        resolveWarned: false,
        version: 1,
      });
      timelines.push(events);
    }
    await em.transactional(async (tx) => {
      await tx.insertMany(WorkOrder, rows as never[]);
      // SQLite reports only the last id of a multi-row insert: the codes name the rows instead.
      const codes = rows.map((r) => r.trackingCode as string);
      const idOf = new Map((await tx.find(WorkOrder, { trackingCode: { $in: codes } }, { fields: ['id', 'trackingCode'] })).map((o) => [o.trackingCode, o.id]));
      const events = timelines.flatMap((list, i) => list.map((e) => ({ ...e, workOrder: idOf.get(codes[i])! })));
      for (let i = 0; i < events.length; i += CHUNK) await tx.insertMany(WorkOrderEvent, events.slice(i, i + CHUNK) as never[]);
      tx.clear();
    });
    made += rows.length;
  }
  return made;
}
