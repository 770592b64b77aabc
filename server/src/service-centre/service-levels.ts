import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../common/errors';
import { median, percentile } from '../stats/percentiles';
import { OPEN_STATUSES, WorkOrderStatus } from './enums';

/** Public figures for a period: wall-clock minutes and rates, with the counts behind each. */
export interface Levels {
  orders: number;
  /** Orders acknowledged: the count behind the respond minutes. */
  responded: number;
  medianRespondMinutes: number | null;
  p90RespondMinutes: number | null;
  /** Of responded orders and open ones already past respondBy. */
  respondCounted: number;
  onTimeRespondRate: number | null;
  /** Orders done at least once, and open ones already past resolveBy. */
  resolveCounted: number;
  onTimeResolveRate: number | null;
  done: number;
  reworked: number;
  reworkRate: number | null;
  rated: number;
  averageRating: number | null;
}

export interface TeamLevels {
  teamId: number;
  levels: Levels;
}

/** Teams are ranked only with this many orders in the period: fewer say little. */
export const RANK_MIN_ORDERS = 10;

interface Row {
  team: number | null;
  status: WorkOrderStatus;
  respondBy: unknown;
  resolveBy: unknown;
  respondedInMinutes: number | null;
  resolvedOnTime: unknown;
  reworkCount: number;
  ratingSpeed: number | null;
  ratingQuality: number | null;
  respondMinutes: number;
}

const time = (v: unknown) => new Date(v as string | number | Date).getTime();
const truth = (v: unknown) => v === true || v === 1 || v === '1' || v === 't';
const rate = (n: number, of: number) => (of === 0 ? null : Math.round((n / of) * 1000) / 1000);
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

function levelsOf(rows: Row[], now: number): Levels {
  const minutes: number[] = [];
  let respondCounted = 0;
  let respondOnTime = 0;
  let resolveCounted = 0;
  let resolveOnTime = 0;
  let done = 0;
  let reworked = 0;
  let rated = 0;
  let ratingSum = 0;
  for (const r of rows) {
    const open = OPEN_STATUSES.includes(r.status);
    if (r.respondedInMinutes != null) {
      minutes.push(r.respondedInMinutes);
      respondCounted++;
      if (r.respondedInMinutes <= r.respondMinutes) respondOnTime++;
    } else if (open && time(r.respondBy) < now) respondCounted++;
    if (r.resolvedOnTime != null) {
      done++;
      resolveCounted++;
      if (truth(r.resolvedOnTime)) resolveOnTime++;
      if (r.reworkCount > 0) reworked++;
    } else if (open && time(r.resolveBy) < now) resolveCounted++;
    if (r.ratingSpeed != null && r.ratingQuality != null) {
      rated++;
      ratingSum += (r.ratingSpeed + r.ratingQuality) / 2;
    }
  }
  minutes.sort((a, b) => a - b);
  return {
    orders: rows.length,
    responded: minutes.length,
    medianRespondMinutes: round1(median(minutes)),
    p90RespondMinutes: round1(percentile(minutes, 90)),
    respondCounted,
    onTimeRespondRate: rate(respondOnTime, respondCounted),
    resolveCounted,
    onTimeResolveRate: rate(resolveOnTime, resolveCounted),
    done,
    reworked,
    reworkRate: rate(reworked, done),
    rated,
    averageRating: rated ? Math.round((ratingSum / rated) * 100) / 100 : null,
  };
}

/** The centre's figures over orders reported in [from, to) (the last 365 days up to now by default), cancelled ones left out; per team as well. */
export async function serviceLevels(
  em: EntityManager,
  scope: { communityId: number | null; teamId?: number | null; from?: Date | null; to?: Date | null },
  now: Date,
): Promise<{ all: Levels; teams: TeamLevels[] }> {
  const end = scope.to ?? now;
  const start = scope.from ?? new Date(end.getTime() - 365 * 86_400_000);
  if (start.getTime() >= end.getTime()) throw badInput('from must be before to', { field: 'from' });
  // Plain rows in one statement: the year of a whole sub-district is some 18,000 of them.
  const platform = em.getPlatform();
  const where = ['o.reported_at >= ?', scope.to ? 'o.reported_at < ?' : 'o.reported_at <= ?', 'o.status <> ?'];
  const params: unknown[] = [platform.processDateProperty(start), platform.processDateProperty(end), WorkOrderStatus.CANCELLED];
  if (scope.communityId) {
    where.push('o.community_id = ?');
    params.push(scope.communityId);
  }
  if (scope.teamId) {
    where.push('o.team_id = ?');
    params.push(scope.teamId);
  }
  const raw = await em.execute<Array<Record<string, unknown>>>(
    `select o.team_id, o.status, o.respond_by, o.resolve_by, o.responded_in_minutes, o.resolved_on_time, o.rework_count,
            o.rating_speed, o.rating_quality, i.respond_minutes
       from work_order o join service_item i on i.id = o.item_id
      where ${where.join(' and ')}`,
    params,
  );
  const num = (v: unknown) => (v == null ? null : Number(v));
  const rows: Row[] = raw.map((r) => ({
    team: num(r.team_id),
    status: r.status as WorkOrderStatus,
    respondBy: r.respond_by,
    resolveBy: r.resolve_by,
    respondedInMinutes: num(r.responded_in_minutes),
    resolvedOnTime: r.resolved_on_time,
    reworkCount: Number(r.rework_count),
    ratingSpeed: num(r.rating_speed),
    ratingQuality: num(r.rating_quality),
    respondMinutes: Number(r.respond_minutes),
  }));
  const t = now.getTime();
  const byTeam = new Map<number, Row[]>();
  for (const r of rows) {
    if (r.team == null) continue;
    const list = byTeam.get(Number(r.team));
    if (list) list.push(r);
    else byTeam.set(Number(r.team), [r]);
  }
  return {
    all: levelsOf(rows, t),
    teams: [...byTeam].map(([teamId, list]) => ({ teamId, levels: levelsOf(list, t) })),
  };
}

/** Teams with enough orders, fastest median respond first. */
export function rankTeams(teams: TeamLevels[]): TeamLevels[] {
  return teams
    .filter((t) => t.levels.orders >= RANK_MIN_ORDERS && t.levels.medianRespondMinutes != null)
    .sort((a, b) => a.levels.medianRespondMinutes! - b.levels.medianRespondMinutes! || b.levels.orders - a.levels.orders);
}
