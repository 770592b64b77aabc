import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../common/errors';
import { MatterCategory, MatterStatus, MatterStep, stepOf, Matter, TRIAGE_TARGET_MINUTES, Second } from '../matters';
import { Home } from '../register';
import { median, percentile, startOfShanghaiYear } from './percentiles';
import type { Stats } from './stats.types';
import type { ChangeFeed } from '../common/change-feed';

/** Extra participants (e.g. voters) that other features contribute to the participation figure. */
export type ParticipantSource = (em: EntityManager, communityId: number | null, from: Date, to: Date) => Promise<number[]>;

/** How long this year's figures of a community are kept between changes. */
const KEEP_MS = 30_000;

export class StatsService {
  private readonly sources: ParticipantSource[] = [];
  /** This year's figures per community (0: the whole sub-district), dropped by its changes. */
  private readonly thisYear = new Map<number, { at: number; stats: Promise<Stats> }>();

  /** Figures of a community are computed again after any change of its matters or votes. */
  watch(feed: ChangeFeed) {
    feed.listen((communityId) => {
      if (communityId === null) this.thisYear.clear();
      else {
        this.thisYear.delete(communityId);
        this.thisYear.delete(0);
      }
    });
  }

  addParticipantSource(source: ParticipantSource) {
    this.sources.push(source);
  }

  async stats(em: EntityManager, communityId: number | null, from?: Date | null, to?: Date | null): Promise<Stats> {
    if (from || to) return this.compute(em, communityId, from, to);
    const key = communityId ?? 0;
    const kept = this.thisYear.get(key);
    if (kept && Date.now() - kept.at < KEEP_MS) return kept.stats;
    const stats = this.compute(em, communityId, null, null);
    this.thisYear.set(key, { at: Date.now(), stats });
    stats.catch(() => this.thisYear.delete(key));
    return stats;
  }

  private async compute(em: EntityManager, communityId: number | null, from?: Date | null, to?: Date | null): Promise<Stats> {
    const end = to ?? new Date();
    const start = from ?? startOfShanghaiYear(end);
    if (start.getTime() >= end.getTime()) throw badInput('from must be before to');
    const where = { createdAt: { $gte: start, $lt: end }, ...(communityId ? { community: communityId } : {}) };
    const rows = await em
      .createQueryBuilder(Matter, 'm')
      .select(['m.status', 'm.category', 'm.createdAt', 'm.triagedAt', 'm.completedAt', 'm.rating', 'm.raisedBy'])
      .where(where)
      .execute<
        Array<{
          status: MatterStatus;
          category: MatterCategory;
          createdAt: Date | string | number;
          triagedAt: unknown;
          completedAt: unknown;
          rating: number | null;
          raisedBy: number | null;
        }>
      >('all', true);

    const time = (v: unknown) => (v == null ? null : new Date(v as string | number | Date).getTime());
    const byStep = new Map<MatterStep, number>(Object.values(MatterStep).map((s) => [s, 0]));
    const byCategory = new Map<MatterCategory, { raised: number; resolved: number }>();
    const triage: number[] = [];
    const completion: number[] = [];
    const ratings: number[] = [];
    const participants = new Set<number>();
    let resolved = 0;
    for (const r of rows) {
      if (r.status === MatterStatus.MERGED) continue; // a duplicate is counted in the matter it joined
      const created = time(r.createdAt)!;
      byStep.set(stepOf(r.status), byStep.get(stepOf(r.status))! + 1);
      const cat = byCategory.get(r.category) ?? { raised: 0, resolved: 0 };
      cat.raised++;
      if (r.status === MatterStatus.COMPLETED) {
        cat.resolved++;
        resolved++;
      }
      byCategory.set(r.category, cat);
      const triaged = time(r.triagedAt);
      if (triaged !== null) triage.push((triaged - created) / 60_000);
      const completed = time(r.completedAt);
      if (completed !== null) completion.push((completed - created) / 60_000);
      if (r.rating != null) ratings.push(r.rating);
      if (r.raisedBy != null) participants.add(r.raisedBy);
    }
    triage.sort((a, b) => a - b);
    completion.sort((a, b) => a - b);

    const seconds = await em
      .createQueryBuilder(Second, 's')
      .select(['s.home'])
      .join('s.matter', 'm')
      .where({ createdAt: { $gte: start, $lt: end }, ...(communityId ? { matter: { community: communityId } } : {}) })
      .execute<Array<{ home: number }>>('all', true);
    for (const s of seconds) participants.add(s.home);
    for (const source of this.sources) for (const home of await source(em, communityId, start, end)) participants.add(home);

    const homesInScope = await em.count(Home, communityId ? { unit: { building: { estate: { community: communityId } } } } : {});
    const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
    const raised = rows.filter((r) => r.status !== MatterStatus.MERGED).length;
    return {
      from: start,
      to: end,
      raised,
      resolved,
      byStep: [...byStep].map(([step, count]) => ({ step, count })),
      byCategory: [...byCategory].map(([category, c]) => ({ category, ...c })).sort((a, b) => b.raised - a.raised),
      triage: { count: triage.length, medianMinutes: round(median(triage)), p90Minutes: round(percentile(triage, 90)) },
      triagedWithinTarget: triage.filter((m) => m <= TRIAGE_TARGET_MINUTES).length,
      completion: { count: completion.length, medianMinutes: round(median(completion)), p90Minutes: round(percentile(completion, 90)) },
      meanRating: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null,
      ratings: ratings.length,
      participation: { homes: participants.size, homesInScope, rate: homesInScope ? Math.round((participants.size / homesInScope) * 10_000) / 10_000 : 0 },
    };
  }
}
