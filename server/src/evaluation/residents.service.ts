import type { EntityManager } from '@mikro-orm/knex';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { requireResident } from '../common/guards';
import type { Actor } from '../common/actor';
import { badInput, notFound } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { consumeOrThrow } from '../common/rate-limits';
import { inTransaction } from '../common/transaction';
import { cleanText } from '../common/text';
import { PropertyComplaint } from './complaint.entity';
import { ComplaintTopic, EvaluationPeriodKind, IndicatorSource } from './enums';
import { refuseIfClosed } from './frozen';
import { estateOfHome, type HomeEstate } from './home-estate';
import { monthOf, parsePeriod } from './period';
import { PropertyRating, PropertyRatingScore } from './rating.entity';
import { indicatorsOf } from './standard';
import type { StandardStore } from './standards';

export interface StarsInput {
  code: string;
  points: number;
}

export interface RatingResult {
  companyId: number;
  month: string;
  /** True when this home had already rated this month and changed its rating. */
  changed: boolean;
}

/** Residents' part: the monthly rating of their estate's company, and one-click complaints. */
export class ResidentEvaluationService {
  constructor(
    private readonly standards: StandardStore,
    private readonly pubSub: AppPubSub,
    private readonly complaintLimiter: RateLimiterAbstract,
    private readonly clock: () => Date,
  ) {}

  private async ownEstate(em: EntityManager, homeId: number): Promise<HomeEstate & { companyId: number }> {
    const place = await estateOfHome(em, homeId);
    if (!place) throw notFound('Home');
    if (place.companyId == null) throw badInput('Your building has no property company; the service centre serves it', { field: 'homeId' });
    return { ...place, companyId: place.companyId };
  }

  /** Once per home per month; rating again in the same month replaces the home's rating. */
  async rate(em: EntityManager, actor: Actor, scores: StarsInput[], comment?: string | null): Promise<RatingResult> {
    const resident = requireResident(actor);
    const { body } = await this.standards.current(em);
    const asked = indicatorsOf(body).filter((i) => i.source === IndicatorSource.RESIDENT_RATING);
    const askedCodes = new Set(asked.map((i) => i.code));
    const seen = new Set<string>();
    for (const s of scores) {
      if (!askedCodes.has(s.code)) throw badInput(`${s.code} is not a question residents answer`, { field: 'scores', indicator: s.code });
      if (seen.has(s.code)) throw badInput(`${s.code} is answered twice`, { field: 'scores', indicator: s.code });
      seen.add(s.code);
      if (!Number.isInteger(s.points) || s.points < 1 || s.points > 5) throw badInput('Each answer is 1 to 5 stars', { field: 'scores', indicator: s.code });
    }
    if (seen.size !== askedCodes.size) throw badInput('Answer every question', { field: 'scores', missing: [...askedCodes].filter((c) => !seen.has(c)) });
    const note = comment == null ? null : cleanText(comment, 'comment', { max: 300 }) || null;
    const place = await this.ownEstate(em, resident.homeId);
    const month = monthOf(this.clock());
    const result = await inTransaction(em, async (tx) => {
      await refuseIfClosed(tx, parsePeriod(EvaluationPeriodKind.MONTH, month));
      const old = await tx.findOne(PropertyRating, { home: resident.homeId, month });
      const now = this.clock();
      const rating =
        old ??
        tx.create(PropertyRating, {
          home: resident.homeId,
          estate: place.estateId,
          company: place.companyId,
          month,
          comment: note,
          createdAt: now,
          updatedAt: now,
        });
      if (old) {
        old.comment = note;
        old.updatedAt = now;
        await tx.nativeDelete(PropertyRatingScore, { rating: old.id });
      }
      await tx.flush();
      await tx.insertMany(
        PropertyRatingScore,
        scores.map((s) => ({ rating: rating.id, indicator: s.code, stars: s.points })),
      );
      return { companyId: place.companyId, month, changed: !!old };
    });
    this.pubSub.publish('COMMUNITY_CHANGED', { communityId: place.communityId });
    return result;
  }

  /** The home's own rating of this month, to show and change. */
  async ownRating(em: EntityManager, actor: Actor): Promise<{ month: string; scores: StarsInput[]; comment: string | null } | null> {
    const resident = requireResident(actor);
    const month = monthOf(this.clock());
    const rating = await em.findOne(PropertyRating, { home: resident.homeId, month });
    if (!rating) return null;
    const scores = await em.find(PropertyRatingScore, { rating: rating.id }, { orderBy: { indicator: 'asc' } });
    return { month, comment: rating.comment ?? null, scores: scores.map((s) => ({ code: s.indicator, points: s.stars })) };
  }

  /** 一键投诉: a complaint about the company of the resident's own estate; a few per home per day. */
  async complain(em: EntityManager, actor: Actor, topic: ComplaintTopic, note?: string | null): Promise<PropertyComplaint> {
    const resident = requireResident(actor);
    if (!Object.values(ComplaintTopic).includes(topic)) throw badInput('Unknown topic', { field: 'topic' });
    const text = note == null ? null : cleanText(note, 'note', { max: 300 }) || null;
    const place = await this.ownEstate(em, resident.homeId);
    await consumeOrThrow(this.complaintLimiter, String(resident.homeId), 'Your home has sent several complaints today; the office will be in touch');
    const complaint = await inTransaction(em, async (tx) => {
      const c = tx.create(PropertyComplaint, {
        estate: place.estateId,
        company: place.companyId,
        home: resident.homeId,
        topic,
        note: text,
        createdAt: this.clock(),
      });
      await tx.flush();
      return c;
    });
    this.pubSub.publish('COMMUNITY_CHANGED', { communityId: place.communityId });
    return complaint;
  }
}
