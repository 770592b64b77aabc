import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { parseId, parseOptionalId } from '../common/ids';
import type { Context } from '../graphql/context';
import { allowedConventionActions, ConventionAction } from './lifecycle';
import { groupedLoader, type GroupedLoaders } from '../common/grouped-loader';
import { Community } from '../register';
import { Vote } from '../votes';
import { Amendment, AmendmentSupport, ArticleComment, ConventionArticle } from './article.entity';
import { Breach } from './breach.entity';
import { Convention, ConventionCommunity } from './convention.entity';
import type { ConventionServices } from './convention-services';
import { BreachCountView, ConventionVersionView, DraftConventionInput, RecordBreachInput } from './conventions.types';
import { ConventionVersionRow } from './version.entity';

// One statement per request for each kind of child the lists show.
const communitiesOf: GroupedLoaders<Community> = new WeakMap();
const articlesOf: GroupedLoaders<ConventionArticle> = new WeakMap();
const commentsOf: GroupedLoaders<ArticleComment> = new WeakMap();
const amendmentsOf: GroupedLoaders<Amendment> = new WeakMap();
const supportsOf: GroupedLoaders<true> = new WeakMap();
const versionsOf: GroupedLoaders<ConventionVersionRow> = new WeakMap();
const votesOf: GroupedLoaders<Vote> = new WeakMap();

@Resolver()
export class ConventionsResolver {
  constructor(private readonly s: ConventionServices) {}

  @Query(() => [Convention], { description: 'Conventions of a community (or all), newest first; public.' })
  async conventions(@Ctx() ctx: Context, @Arg('communityId', () => ID, { nullable: true }) communityId?: string | null): Promise<Convention[]> {
    const community = parseOptionalId(communityId, 'communityId');
    return ctx.em.find(Convention, community ? { id: { $in: (await ctx.em.find(ConventionCommunity, { community })).map((l) => l.convention.id) } } : {}, {
      orderBy: { id: 'desc' },
    });
  }

  @Query(() => Convention, { nullable: true })
  convention(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Convention | null> {
    return ctx.em.findOne(Convention, { id: parseId(id) });
  }

  @Query(() => [BreachCountView], { description: 'Breaches per article and month (Beijing time); public, nobody named.' })
  breachCounts(
    @Arg('conventionId', () => ID) conventionId: string,
    @Ctx() ctx: Context,
    @Arg('from', () => String, { nullable: true }) from?: string | null,
    @Arg('to', () => String, { nullable: true }) to?: string | null,
  ): Promise<BreachCountView[]> {
    return this.s.keeping.counts(ctx.em, parseId(conventionId, 'conventionId'), from, to);
  }

  @Mutation(() => Convention, { description: 'A secretary (or the sub-district) drafts a convention for communities they act for.' })
  draftConvention(@Arg('input', () => DraftConventionInput) input: DraftConventionInput, @Ctx() ctx: Context): Promise<Convention> {
    return this.s.drafting.draft(ctx.em, ctx.actor, {
      title: input.title,
      communityIds: input.communityIds.map((c) => parseId(c, 'communityIds')),
      articles: input.articles,
    });
  }

  @Mutation(() => Convention, { description: 'Opens a draft, or one in force for its yearly review (评约), to residents until a date.' })
  openConsultation(
    @Arg('conventionId', () => ID) conventionId: string,
    @Arg('closesAt', () => DateTimeScalar) closesAt: Date,
    @Ctx() ctx: Context,
  ): Promise<Convention> {
    return this.s.drafting.openConsultation(ctx.em, ctx.actor, parseId(conventionId, 'conventionId'), closesAt);
  }

  @Mutation(() => ConventionArticle, { description: "A signed-in resident of one of the convention's communities." })
  commentArticle(@Arg('articleId', () => ID) articleId: string, @Arg('text', () => String) text: string, @Ctx() ctx: Context): Promise<ConventionArticle> {
    return this.s.consultation.comment(ctx.em, ctx.actor, parseId(articleId, 'articleId'), text);
  }

  @Mutation(() => Amendment)
  proposeAmendment(
    @Arg('articleId', () => ID) articleId: string,
    @Arg('text', () => String) text: string,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Why the wording should change: required (null or empty is BAD_USER_INPUT); nullable only for older clients.',
    })
    reason?: string | null,
  ): Promise<Amendment> {
    return this.s.consultation.propose(ctx.em, ctx.actor, parseId(articleId, 'articleId'), text, reason);
  }

  @Mutation(() => Amendment, { description: 'One support per home.' })
  supportAmendment(@Arg('amendmentId', () => ID) amendmentId: string, @Ctx() ctx: Context): Promise<Amendment> {
    return this.s.consultation.support(ctx.em, ctx.actor, parseId(amendmentId, 'amendmentId'));
  }

  @Mutation(() => Amendment)
  decideAmendment(
    @Arg('amendmentId', () => ID) amendmentId: string,
    @Arg('accept', () => Boolean) accept: boolean,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<Amendment> {
    return this.s.drafting.decide(ctx.em, ctx.actor, parseId(amendmentId, 'amendmentId'), accept, note);
  }

  @Mutation(() => Convention, { description: 'Applies accepted amendments as a new version with its changes.' })
  publishConventionVersion(@Arg('conventionId', () => ID) conventionId: string, @Ctx() ctx: Context): Promise<Convention> {
    return this.s.drafting.publish(ctx.em, ctx.actor, parseId(conventionId, 'conventionId'));
  }

  @Mutation(() => Convention, { description: "Opens a RESIDENTS_MAJORITY vote of the convention's households; passing puts it IN_FORCE." })
  putConventionToVote(
    @Arg('conventionId', () => ID) conventionId: string,
    @Arg('closesAt', () => DateTimeScalar) closesAt: Date,
    @Ctx() ctx: Context,
  ): Promise<Convention> {
    return this.s.drafting.putToVote(ctx.em, ctx.actor, parseId(conventionId, 'conventionId'), closesAt);
  }

  @Mutation(() => Breach, { description: 'A patrol team member or staff records a breach and its outcome; no resident is named.' })
  recordBreach(@Arg('input', () => RecordBreachInput) input: RecordBreachInput, @Ctx() ctx: Context): Promise<Breach> {
    return this.s.keeping.record(ctx.em, ctx.actor, {
      conventionId: parseId(input.conventionId, 'conventionId'),
      articleNumber: input.articleNumber,
      place: input.place,
      buildingId: parseOptionalId(input.buildingId, 'buildingId'),
      outcome: input.outcome,
      note: input.note,
    });
  }
}

@Resolver(() => Convention)
export class ConventionFieldsResolver {
  constructor(private readonly s: ConventionServices) {}

  @FieldResolver(() => [Community])
  communities(@Root() c: Convention, @Ctx() ctx: Context): Promise<Community[]> {
    const em = ctx.em;
    return groupedLoader(em, communitiesOf, async (ids) => {
      const links = await em.find(ConventionCommunity, { convention: { $in: ids } }, { populate: ['community'], orderBy: { community: 'asc' } });
      return links.map((l) => [l.convention.id, l.community.unwrap()] as [number, Community]);
    }).load(c.id);
  }

  @FieldResolver(() => [ConventionAction], {
    description: 'What the viewer may do to this convention now: the rules the server enforces, for clients to offer.',
  })
  async allowedActions(@Root() c: Convention, @Ctx() ctx: Context): Promise<ConventionAction[]> {
    if (ctx.actor.kind !== 'staff') return [];
    const communities = await this.communities(c, ctx);
    return allowedConventionActions(
      c,
      communities.map((x) => x.id),
      ctx.actor,
      this.s.clock(),
    );
  }

  @FieldResolver(() => [ConventionArticle])
  articles(@Root() c: Convention, @Ctx() ctx: Context): Promise<ConventionArticle[]> {
    const em = ctx.em;
    return groupedLoader(em, articlesOf, async (ids) =>
      (await em.find(ConventionArticle, { convention: { $in: ids } }, { orderBy: { number: 'asc' } })).map(
        (a) => [a.convention.id, a] as [number, ConventionArticle],
      ),
    ).load(c.id);
  }

  @FieldResolver(() => [ConventionVersionView], { description: 'Every published version, oldest first.' })
  async versions(@Root() c: Convention, @Ctx() ctx: Context): Promise<ConventionVersionView[]> {
    const em = ctx.em;
    const rows = await groupedLoader(em, versionsOf, async (ids) =>
      (await em.find(ConventionVersionRow, { convention: { $in: ids } }, { orderBy: { version: 'asc' } })).map(
        (r) => [r.convention.id, r] as [number, ConventionVersionRow],
      ),
    ).load(c.id);
    return rows.map((r) => ({ version: r.version, publishedAt: r.publishedAt, articles: JSON.parse(r.articles), changes: JSON.parse(r.changes) }));
  }

  @FieldResolver(() => Vote, { nullable: true })
  async vote(@Root() c: Convention, @Ctx() ctx: Context): Promise<Vote | null> {
    if (!c.vote) return null;
    const em = ctx.em;
    const [vote] = await groupedLoader(em, votesOf, async (ids) => (await em.find(Vote, { id: { $in: ids } })).map((v) => [v.id, v] as [number, Vote])).load(
      c.vote.id,
    );
    return vote ?? null;
  }
}

@Resolver(() => ConventionArticle)
export class ArticleFieldsResolver {
  @FieldResolver(() => [ArticleComment], { description: 'Newest first; nobody named.' })
  comments(@Root() a: ConventionArticle, @Ctx() ctx: Context): Promise<ArticleComment[]> {
    const em = ctx.em;
    return groupedLoader(em, commentsOf, async (ids) =>
      (await em.find(ArticleComment, { article: { $in: ids } }, { orderBy: { at: 'desc', id: 'desc' } })).map(
        (x) => [x.article.id, x] as [number, ArticleComment],
      ),
    ).load(a.id);
  }

  @FieldResolver(() => [Amendment], { description: 'Most supported first.' })
  amendments(@Root() a: ConventionArticle, @Ctx() ctx: Context): Promise<Amendment[]> {
    const em = ctx.em;
    return groupedLoader(em, amendmentsOf, async (ids) =>
      (await em.find(Amendment, { article: { $in: ids } }, { orderBy: { support: 'desc', id: 'asc' } })).map((x) => [x.article.id, x] as [number, Amendment]),
    ).load(a.id);
  }
}

@Resolver(() => Amendment)
export class AmendmentFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the signed-in home supports it (false for everyone else).' })
  async supportedByMe(@Root() a: Amendment, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.actor.kind !== 'resident') return false;
    const em = ctx.em;
    const homeId = ctx.actor.homeId;
    const mine = await groupedLoader(em, supportsOf, async (ids) =>
      (await em.find(AmendmentSupport, { amendment: { $in: ids }, home: homeId })).map((x) => [x.amendment.id, true] as [number, true]),
    ).load(a.id);
    return mine.length > 0;
  }
}

@Resolver(() => Breach)
export class BreachFieldsResolver {
  @FieldResolver(() => ConventionArticle)
  article(@Root() b: Breach, @Ctx() ctx: Context): Promise<ConventionArticle> {
    return ctx.em.findOneOrFail(ConventionArticle, { id: b.article.id });
  }
}
