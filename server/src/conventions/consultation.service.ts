import type { EntityManager } from '@mikro-orm/knex';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Actor } from '../common/actor';
import { conflict, notFound } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { consumeOrThrow } from '../common/rate-limits';
import { inTransaction } from '../common/transaction';
import { cleanText } from '../common/text';
import { articleScope, requireConventionResident, type ConventionScope } from './access';
import { Amendment, AmendmentSupport, ArticleComment, type ConventionArticle } from './article.entity';
import { ARTICLE_MAX_CHARS } from './drafting.service';
import { AmendmentState } from './enums';
import { CONVENTION } from './lifecycle';

/** Residents' part of a consultation: comments on an article, new wordings with a reason, support for others' (one per home). */
export class ConventionConsultation {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly pubSub: AppPubSub,
    private readonly clock: () => Date,
  ) {}

  /** The consultation must be open now: after its date nothing more is taken. */
  private open(scope: ConventionScope) {
    const c = scope.convention;
    CONVENTION.next(c.stage, 'TAKE_COMMENTS');
    if (c.consultationClosesAt && c.consultationClosesAt <= this.clock())
      throw conflict('The consultation has closed', { closesAt: c.consultationClosesAt.toISOString() });
  }

  private changed(scope: ConventionScope) {
    for (const communityId of scope.communityIds) this.pubSub.publish('COMMUNITY_CHANGED', { communityId });
  }

  async comment(em: EntityManager, actor: Actor, articleId: number, text: string): Promise<ConventionArticle> {
    const scope = await articleScope(em, articleId);
    const resident = requireConventionResident(actor, scope.communityIds);
    const words = cleanText(text, 'text', { min: 1, max: 300, multiline: true });
    this.open(scope);
    await consumeOrThrow(this.limiter, String(resident.homeId), 'Your home has written a lot in the last hour; please try again later');
    await inTransaction(em, async (tx) => {
      tx.create(ArticleComment, { article: articleId, home: resident.homeId, text: words, at: this.clock() });
    });
    this.changed(scope);
    return scope.article;
  }

  async propose(em: EntityManager, actor: Actor, articleId: number, text: string, reason: string | null | undefined): Promise<Amendment> {
    const scope = await articleScope(em, articleId);
    const resident = requireConventionResident(actor, scope.communityIds);
    const wording = cleanText(text, 'text', { min: 1, max: ARTICLE_MAX_CHARS, multiline: true });
    // The branch decides on the reason as much as on the wording: a proposal without one is refused.
    const why = cleanText(reason, 'reason', { min: 1, max: 300, multiline: true });
    this.open(scope);
    if (wording === scope.article.text) throw conflict('This is the wording the article already has');
    await consumeOrThrow(this.limiter, String(resident.homeId), 'Your home has written a lot in the last hour; please try again later');
    const amendment = await inTransaction(em, async (tx) => {
      const a = tx.create(Amendment, { article: articleId, home: resident.homeId, text: wording, reason: why, createdAt: this.clock() });
      await tx.flush();
      return a;
    });
    this.changed(scope);
    return amendment;
  }

  /** One support per home and amendment; a second is CONFLICT and changes nothing. */
  async support(em: EntityManager, actor: Actor, amendmentId: number): Promise<Amendment> {
    const amendment = await em.findOne(Amendment, { id: amendmentId });
    if (!amendment) throw notFound('Amendment');
    const scope = await articleScope(em, amendment.article.id);
    const resident = requireConventionResident(actor, scope.communityIds);
    this.open(scope);
    if (amendment.state !== AmendmentState.PROPOSED) throw conflict('This amendment has been decided', { state: amendment.state });
    await inTransaction(em, async (tx) => {
      if (await tx.findOne(AmendmentSupport, { amendment: amendmentId, home: resident.homeId })) throw conflict('Your home already supports this amendment');
      tx.create(AmendmentSupport, { amendment: amendmentId, home: resident.homeId });
      await tx.flush();
      await tx.execute('update amendment set support = support + 1 where id = ?', [amendmentId], 'run');
    });
    this.changed(scope);
    return em.findOneOrFail(Amendment, { id: amendmentId }, { refresh: true });
  }
}
