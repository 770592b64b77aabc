import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import type { Actor } from '../common/actor';
import { badInput, conflict } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { freeTrackingCodes } from '../common/tracking-codes';
import { inTransaction } from '../common/transaction';
import { MatterCategory, MatterEventKind, MatterStatus, ResolutionOutcome, Matter, type MatterTimeline } from '../matters';
import { cleanText } from '../common/text';
import { Community, Pavilion } from '../register';
import { ScopeKind, VoteRule, MAX_VOTE_DAYS, type VoteOpeningService, Vote } from '../votes';
import { conventionScope, requireConventionStaff } from './access';
import { Amendment, ConventionArticle } from './article.entity';
import { Convention, ConventionCommunity } from './convention.entity';
import { AmendmentState, ConventionStage } from './enums';
import { CONVENTION } from './lifecycle';
import { ConventionVersionRow } from './version.entity';
import { changesBetween } from './versions';

export const MAX_ARTICLES = 50;
export const ARTICLE_MAX_CHARS = 500;
export const MAX_CONSULTATION_DAYS = 90;
const DAY = 86_400_000;

export interface DraftInput {
  title: string;
  communityIds: number[];
  articles: string[];
}

/** Publishes a convention's change to whoever shows it (boards of its communities). */
function published(pubSub: AppPubSub, communityIds: number[]) {
  for (const communityId of communityIds) pubSub.publish('COMMUNITY_CHANGED', { communityId });
}

/**
 * The branch's part (定约): drafting, consultation, amendments decided, versions published, the
 * households' vote; and the vote's outcome moving the stage.
 */
export class ConventionDrafting {
  constructor(
    private readonly audit: AuditService,
    private readonly timeline: MatterTimeline,
    private readonly opening: VoteOpeningService,
    private readonly pubSub: AppPubSub,
    private readonly clock: () => Date,
  ) {}

  async draft(em: EntityManager, actor: Actor, input: DraftInput): Promise<Convention> {
    const title = cleanText(input.title, 'title', { min: 2, max: 60 });
    const communityIds = [...new Set(input.communityIds)];
    if (!communityIds.length) throw badInput('Name at least one community', { field: 'communityIds' });
    const viewer = requireConventionStaff(actor, communityIds);
    if (!input.articles.length) throw badInput('A convention has at least one article', { field: 'articles' });
    if (input.articles.length > MAX_ARTICLES) throw badInput(`A convention has at most ${MAX_ARTICLES} articles`, { field: 'articles' });
    const articles = input.articles.map((a, i) => {
      const text = cleanText(a, `article ${i + 1}`, { max: ARTICLE_MAX_CHARS, multiline: true });
      if (!text) throw badInput(`Article ${i + 1} is empty`, { field: 'articles', number: i + 1 });
      return text;
    });
    if ((await em.count(Community, { id: { $in: communityIds } })) !== communityIds.length) throw badInput('Unknown community', { field: 'communityIds' });
    const convention = await inTransaction(em, async (tx) => {
      const c = tx.create(Convention, { title, stage: ConventionStage.DRAFTING, version: 1, draftedBy: viewer.userId, createdAt: this.clock() });
      await tx.flush();
      for (const community of communityIds) tx.create(ConventionCommunity, { convention: c.id, community });
      articles.forEach((text, i) => tx.create(ConventionArticle, { convention: c.id, number: i + 1, text }));
      tx.create(ConventionVersionRow, {
        convention: c.id,
        version: 1,
        publishedAt: this.clock(),
        articles: JSON.stringify(articles),
        changes: JSON.stringify(changesBetween([], articles)),
      });
      await this.audit.append(tx, viewer, 'CONVENTION_DRAFTED', null, { conventionId: c.id, articles: articles.length, communityIds });
      return c;
    });
    published(this.pubSub, communityIds);
    return convention;
  }

  /** Opens the text to residents until a date: a draft, or (评约) one in force for its yearly review. */
  async openConsultation(em: EntityManager, actor: Actor, conventionId: number, closesAt: Date): Promise<Convention> {
    const { convention, communityIds } = await conventionScope(em, conventionId);
    const viewer = requireConventionStaff(actor, communityIds);
    const now = this.clock();
    if (!(closesAt instanceof Date) || Number.isNaN(closesAt.getTime()) || closesAt <= now)
      throw badInput('closesAt must be in the future', { field: 'closesAt' });
    if (closesAt.getTime() > now.getTime() + MAX_CONSULTATION_DAYS * DAY)
      throw badInput(`A consultation runs at most ${MAX_CONSULTATION_DAYS} days`, { field: 'closesAt' });
    const to = CONVENTION.next(convention.stage, 'OPEN_CONSULTATION');
    const updated = await this.change(em, conventionId, convention.stage, (c) => {
      c.stage = to;
      c.consultationClosesAt = closesAt;
    });
    await this.audit.append(em, viewer, 'CONVENTION_CONSULTATION_OPENED', null, { conventionId, closesAt: closesAt.toISOString() });
    published(this.pubSub, communityIds);
    return updated;
  }

  async decide(em: EntityManager, actor: Actor, amendmentId: number, accept: boolean, note?: string | null): Promise<Amendment> {
    const amendment = await em.findOne(Amendment, { id: amendmentId }, { populate: ['article'] });
    if (!amendment) throw badInput('Unknown amendment', { field: 'amendmentId' });
    const { convention, communityIds } = await conventionScope(em, amendment.article.unwrap().convention.id);
    const viewer = requireConventionStaff(actor, communityIds);
    const text = note == null ? null : cleanText(note, 'note', { max: 300 }) || null;
    CONVENTION.next(convention.stage, 'DECIDE_AMENDMENT');
    const decided = await inTransaction(em, async (tx) => {
      const changed = await tx.nativeUpdate(
        Amendment,
        { id: amendmentId, state: AmendmentState.PROPOSED },
        { state: accept ? AmendmentState.ACCEPTED : AmendmentState.REJECTED, decisionNote: text },
      );
      if (changed !== 1) throw conflict('This amendment has already been decided');
      await this.audit.append(tx, viewer, 'CONVENTION_AMENDMENT_DECIDED', null, { conventionId: convention.id, amendmentId, accept });
      return tx.findOneOrFail(Amendment, { id: amendmentId }, { refresh: true });
    });
    published(this.pubSub, communityIds);
    return decided;
  }

  /** Applies the accepted amendments not yet published as a new version, with its changes article by article. */
  async publish(em: EntityManager, actor: Actor, conventionId: number): Promise<Convention> {
    const { convention, communityIds } = await conventionScope(em, conventionId);
    const viewer = requireConventionStaff(actor, communityIds);
    CONVENTION.next(convention.stage, 'PUBLISH_VERSION');
    const updated = await inTransaction(em, async (tx) => {
      const c = await tx.findOneOrFail(Convention, { id: conventionId });
      const articles = await tx.find(ConventionArticle, { convention: conventionId }, { orderBy: { number: 'asc' } });
      const accepted = await tx.find(
        Amendment,
        { article: { convention: conventionId }, state: AmendmentState.ACCEPTED, appliedInVersion: null },
        { orderBy: { id: 'asc' } },
      );
      if (!accepted.length) throw conflict('No accepted amendment waits to be published');
      const before = articles.map((a) => a.text);
      const version = c.version + 1;
      // Two accepted wordings of one article: the later one stands.
      for (const a of accepted) {
        articles.find((x) => x.id === a.article.id)!.text = a.text;
        a.appliedInVersion = version;
      }
      const after = articles.map((a) => a.text);
      c.version = version;
      tx.create(ConventionVersionRow, {
        convention: c.id,
        version,
        publishedAt: this.clock(),
        articles: JSON.stringify(after),
        changes: JSON.stringify(changesBetween(before, after)),
      });
      await this.audit.append(tx, viewer, 'CONVENTION_VERSION_PUBLISHED', null, { conventionId, version, amendments: accepted.length });
      return c;
    });
    published(this.pubSub, communityIds);
    return updated;
  }

  /**
   * Puts the latest version to a RESIDENTS_MAJORITY vote of every household of the convention's
   * communities, as a matter resolved by the branch for a vote (so it shows on boards and runs on
   * the existing ballots, receipts and tally).
   */
  async putToVote(em: EntityManager, actor: Actor, conventionId: number, closesAt: Date): Promise<Convention> {
    const { convention, communityIds } = await conventionScope(em, conventionId);
    const viewer = requireConventionStaff(actor, communityIds);
    CONVENTION.next(convention.stage, 'PUT_TO_VOTE');
    const now = this.clock();
    if (convention.consultationClosesAt && convention.consultationClosesAt > now)
      throw conflict('The consultation is still open', { closesAt: convention.consultationClosesAt.toISOString() });
    if (!(closesAt instanceof Date) || Number.isNaN(closesAt.getTime()) || closesAt.getTime() <= Date.now())
      throw badInput('closesAt must be in the future', { field: 'closesAt' });
    if (closesAt.getTime() > Date.now() + MAX_VOTE_DAYS * DAY) throw badInput(`A vote runs at most ${MAX_VOTE_DAYS} days`, { field: 'closesAt' });
    const pavilion = await em.findOne(Pavilion, { community: communityIds[0] }, { orderBy: { id: 'asc' } });
    if (!pavilion) throw conflict('The community has no pavilion to show the vote');
    const names = (await em.find(Community, { id: { $in: communityIds } }, { orderBy: { id: 'asc' } })).map((c) => c.name);
    const title = `表决《${convention.title}》第${convention.version}版`.slice(0, 60);
    const question = `是否同意《${convention.title}》第${convention.version}版？`.slice(0, 200);
    const scope = {
      id: conventionId,
      name: names.join('、'),
      join: 'join unit u on u.id = h.unit_id join building b on b.id = u.building_id join estate e on e.id = b.estate_id',
      where: 'e.community_id in (select cc.community_id from convention_community cc where cc.convention_id = ?)',
    };
    // One transaction: the matter of the vote (raised and resolved by the branch, as the consultation
    // did the deliberating), the vote with its frozen electorate, and the convention's stage.
    const { matterId, vote, updated } = await inTransaction(em, async (tx) => {
      const c = await tx.findOneOrFail(Convention, { id: conventionId });
      const voting = CONVENTION.next(c.stage, 'PUT_TO_VOTE');
      const [trackingCode] = await freeTrackingCodes(tx, 1);
      const m = tx.create(Matter, {
        trackingCode,
        title,
        description: `《${convention.title}》经征求意见后形成第${convention.version}版，提请${names.join('、')}全体住户表决（每户一票，过半数住户参与、参与户过半数同意即通过）。`,
        category: MatterCategory.CONVENTION,
        status: MatterStatus.ON_AGENDA,
        pavilion: pavilion.id,
        community: communityIds[0],
        raisedBy: null,
        resolutionOutcome: ResolutionOutcome.PUT_TO_VOTE,
        resolutionSummary: `征求意见结束，提请住户表决第${convention.version}版`,
        resolvedAt: now,
      });
      await tx.flush();
      this.timeline.addEvent(tx, m, MatterEventKind.RAISED, `${viewer.displayName}提请表决居民公约`);
      this.timeline.addEvent(tx, m, MatterEventKind.RESOLVED, m.resolutionSummary!);
      const v = await this.opening.openInTx(
        tx,
        viewer,
        m.id,
        { question, rule: VoteRule.RESIDENTS_MAJORITY, closesAt, scopeKind: ScopeKind.COMMUNITIES },
        scope,
      );
      c.stage = voting;
      c.matter = tx.getReference(Matter, m.id, { wrapped: true });
      c.vote = tx.getReference(Vote, v.id, { wrapped: true });
      await this.audit.append(tx, viewer, 'CONVENTION_PUT_TO_VOTE', m.id, { conventionId, voteId: v.id, version: c.version });
      return { matterId: m.id, vote: v, updated: c };
    });
    this.opening.opened(vote);
    await this.timeline.reloadAndPublish(em, matterId);
    published(this.pubSub, communityIds);
    return updated;
  }

  /** The households' vote closed (in the closing's transaction): passing puts the version in force. */
  async voteClosed(tx: EntityManager, vote: Vote, passed: boolean): Promise<void> {
    const c = await tx.findOne(Convention, { vote: vote.id });
    if (!c || !CONVENTION.may(c.stage, 'VOTE_CLOSED')) return;
    if (passed) {
      c.stage = ConventionStage.IN_FORCE;
      c.inForceVersion = c.version;
    } else c.stage = c.inForceVersion ? ConventionStage.IN_FORCE : ConventionStage.REJECTED;
    c.consultationClosesAt = null;
  }

  /** A change of stage that holds only if nobody moved the convention meanwhile. */
  private async change(em: EntityManager, conventionId: number, from: ConventionStage, apply: (c: Convention) => void): Promise<Convention> {
    return inTransaction(em, async (tx) => {
      const c = await tx.findOneOrFail(Convention, { id: conventionId });
      if (c.stage !== from) throw conflict(`The convention is now ${c.stage}`, { stage: c.stage });
      apply(c);
      return c;
    });
  }
}
