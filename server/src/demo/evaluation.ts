import type { EntityManager } from '@mikro-orm/knex';
import type { StaffViewer } from '../common/actor';
import { newCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { chunks } from '../common/csv-table';
import { num } from '../common/sql';
import {
  PropertyComplaint,
  ComplaintTopic,
  EvaluationPeriodKind,
  IndicatorSource,
  type EvaluationServices,
  FeeCollectionRow,
  Inspection,
  InspectionScore,
  monthOf,
  parsePeriod,
  PropertyRating,
  PropertyRatingScore,
  indicatorsOf,
  ThirdPartyScore,
  monthsUpTo,
} from '../evaluation';
import { Matter, NoticeKind, Notice } from '../matters';
import { ServiceItem, WorkOrderEventKind, WorkOrderSource, WorkOrderStatus, WorkOrderEvent, WorkOrder } from '../service-centre';
import { rng } from './rng';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The estate whose fee collection the article follows: 68.21% to 93.56% in the reform's year. */
export const ARTICLE_ESTATE = '宏源花园';
/** A company that stays weak, so that a warning grade and a review by the owners can be tried. */
export const WEAK_COMPANY = '巴渝家园物业';

interface EstateRow {
  id: number;
  name: string;
  companyId: number;
  communityId: number;
  homes: number[];
  buildings: number[];
}

/**
 * Two years of the property-service evaluation for the estates with companies: residents'
 * ratings, monthly checks, quarterly third-party scores, fee collection, one-click complaints and
 * the companies' repair orders. The reform starts half a year in and takes a year to tell, so the
 * trend matches the article: complaints down about 62%, satisfaction up about 21%, and 宏源花园's
 * fee collection from 68.21% to 93.56%. The last year, quarter and month are closed and published.
 */
export async function loadDemoEvaluation(
  em: EntityManager,
  evaluation: EvaluationServices,
  street: StaffViewer,
  now = new Date(),
): Promise<{ ratings: number; complaints: number }> {
  const rand = rng(278);
  const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const { body } = await evaluation.standards.current(em);
  const indicators = indicatorsOf(body);
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select e.id, e.name, e.company_id, e.community_id, b.id as building_id, h.id as home_id
       from estate e join building b on b.estate_id = e.id join unit u on u.building_id = b.id join home h on h.unit_id = u.id
      where e.company_id is not null order by e.id, h.id`,
  );
  const estates = new Map<number, EstateRow>();
  for (const r of rows) {
    const id = num(r.id);
    let e = estates.get(id);
    if (!e) estates.set(id, (e = { id, name: String(r.name), companyId: num(r.company_id), communityId: num(r.community_id), homes: [], buildings: [] }));
    e.homes.push(num(r.home_id));
    if (!e.buildings.includes(num(r.building_id))) e.buildings.push(num(r.building_id));
  }
  const companies = new Map((await em.execute<Array<{ id: unknown; name: string }>>('select id, name from property_company')).map((c) => [num(c.id), c.name]));
  // Each company's own level, -1 (weak) to 1 (strong); the weak one stays weak.
  const level = new Map([...companies].map(([id, name]) => [id, name === WEAK_COMPANY ? -1.6 : between(-0.6, 0.8)]));
  const months = monthsUpTo(monthOf(now), 24);
  // 0 before the reform, 1 a year after it began.
  const reform = (i: number) => Math.min(1, Math.max(0, (i - 6) / 12));
  const clampStars = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

  let ratingCount = 0;
  let complaintCount = 0;
  const items = await em.find(ServiceItem, { current: true, code: { $in: ['FAC-01', 'UTL-02', 'UTL-03', 'SAN-02', 'FAC-02'] } });
  const used = new Set([
    ...(await em.find(Matter, {}, { fields: ['trackingCode'] })).map((m) => m.trackingCode),
    ...(await em.find(WorkOrder, {}, { fields: ['trackingCode'] })).map((o) => o.trackingCode),
  ]);
  const code = () => {
    for (;;) {
      const c = newCode(TRACKING_CODE_LENGTH);
      if (!used.has(c)) {
        used.add(c);
        return c;
      }
    }
  };

  for (const [i, month] of months.entries()) {
    const period = parsePeriod(EvaluationPeriodKind.MONTH, month);
    const current = i === months.length - 1;
    const end = current ? now : period.end;
    const at = () => new Date(period.start.getTime() + rand() * (end.getTime() - period.start.getTime()));
    const f = reform(i);
    const ratings: Array<Record<string, unknown>> = [];
    const stars = new Map<number, number[]>();
    const complaints: Array<Record<string, unknown>> = [];
    const fees: Array<Record<string, unknown>> = [];
    const orders: Array<Record<string, unknown>> = [];
    for (const e of estates.values()) {
      const q = level.get(e.companyId)!;
      // Residents' ratings: 8 to 22 homes an estate a month, fewer in the month still running.
      const raters = Math.floor((current ? 0.5 : 1) * between(8, 22));
      const mean = 3.45 + 0.72 * f + 0.35 * q;
      for (const home of new Set(Array.from({ length: raters }, () => pick(e.homes)))) {
        const when = at();
        ratings.push({ home, estate: e.id, company: e.companyId, month, comment: null, createdAt: when, updatedAt: when });
        stars.set(
          home,
          [0, 1, 2, 3].map(() => clampStars(mean + between(-1.3, 1.3))),
        );
      }
      // One-click complaints, about 0.41 an estate a month before the reform.
      const complaintRate = 0.41 * (1 - 0.62 * f) * (1 - 0.35 * q);
      const n = Math.floor(complaintRate + rand());
      for (let k = 0; k < n; k++)
        complaints.push({ estate: e.id, company: e.companyId, home: pick(e.homes), topic: pick(Object.values(ComplaintTopic)), note: null, createdAt: at() });
      // Fee collection: billed once a month to every home.
      const rate =
        e.name === ARTICLE_ESTATE
          ? 0.6821 + (0.9356 - 0.6821) * f
          : Math.min(0.985, Math.max(0.55, 0.72 + 0.05 * q + (0.16 + 0.04 * q) * f + between(-0.02, 0.02)));
      if (!current) fees.push({ estate: e.id, month, billedHomes: e.homes.length, paidHomes: Math.round(e.homes.length * rate), importedAt: period.end });
      // The company's repair orders: a few an estate a month, answered faster after the reform.
      for (let k = Math.floor(between(2, 6) * (current ? 0.5 : 1)); k > 0; k--) {
        const item = pick(items);
        const reportedAt = at();
        const onTime = rand() < Math.min(0.98, 0.7 + 0.25 * f + 0.08 * q);
        const respondedIn = Math.max(3, Math.round(onTime ? between(5, item.respondMinutes * 0.9) : item.respondMinutes + between(10, 300)));
        const resolveTaken = Math.max(respondedIn + 20, Math.round(item.resolveMinutes * (rand() < 0.85 + 0.1 * f ? between(0.2, 0.9) : between(1.05, 2))));
        const doneAt = new Date(reportedAt.getTime() + resolveTaken * MINUTE);
        const done = doneAt < now;
        const acked = new Date(reportedAt.getTime() + respondedIn * MINUTE) < now;
        const rated = done && rand() < 0.5;
        orders.push({
          trackingCode: code(),
          item: item.id,
          status: done ? WorkOrderStatus.DONE : acked ? WorkOrderStatus.ACKNOWLEDGED : WorkOrderStatus.REPORTED,
          source: rand() < 0.5 ? WorkOrderSource.RESIDENT : WorkOrderSource.KIOSK,
          community: e.communityId,
          pavilion: null,
          building: pick(e.buildings),
          note: null,
          team: null,
          reportedAt,
          respondBy: new Date(reportedAt.getTime() + item.respondMinutes * MINUTE),
          resolveBy: new Date(reportedAt.getTime() + item.resolveMinutes * MINUTE),
          acknowledgedAt: acked ? new Date(reportedAt.getTime() + respondedIn * MINUTE) : null,
          doneAt: done ? doneAt : null,
          respondedInMinutes: acked ? respondedIn : null,
          resolvedOnTime: done ? resolveTaken <= item.resolveMinutes : null,
          reporterCount: 1,
          urgeCount: 0,
          reworkCount: 0,
          ratingSpeed: rated ? clampStars(mean + between(-1, 1.2)) : null,
          ratingQuality: rated ? clampStars(mean + between(-1, 1.2)) : null,
          ratedAt: rated ? new Date(doneAt.getTime() + 3 * 3600_000) : null,
          followUp: false,
          reason: null,
          dueAt: done
            ? null
            : acked
              ? new Date(reportedAt.getTime() + item.resolveMinutes * MINUTE)
              : new Date(reportedAt.getTime() + item.respondMinutes * MINUTE),
          respondWarned: false,
          resolveWarned: false,
          version: 1,
        });
      }
    }
    await em.transactional(async (tx) => {
      for (const c of chunks(ratings, 400)) await tx.insertMany(PropertyRating, c as never[]);
      const ids = await tx.execute<Array<{ id: unknown; home_id: unknown }>>('select id, home_id from property_rating where month = ?', [month]);
      const asked = indicators.filter((x) => x.source === IndicatorSource.RESIDENT_RATING);
      const scores = ids.flatMap((r) => stars.get(num(r.home_id))!.map((s, k) => ({ rating: num(r.id), indicator: asked[k].code, stars: s })));
      for (const c of chunks(scores, 500)) await tx.insertMany(PropertyRatingScore, c as never[]);
      for (const c of chunks(complaints, 500)) await tx.insertMany(PropertyComplaint, c as never[]);
      for (const c of chunks(fees, 500)) await tx.insertMany(FeeCollectionRow, c as never[]);
      for (const c of chunks(orders, 300)) await tx.insertMany(WorkOrder, c as never[]);
      const codes = orders.map((o) => o.trackingCode as string);
      const orderIds = new Map<string, number>();
      for (const c of chunks(codes, 500))
        for (const o of await tx.find(WorkOrder, { trackingCode: { $in: c } }, { fields: ['id', 'trackingCode'] })) orderIds.set(o.trackingCode, o.id);
      const events = orders.flatMap((o) => {
        const id = orderIds.get(o.trackingCode as string)!;
        const list: Array<Record<string, unknown>> = [
          { workOrder: id, at: o.reportedAt, status: WorkOrderStatus.REPORTED, kind: WorkOrderEventKind.REPORTED, note: null, by: '居民' },
        ];
        if (o.acknowledgedAt)
          list.push({
            workOrder: id,
            at: o.acknowledgedAt,
            status: WorkOrderStatus.ACKNOWLEDGED,
            kind: WorkOrderEventKind.ACKNOWLEDGED,
            note: null,
            by: '物业',
          });
        if (o.doneAt)
          list.push({ workOrder: id, at: o.doneAt, status: WorkOrderStatus.DONE, kind: WorkOrderEventKind.CHECK_ACCEPTED, note: '已修好', by: '物业' });
        return list;
      });
      for (const c of chunks(events, 500)) await tx.insertMany(WorkOrderEvent, c as never[]);
      tx.clear();
    });
    ratingCount += ratings.length;
    complaintCount += complaints.length;

    // The month's checks by the sub-district, and the assessor's scores each quarter.
    if (current) continue;
    const checks = [...companies.keys()].map((company) => ({ company, month, inspector: street.userId, community: null, note: null, recordedAt: period.end }));
    const thirdParty: Array<Record<string, unknown>> = [];
    const quarterEnds = month.endsWith('-03') || month.endsWith('-06') || month.endsWith('-09') || month.endsWith('-12');
    await em.transactional(async (tx) => {
      await tx.insertMany(Inspection, checks as never[]);
      const ids = await tx.execute<Array<{ id: unknown; company_id: unknown }>>('select id, company_id from inspection where month = ?', [month]);
      const scores = ids.flatMap((r) =>
        indicators
          .filter((x) => x.source === IndicatorSource.INSPECTION)
          .map((x) => {
            const share = Math.min(1, Math.max(0.2, 0.66 + 0.22 * f + 0.14 * level.get(num(r.company_id))! + between(-0.08, 0.08)));
            return { inspection: num(r.id), indicator: x.code, centipoints: Math.round(x.weight * share * 2) * 50 };
          }),
      );
      await tx.insertMany(InspectionScore, scores as never[]);
      if (quarterEnds) {
        const quarter = `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`;
        for (const company of companies.keys())
          for (const x of indicators.filter((y) => y.source === IndicatorSource.THIRD_PARTY)) {
            const share = Math.min(1, Math.max(0.2, 0.68 + 0.2 * f + 0.14 * level.get(company)! + between(-0.06, 0.06)));
            thirdParty.push({ company, period: quarter, indicator: x.code, centipoints: Math.round(x.weight * share * 100), importedAt: period.end });
          }
        await tx.insertMany(ThirdPartyScore, thirdParty as never[]);
      }
      tx.clear();
    });
  }

  // The last whole year, quarter and month are closed and published, each notice on its own date.
  const last = parsePeriod(EvaluationPeriodKind.MONTH, months[months.length - 2]);
  const lastYear = String(Number(months[months.length - 1].slice(0, 4)) - 1);
  const lastMonthNo = Number(last.label.slice(5));
  const closes: Array<[EvaluationPeriodKind, string]> = [[EvaluationPeriodKind.YEAR, lastYear]];
  const fullQuarter = Math.floor(lastMonthNo / 3);
  if (fullQuarter > 0) closes.push([EvaluationPeriodKind.QUARTER, `${last.label.slice(0, 4)}-Q${fullQuarter}`]);
  closes.push([EvaluationPeriodKind.MONTH, last.label]);
  for (const [kind, label] of closes) {
    const [{ id: before }] = await em.execute<Array<{ id: unknown }>>('select coalesce(max(id), 0) as id from notice');
    await evaluation.scorecards.close(em.fork(), street, kind, label);
    const published = new Date(Math.min(now.getTime(), parsePeriod(kind, label).end.getTime() + 3 * DAY));
    await em.nativeUpdate(Notice, { id: { $gt: num(before) }, kind: NoticeKind.EVALUATION }, { publishedAt: published });
  }
  return { ratings: ratingCount, complaints: complaintCount };
}
