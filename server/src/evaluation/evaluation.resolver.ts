import type { EntityManager } from '@mikro-orm/knex';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../common/errors';
import { parseId, parseOptionalId } from '../common/ids';
import type { Context } from '../graphql/context';
import { FEE_COLUMNS, THIRD_PARTY_COLUMNS } from './imports.service';
import { PublicAnswer } from '../graphql/public-cache';
import { FileArguments } from '../graphql/input-text';
import { groupedLoader, type GroupedLoaders } from '../common/grouped-loader';
import { Matter } from '../matters';
import { Estate, ImportReportType, PropertyCompany } from '../register';
import { EvaluationClose, FrozenScorecard } from './closing.entity';
import { ComplaintTopic, EvaluationPeriodKind, IndicatorSource } from './enums';
import type { EvaluationServices } from './evaluation-services';
import {
  EvaluationStandardInput,
  EvaluationStandardView,
  FeeCollectionView,
  IndicatorPointsInput,
  MyPropertyRatingView,
  PropertyComplaintView,
  PropertyMonthView,
  ScorecardView,
} from './evaluation.types';
import { FeeCollectionRow } from './fee-collection.entity';
import { monthOf, parsePeriod } from './period';
import { PropertyReview } from './review.entity';
import type { CompanyCard } from './scorecards.service';
import type { ScoredCard } from './scoring';
import { dimensionWeight, indicatorsOf } from './standard';
import type { StandardBody } from './standard-seed';
import { companyTrend, monthsUpTo } from './trend';

function standardView({ version, body }: { version: number; body: StandardBody }): EvaluationStandardView {
  return {
    version,
    title: body.title,
    dimensions: body.dimensions.map((d) => ({
      ...d,
      weight: dimensionWeight(d),
      indicators: d.indicators.map((i) => ({ ...i, question: i.question ?? null, measure: i.measure ?? null })),
    })),
    grades: body.grades,
  };
}

/** A card with the names and weights of the standard it was scored by. */
function viewOf(c: CompanyCard, body: StandardBody): ScorecardView {
  const dims = new Map(body.dimensions.map((d) => [d.code, d]));
  const indicators = new Map(indicatorsOf(body).map((i) => [i.code, i]));
  return {
    companyId: c.companyId,
    kind: c.kind,
    period: c.period,
    rank: c.rank,
    final: c.final,
    standardVersion: c.standardVersion,
    total: c.card.total,
    grade: c.card.grade,
    gradeName: c.card.gradeName,
    consequence: c.card.consequence,
    feeFloat: c.card.feeFloat,
    renewalWarning: c.card.renewalWarning,
    residentRatings: c.card.residentRatings,
    dimensions: c.card.dimensions.map((d) => ({
      code: d.code,
      name: dims.get(d.code)?.name ?? d.code,
      weight: dims.has(d.code) ? dimensionWeight(dims.get(d.code)!) : 0,
      points: d.points,
      indicators: d.indicators.map((i) => ({ ...i, name: indicators.get(i.code)?.name ?? i.code, weight: indicators.get(i.code)?.weight ?? 0 })),
    })),
  };
}

const estatesOfCompanies: GroupedLoaders<Estate> = new WeakMap();
const companiesOfRequest = new WeakMap<EntityManager, Promise<Map<number, PropertyCompany>>>();

@Resolver()
export class EvaluationResolver {
  constructor(private readonly s: EvaluationServices) {}

  private async views(em: EntityManager, cards: CompanyCard[]): Promise<ScorecardView[]> {
    const bodies = new Map<number, StandardBody>();
    for (const v of new Set(cards.map((c) => c.standardVersion))) bodies.set(v, await this.s.standards.version(em, v));
    return cards.map((c) => viewOf(c, bodies.get(c.standardVersion)!));
  }

  @PublicAnswer()
  @Query(() => EvaluationStandardView, { description: 'How property companies are scored: the current version of the standard.' })
  async evaluationStandard(@Ctx() ctx: Context): Promise<EvaluationStandardView> {
    return standardView(await this.s.standards.current(ctx.em));
  }

  @Mutation(() => EvaluationStandardView, { description: 'STREET_ADMIN: a revised standard as the next version; closed periods keep theirs.' })
  async publishEvaluationStandard(
    @Arg('input', () => EvaluationStandardInput) input: EvaluationStandardInput,
    @Ctx() ctx: Context,
  ): Promise<EvaluationStandardView> {
    return standardView(
      await this.s.standards.publish(ctx.em, ctx.actor, {
        title: input.title,
        dimensions: input.dimensions.map((d) => ({
          code: d.code,
          name: d.name,
          indicators: d.indicators.map((i) => ({ ...i, question: i.question ?? undefined, measure: i.measure ?? undefined })),
        })),
        grades: input.grades,
      }),
    );
  }

  @PublicAnswer()
  @Query(() => [PropertyCompany], { description: 'Companies that serve an estate (of one community, if given), by name.' })
  propertyCompanies(@Ctx() ctx: Context, @Arg('communityId', () => ID, { nullable: true }) communityId?: string | null): Promise<PropertyCompany[]> {
    return this.s.companies.list(ctx.em, parseOptionalId(communityId, 'communityId'));
  }

  @PublicAnswer()
  @Query(() => [ScorecardView], { description: 'Public: ranked by total.' })
  async scorecards(
    @Arg('kind', () => EvaluationPeriodKind) kind: EvaluationPeriodKind,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ): Promise<ScorecardView[]> {
    return this.views(ctx.em, await this.s.scorecards.scorecards(ctx.em, kind, period));
  }

  @PublicAnswer()
  @Query(() => ScorecardView, { nullable: true, description: "One company's card for a period (public)." })
  async scorecard(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('kind', () => EvaluationPeriodKind) kind: EvaluationPeriodKind,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ): Promise<ScorecardView | null> {
    const card = await this.s.scorecards.scorecard(ctx.em, parseId(companyId, 'companyId'), kind, period);
    return card ? (await this.views(ctx.em, [card]))[0] : null;
  }

  @PublicAnswer()
  @Query(() => [String], { description: 'Periods of a kind that the sub-district has closed, newest first.' })
  async closedEvaluationPeriods(@Arg('kind', () => EvaluationPeriodKind) kind: EvaluationPeriodKind, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.em.find(EvaluationClose, { kind }, { orderBy: { period: 'desc' } })).map((c) => c.period);
  }

  @PublicAnswer()
  @Query(() => [FeeCollectionView], { description: 'Public: the fee collection of an estate by month (the last 24 months by default).' })
  async feeCollection(
    @Arg('estateId', () => ID) estateId: string,
    @Ctx() ctx: Context,
    @Arg('from', () => String, { nullable: true }) from?: string | null,
    @Arg('to', () => String, { nullable: true }) to?: string | null,
  ): Promise<FeeCollectionView[]> {
    const id = parseId(estateId, 'estateId');
    const last = to ? parsePeriod(EvaluationPeriodKind.MONTH, to, 'to').label : monthOf(this.s.clock());
    const first = from ? parsePeriod(EvaluationPeriodKind.MONTH, from, 'from').label : monthsUpTo(last, 24)[0];
    if (first > last) throw badInput('from is after to', { field: 'from' });
    const estate = await ctx.em.findOne(Estate, { id });
    if (!estate) return [];
    const rows = await ctx.em.find(FeeCollectionRow, { estate: id, month: { $gte: first, $lte: last } }, { orderBy: { month: 'asc' } });
    return rows.map((r) => ({
      estate,
      month: r.month,
      billedHomes: r.billedHomes,
      paidHomes: r.paidHomes,
      rate: Math.round((r.paidHomes / r.billedHomes) * 10000) / 10000,
    }));
  }

  @PublicAnswer()
  @Query(() => [PropertyMonthView], { description: "Public: a company's complaints, satisfaction and fee collection by month, for charts." })
  async propertyTrend(
    @Arg('companyId', () => ID) companyId: string,
    @Ctx() ctx: Context,
    @Arg('months', () => Int, { nullable: true, defaultValue: 24 }) months: number,
  ): Promise<PropertyMonthView[]> {
    if (!Number.isInteger(months) || months < 1 || months > 60) throw badInput('months is 1 to 60', { field: 'months' });
    const { body } = await this.s.standards.current(ctx.em);
    const overall = indicatorsOf(body)
      .filter((i) => i.source === IndicatorSource.RESIDENT_RATING)
      .at(-1)!;
    return companyTrend(ctx.em, parseId(companyId, 'companyId'), this.s.clock(), months, overall.code);
  }

  @Query(() => MyPropertyRatingView, { nullable: true, description: "The signed-in home's rating of this month." })
  myPropertyRating(@Ctx() ctx: Context): Promise<MyPropertyRatingView | null> {
    return this.s.residents.ownRating(ctx.em, ctx.actor);
  }

  @Mutation(() => ScorecardView, { description: 'A signed-in resident rates the company of their own estate; once per home per month.' })
  async rateProperty(
    @Arg('scores', () => [IndicatorPointsInput]) scores: IndicatorPointsInput[],
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<ScorecardView> {
    const done = await this.s.residents.rate(ctx.em, ctx.actor, scores, comment);
    return this.cardOf(ctx.em, done.companyId, done.month);
  }

  @Mutation(() => PropertyComplaintView, { description: "一键投诉: a signed-in resident complains about their estate's company." })
  complainAboutProperty(
    @Arg('topic', () => ComplaintTopic) topic: ComplaintTopic,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<PropertyComplaintView> {
    return this.s.residents.complain(ctx.em, ctx.actor, topic, note);
  }

  @Mutation(() => ScorecardView, { description: "A monthly check by staff of the estate's community or the sub-district." })
  async recordInspection(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('month', () => String) month: string,
    @Arg('scores', () => [IndicatorPointsInput]) scores: IndicatorPointsInput[],
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<ScorecardView> {
    const done = await this.s.inspections.record(ctx.em, ctx.actor, parseId(companyId, 'companyId'), month, scores, note);
    return this.cardOf(ctx.em, done.companyId, done.month);
  }

  private async cardOf(em: EntityManager, companyId: number, month: string): Promise<ScorecardView> {
    const card = await this.s.scorecards.scorecard(em, companyId, EvaluationPeriodKind.MONTH, month);
    return (await this.views(em, [card!]))[0];
  }

  @Query(() => [String], { description: "The columns of an assessor's file for importThirdPartyScores, in order (its header row)." })
  thirdPartyImportColumns(): string[] {
    return [...THIRD_PARTY_COLUMNS];
  }

  @Query(() => [String], { description: 'The columns of a fee collection file for importFeeCollection, in order (its header row).' })
  feeImportColumns(): string[] {
    return [...FEE_COLUMNS];
  }

  @Mutation(() => ImportReportType, { description: `CSV: ${THIRD_PARTY_COLUMNS.join(',')}. All or nothing, every bad line reported.` })
  @FileArguments('csv')
  importThirdPartyScores(@Arg('csv', () => String) csv: string, @Ctx() ctx: Context): Promise<ImportReportType> {
    return this.s.imports.importThirdParty(ctx.em, ctx.actor, csv);
  }

  @Mutation(() => ImportReportType, { description: `CSV: ${FEE_COLUMNS.join(',')}. All or nothing, every bad line reported.` })
  @FileArguments('csv')
  importFeeCollection(@Arg('csv', () => String) csv: string, @Ctx() ctx: Context): Promise<ImportReportType> {
    return this.s.imports.importFees(ctx.em, ctx.actor, csv);
  }

  @Mutation(() => [ScorecardView], { description: "Freezes the period's scorecards and publishes them as a notice (STREET_ADMIN)." })
  async closeEvaluationPeriod(
    @Arg('kind', () => EvaluationPeriodKind) kind: EvaluationPeriodKind,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ): Promise<ScorecardView[]> {
    return this.views(ctx.em, await this.s.scorecards.close(ctx.em, ctx.actor, kind, period));
  }

  @Mutation(() => Estate, { description: 'Who serves an estate: a company by name (added if new), or null for none.' })
  setEstateCompany(
    @Arg('estateId', () => ID) estateId: string,
    @Ctx() ctx: Context,
    @Arg('companyName', () => String, { nullable: true }) companyName?: string | null,
  ): Promise<Estate> {
    return this.s.companies.setEstateCompany(ctx.em, ctx.actor, parseId(estateId, 'estateId'), companyName ?? null);
  }

  @Mutation(() => Matter, { description: "A warning grade: puts the company's re-appointment to the owners of an estate, with the scorecard attached." })
  openPropertyReview(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('estateId', () => ID) estateId: string,
    @Arg('kind', () => EvaluationPeriodKind) kind: EvaluationPeriodKind,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ): Promise<Matter> {
    return this.s.reviews.open(ctx.em, ctx.actor, parseId(companyId, 'companyId'), parseId(estateId, 'estateId'), kind, period);
  }
}

@Resolver(() => PropertyCompany)
export class PropertyCompanyFieldsResolver {
  @FieldResolver(() => [Estate], { description: 'The estates it serves (in one community, if given).' })
  async estates(
    @Root() c: PropertyCompany,
    @Ctx() ctx: Context,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string | null,
  ): Promise<Estate[]> {
    const community = parseOptionalId(communityId, 'communityId');
    const em = ctx.em;
    const estates = await groupedLoader(em, estatesOfCompanies, async (ids) =>
      (await em.find(Estate, { company: { $in: ids } }, { orderBy: { id: 'asc' } })).map((e) => [e.company!.id, e] as [number, Estate]),
    ).load(c.id);
    return community ? estates.filter((e) => e.community.id === community) : estates;
  }
}

@Resolver(() => ScorecardView)
export class ScorecardFieldsResolver {
  @FieldResolver(() => PropertyCompany)
  async company(@Root() c: ScorecardView, @Ctx() ctx: Context): Promise<PropertyCompany> {
    // A handful of companies: one query per request for all of them.
    let all = companiesOfRequest.get(ctx.em);
    if (!all) companiesOfRequest.set(ctx.em, (all = ctx.em.find(PropertyCompany, {}).then((list) => new Map(list.map((x) => [x.id, x])))));
    return (await all).get(c.companyId)!;
  }
}

@Resolver(() => Matter)
export class MatterScorecardResolver {
  constructor(private readonly s: EvaluationServices) {}

  @FieldResolver(() => ScorecardView, { nullable: true, description: 'The published scorecard that a matter on re-appointing a property company is about.' })
  async propertyScorecard(@Root() m: { id: number }, @Ctx() ctx: Context): Promise<ScorecardView | null> {
    const review = await ctx.em.findOne(PropertyReview, { matter: m.id });
    if (!review) return null;
    const frozen = await ctx.em.findOneOrFail(FrozenScorecard, { id: review.scorecard.id }, { populate: ['close'] });
    const close = frozen.close.unwrap();
    const body = await this.s.standards.version(ctx.em, close.standardVersion);
    return viewOf(
      {
        companyId: frozen.company.id,
        kind: close.kind,
        period: close.period,
        rank: frozen.rank,
        final: true,
        standardVersion: close.standardVersion,
        card: JSON.parse(frozen.body) as ScoredCard,
      },
      body,
    );
  }
}
