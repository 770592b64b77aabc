import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../common/errors';
import { median, percentile } from '../stats';
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

const CENTRE_JOIN = 'left join building b on b.id = o.building_id left join estate e on e.id = b.estate_id';

/** Teams are ranked only with this many orders in the period: fewer say little. */
export const RANK_MIN_ORDERS = 10;

/** What SQL sums per team; the medians come from the minutes themselves. */
interface Sums {
  orders: number;
  responded: number;
  respondOnTime: number;
  respondLateOpen: number;
  done: number;
  resolveOnTime: number;
  resolveLateOpen: number;
  reworked: number;
  rated: number;
  ratingSum: number;
}

const rate = (n: number, of: number) => (of === 0 ? null : Math.round((n / of) * 1000) / 1000);
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

function levelsOf(sums: Sums, minutes: number[]): Levels {
  const sorted = [...minutes].sort((a, b) => a - b);
  const respondCounted = sums.responded + sums.respondLateOpen;
  const resolveCounted = sums.done + sums.resolveLateOpen;
  return {
    orders: sums.orders,
    responded: sums.responded,
    medianRespondMinutes: round1(median(sorted)),
    p90RespondMinutes: round1(percentile(sorted, 90)),
    respondCounted,
    onTimeRespondRate: rate(sums.respondOnTime, respondCounted),
    resolveCounted,
    onTimeResolveRate: rate(sums.resolveOnTime, resolveCounted),
    done: sums.done,
    reworked: sums.reworked,
    reworkRate: rate(sums.reworked, sums.done),
    rated: sums.rated,
    // Each rating is the mean of its speed and its quality.
    averageRating: sums.rated ? Math.round((sums.ratingSum / 2 / sums.rated) * 100) / 100 : null,
  };
}

const ZERO: Sums = {
  orders: 0,
  responded: 0,
  respondOnTime: 0,
  respondLateOpen: 0,
  done: 0,
  resolveOnTime: 0,
  resolveLateOpen: 0,
  reworked: 0,
  rated: 0,
  ratingSum: 0,
};

/**
 * The centre's figures over orders reported in [from, to) (the last 365 days up to now by
 * default), cancelled ones left out; per team as well. Two statements: the sums per team, and the
 * respond minutes for the medians.
 */
export async function serviceLevels(
  em: EntityManager,
  scope: { communityId: number | null; teamId?: number | null; from?: Date | null; to?: Date | null },
  now: Date,
): Promise<{ all: Levels; teams: TeamLevels[] }> {
  const end = scope.to ?? now;
  const start = scope.from ?? new Date(end.getTime() - 365 * 86_400_000);
  if (start.getTime() >= end.getTime()) throw badInput('from must be before to', { field: 'from' });
  const platform = em.getPlatform();
  const date = (d: Date) => platform.processDateProperty(d);
  // The default period ends now, and includes what was reported this very moment.
  // The centre's own orders: those of estates served by a property company count toward that company's scorecard instead.
  const where = ['o.reported_at >= ?', scope.to ? 'o.reported_at < ?' : 'o.reported_at <= ?', 'o.status <> ?', 'e.company_id is null'];
  const params: unknown[] = [date(start), date(end), WorkOrderStatus.CANCELLED];
  if (scope.communityId) {
    where.push('o.community_id = ?');
    params.push(scope.communityId);
  }
  if (scope.teamId) {
    where.push('o.team_id = ?');
    params.push(scope.teamId);
  }
  const open = `o.status in (${OPEN_STATUSES.map(() => '?').join(', ')})`;
  const sums = await em.execute<Array<Record<string, unknown>>>(
    `select o.team_id,
            count(*) as orders,
            sum(case when o.responded_in_minutes is not null then 1 else 0 end) as responded,
            sum(case when o.responded_in_minutes <= i.respond_minutes then 1 else 0 end) as respond_on_time,
            sum(case when o.responded_in_minutes is null and ${open} and o.respond_by < ? then 1 else 0 end) as respond_late_open,
            sum(case when o.resolved_on_time is not null then 1 else 0 end) as done,
            sum(case when o.resolved_on_time = true then 1 else 0 end) as resolve_on_time,
            sum(case when o.resolved_on_time is null and ${open} and o.resolve_by < ? then 1 else 0 end) as resolve_late_open,
            sum(case when o.resolved_on_time is not null and o.rework_count > 0 then 1 else 0 end) as reworked,
            sum(case when o.rating_speed is not null and o.rating_quality is not null then 1 else 0 end) as rated,
            sum(case when o.rating_speed is not null and o.rating_quality is not null then o.rating_speed + o.rating_quality else 0 end) as rating_sum
       from work_order o join service_item i on i.id = o.item_id ${CENTRE_JOIN}
      where ${where.join(' and ')}
      group by o.team_id`,
    [...OPEN_STATUSES, date(now), ...OPEN_STATUSES, date(now), ...params],
  );
  const minutes = await em.execute<Array<{ team_id: unknown; responded_in_minutes: unknown }>>(
    `select o.team_id, o.responded_in_minutes from work_order o ${CENTRE_JOIN} where ${where.join(' and ')} and o.responded_in_minutes is not null`,
    params,
  );
  const teamOf = (v: unknown) => (v == null ? null : Number(v));
  const all: Sums = { ...ZERO };
  const byTeam = new Map<number, Sums>();
  for (const r of sums) {
    const s: Sums = {
      orders: Number(r.orders),
      responded: Number(r.responded ?? 0),
      respondOnTime: Number(r.respond_on_time ?? 0),
      respondLateOpen: Number(r.respond_late_open ?? 0),
      done: Number(r.done ?? 0),
      resolveOnTime: Number(r.resolve_on_time ?? 0),
      resolveLateOpen: Number(r.resolve_late_open ?? 0),
      reworked: Number(r.reworked ?? 0),
      rated: Number(r.rated ?? 0),
      ratingSum: Number(r.rating_sum ?? 0),
    };
    for (const k of Object.keys(all) as Array<keyof Sums>) all[k] += s[k];
    const team = teamOf(r.team_id);
    if (team != null) byTeam.set(team, s);
  }
  const allMinutes: number[] = [];
  const teamMinutes = new Map<number, number[]>();
  for (const r of minutes) {
    const m = Number(r.responded_in_minutes);
    allMinutes.push(m);
    const team = teamOf(r.team_id);
    if (team == null) continue;
    const list = teamMinutes.get(team);
    if (list) list.push(m);
    else teamMinutes.set(team, [m]);
  }
  return {
    all: levelsOf(all, allMinutes),
    teams: [...byTeam].map(([teamId, s]) => ({ teamId, levels: levelsOf(s, teamMinutes.get(teamId) ?? []) })),
  };
}

/** Teams with enough orders, fastest median respond first. */
export function rankTeams(teams: TeamLevels[]): TeamLevels[] {
  return teams
    .filter((t) => t.levels.orders >= RANK_MIN_ORDERS && t.levels.medianRespondMinutes != null)
    .sort((a, b) => a.levels.medianRespondMinutes! - b.levels.medianRespondMinutes! || b.levels.orders - a.levels.orders);
}
