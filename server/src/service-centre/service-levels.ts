import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../common/errors';
import { median, percentile } from '../stats/percentiles';
import { OPEN_STATUSES, WorkOrderStatus } from './enums';
import { WorkOrder } from './work-order.entity';

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
  reportedAt: unknown;
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
  const rows = await em
    .createQueryBuilder(WorkOrder, 'o')
    .select([
      'o.team',
      'o.status',
      'o.reportedAt',
      'o.respondBy',
      'o.resolveBy',
      'o.respondedInMinutes',
      'o.resolvedOnTime',
      'o.reworkCount',
      'o.ratingSpeed',
      'o.ratingQuality',
      'i.respond_minutes as respondMinutes',
    ])
    .join('o.item', 'i')
    .where({
      // The default period ends now, and includes what was reported this very moment.
      reportedAt: scope.to ? { $gte: start, $lt: end } : { $gte: start, $lte: end },
      status: { $ne: WorkOrderStatus.CANCELLED },
      ...(scope.communityId ? { community: scope.communityId } : {}),
      ...(scope.teamId ? { team: scope.teamId } : {}),
    })
    .execute<Row[]>('all', true);
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
