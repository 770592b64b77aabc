import type { EntityManager } from '@mikro-orm/knex';
import { dateOf, num } from '../common/sql';
import { EvaluationPeriodKind } from './enums';
import { monthOf, parsePeriod } from './period';
import { MIN_RATING_HOMES } from './scoring';

/** One month of a company's figures for the kiosk's charts. */
export interface PropertyMonth {
  month: string;
  /** One-click complaints and matters about its estates. */
  complaints: number;
  /** Average stars of the overall question times 20 (a 100-point survey score); null below 10 homes. */
  satisfaction: number | null;
  /** Homes that rated; null below 10, so that few homes are never singled out. */
  ratingHomes: number | null;
  /** Paid of billed homes, 0..1; null without figures. */
  feeRate: number | null;
}

/** The months from `count - 1` months before `last` up to `last`. */
export function monthsUpTo(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const k = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

/** A company's last `count` months: four statements whatever the count. */
export async function companyTrend(em: EntityManager, companyId: number, now: Date, count: number, overallCode: string): Promise<PropertyMonth[]> {
  const months = monthsUpTo(monthOf(now), count);
  const start = parsePeriod(EvaluationPeriodKind.MONTH, months[0]).start;
  const date = (d: Date) => em.getPlatform().processDateProperty(d);
  type Row = Record<string, unknown>;
  const [complaints, matters, ratings, fees] = await Promise.all([
    em.execute<Row[]>('select created_at from property_complaint where company_id = ? and created_at >= ?', [companyId, date(start)]),
    em.execute<Row[]>(
      `select m.created_at from matter m join building b on b.id = m.building_id join estate e on e.id = b.estate_id
        where e.company_id = ? and m.created_at >= ? and m.status <> 'MERGED'`,
      [companyId, date(start)],
    ),
    em.execute<Row[]>(
      `select r.month, count(distinct r.home_id) as homes, sum(s.stars) as stars, count(s.id) as answers
         from property_rating r left join property_rating_score s on s.rating_id = r.id and s.indicator = ?
        where r.company_id = ? and r.month >= ? group by r.month`,
      [overallCode, companyId, months[0]],
    ),
    em.execute<Row[]>(
      `select f.month, sum(f.billed_homes) as billed, sum(f.paid_homes) as paid
         from fee_collection f join estate e on e.id = f.estate_id where e.company_id = ? and f.month >= ? group by f.month`,
      [companyId, months[0]],
    ),
  ]);
  const complaintCount = new Map<string, number>();
  for (const r of [...complaints, ...matters]) {
    const m = monthOf(dateOf(r.created_at));
    complaintCount.set(m, (complaintCount.get(m) ?? 0) + 1);
  }
  const rated = new Map(ratings.map((r) => [String(r.month), r]));
  const paid = new Map(fees.map((r) => [String(r.month), r]));
  return months.map((month) => {
    const r = rated.get(month);
    const homes = r ? num(r.homes) : 0;
    const enough = homes >= MIN_RATING_HOMES && num(r?.answers) > 0;
    const f = paid.get(month);
    return {
      month,
      complaints: complaintCount.get(month) ?? 0,
      satisfaction: enough ? Math.round((num(r!.stars) / num(r!.answers)) * 20 * 10) / 10 : null,
      ratingHomes: enough ? homes : null,
      feeRate: f && num(f.billed) ? Math.round((num(f.paid) / num(f.billed)) * 10000) / 10000 : null,
    };
  });
}
