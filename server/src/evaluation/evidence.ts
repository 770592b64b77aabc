import type { EntityManager } from '@mikro-orm/knex';
import { num } from '../common/sql';
import { MatterStatus } from '../matters';
import { WorkOrderStatus } from '../service-centre';
import { emptyEvidence, type Evidence, type Sum } from './scoring';
import { touchingLabels, type Period } from './period';

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Everything the scorecards of one period are computed from, for every company at once: seven
 * grouped statements whatever the number of companies, so a year's ranking costs the same as a
 * month's.
 */
export async function gatherEvidence(em: EntityManager, period: Period, now: Date): Promise<Map<number, Evidence>> {
  const platform = em.getPlatform();
  const date = (d: Date) => platform.processDateProperty(d);
  const end = period.end;
  const months = period.months;
  const byCompany = new Map<number, Evidence>();
  const of = (id: unknown) => {
    const key = Number(id);
    let e = byCompany.get(key);
    if (!e) byCompany.set(key, (e = emptyEvidence()));
    return e;
  };
  const add = (map: Map<string, Sum>, code: string, sum: unknown, count: unknown) => map.set(code, { sum: num(sum), count: num(count) });
  type Row = Record<string, unknown>;

  const [companies, homes, ratings, raters, inspections, thirdParty, orders, complaints, matters, fees] = await Promise.all([
    em.execute<Row[]>('select id from property_company'),
    em.execute<Row[]>(
      `select e.company_id, count(h.id) as homes
         from estate e join building b on b.estate_id = e.id join unit u on u.building_id = b.id join home h on h.unit_id = u.id
        where e.company_id is not null group by e.company_id`,
    ),
    em.execute<Row[]>(
      `select r.company_id, s.indicator, sum(s.stars) as total, count(*) as n
         from property_rating r join property_rating_score s on s.rating_id = r.id
        where r.month in (${marks(months.length)}) group by r.company_id, s.indicator`,
      months,
    ),
    em.execute<Row[]>(
      `select company_id, count(distinct home_id) as homes from property_rating where month in (${marks(months.length)}) group by company_id`,
      months,
    ),
    em.execute<Row[]>(
      `select i.company_id, s.indicator, sum(s.centipoints) as total, count(*) as n
         from inspection i join inspection_score s on s.inspection_id = i.id
        where i.month in (${marks(months.length)}) group by i.company_id, s.indicator`,
      months,
    ),
    (() => {
      const labels = touchingLabels(period);
      return em.execute<Row[]>(
        `select company_id, indicator, sum(centipoints) as total, count(*) as n
           from third_party_score where period in (${marks(labels.length)}) group by company_id, indicator`,
        labels,
      );
    })(),
    em.execute<Row[]>(
      `select e.company_id,
              sum(case when o.responded_in_minutes is not null or o.respond_by < ? then 1 else 0 end) as reported,
              sum(case when o.responded_in_minutes <= i.respond_minutes then 1 else 0 end) as responded_on_time,
              sum(case when o.resolved_on_time is not null then 1 else 0 end) as done,
              sum(case when o.resolved_on_time = true then 1 else 0 end) as done_on_time,
              sum(case when o.rating_quality is not null then 1 else 0 end) as rated,
              sum(case when o.rating_quality is not null then o.rating_quality else 0 end) as rating_sum
         from work_order o join service_item i on i.id = o.item_id
         join building b on b.id = o.building_id join estate e on e.id = b.estate_id
        where e.company_id is not null and o.reported_at >= ? and o.reported_at < ? and o.status <> ?
        group by e.company_id`,
      [date(now), date(period.start), date(end), WorkOrderStatus.CANCELLED],
    ),
    em.execute<Row[]>('select company_id, count(*) as n from property_complaint where created_at >= ? and created_at < ? group by company_id', [
      date(period.start),
      date(end),
    ]),
    em.execute<Row[]>(
      `select e.company_id, count(*) as n
         from matter m join building b on b.id = m.building_id join estate e on e.id = b.estate_id
        where e.company_id is not null and m.created_at >= ? and m.created_at < ? and m.status <> ?
        group by e.company_id`,
      [date(period.start), date(end), MatterStatus.MERGED],
    ),
    em.execute<Row[]>(
      `select e.company_id, sum(f.billed_homes) as billed, sum(f.paid_homes) as paid
         from fee_collection f join estate e on e.id = f.estate_id
        where e.company_id is not null and f.month in (${marks(months.length)}) group by e.company_id`,
      months,
    ),
  ]);
  for (const r of companies) of(r.id);
  for (const r of homes) of(r.company_id).homes = num(r.homes);
  for (const r of ratings) add(of(r.company_id).ratings, String(r.indicator), r.total, r.n);
  for (const r of raters) of(r.company_id).ratingHomes = num(r.homes);
  for (const r of inspections) add(of(r.company_id).inspections, String(r.indicator), r.total, r.n);
  for (const r of thirdParty) add(of(r.company_id).thirdParty, String(r.indicator), r.total, r.n);
  for (const r of orders)
    of(r.company_id).orders = {
      reported: num(r.reported),
      respondedOnTime: num(r.responded_on_time),
      done: num(r.done),
      doneOnTime: num(r.done_on_time),
      rated: num(r.rated),
      ratingSum: num(r.rating_sum),
    };
  for (const r of complaints) of(r.company_id).complaints += num(r.n);
  for (const r of matters) of(r.company_id).complaints += num(r.n);
  for (const r of fees) of(r.company_id).fees = { billed: num(r.billed), paid: num(r.paid) };
  return byCompany;
}
