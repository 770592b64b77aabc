import type { EntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, type AuditActor, type AuditService } from '../audit';
import { requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { conflict } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { dateOf, num } from '../common/sql';
import { inTransaction } from '../common/transaction';
import { MatterEventKind, NoticeKind, next, Matter, Notice, type MatterTimeline } from '../matters';
import { findVote } from './electorate';
import { BallotChoice, VoteStatus } from './enums';
import { ballotDigest } from './receipts';
import { decide, votesByHome } from './rules';
import { Vote } from './vote.entity';

/** Closing a vote, once, whoever asks first: the result, the notice, the digest, the matter's next status. */
export class VoteClosingService {
  /** What else follows a vote's result, in the same transaction (e.g. a convention coming into force). */
  private readonly closeHooks: Array<(tx: EntityManager, vote: Vote, passed: boolean) => Promise<void>> = [];

  onClosed(hook: (tx: EntityManager, vote: Vote, passed: boolean) => Promise<void>) {
    this.closeHooks.push(hook);
  }

  constructor(
    private readonly audit: AuditService,
    private readonly timeline: MatterTimeline,
    private readonly pubSub: AppPubSub,
  ) {}

  async closeByStaff(em: EntityManager, actor: Actor, voteId: number): Promise<Vote> {
    const vote = await findVote(em, voteId);
    const viewer = requireStaffOf(actor, vote.community.id, [Role.SECRETARY]);
    if (vote.status === VoteStatus.CLOSED) return vote;
    const due = vote.closesAt.getTime() <= Date.now();
    if (!due && vote.participatingVoters < vote.eligibleVoters) {
      throw conflict(`${vote.participatingVoters} of ${vote.eligibleVoters} have voted; the vote closes early only when everyone has`, { status: vote.status });
    }
    await this.closeNow(em, vote.id, viewer);
    return em.findOneOrFail(Vote, vote.id, { refresh: true });
  }

  /** Closes once, whoever asks first (a timer in any process, or staff); later calls do nothing. */
  async closeNow(em: EntityManager, voteId: number, actor: AuditActor = SYSTEM_ACTOR): Promise<boolean> {
    const fork = em.fork();
    const closed = await inTransaction(fork, async (tx) => {
      const now = new Date();
      const won = await tx.nativeUpdate(Vote, { id: voteId, status: VoteStatus.OPEN }, { status: VoteStatus.CLOSED, closedAt: now });
      if (won === 0) return null;
      const vote = await tx.findOneOrFail(Vote, voteId, { refresh: true });
      // Plain rows, not entities: a vote of 15,000 ballots is counted in milliseconds.
      const ballots = (
        await tx.execute<Array<{ choice: BallotChoice; area: unknown; receipt: string }>>(
          'select choice, area_centi_m2 as area, receipt from ballot where vote_id = ?',
          [voteId],
        )
      ).map((b) => ({ choice: b.choice, area: num(b.area), receipt: b.receipt }));
      const o = decide(vote.rule, { voters: vote.eligibleVoters, area: vote.eligibleAreaCentiM2 }, ballots);
      Object.assign(vote, {
        passed: o.passed,
        quorumMet: o.quorumMet,
        yesVoters: o.yesVoters,
        yesArea: o.yesArea,
        noVoters: o.noVoters,
        noArea: o.noArea,
        abstainVoters: o.abstainVoters,
        abstainArea: o.abstainArea,
        participatingVoters: o.participatingVoters,
        participatingArea: o.participatingArea,
        digest: ballotDigest(ballots),
      });
      const m = await tx.findOneOrFail(Matter, vote.matter.id);
      m.status = next(m.status, o.passed ? 'VOTE_PASSED' : 'VOTE_FAILED');
      for (const hook of this.closeHooks) await hook(tx, vote, o.passed);
      const figures = this.figures(vote, o);
      this.timeline.addEvent(tx, m, MatterEventKind.VOTE_CLOSED, figures);
      tx.create(Notice, {
        matter: m,
        community: m.community,
        kind: NoticeKind.VOTE_RESULT,
        title: `${m.title}：${vote.question}`,
        body: figures,
        publishedAt: now,
      });
      await this.audit.append(tx, actor, 'closeVote', m.id, { voteId, passed: o.passed, digest: vote.digest });
      return { matterId: m.id, communityId: m.community.id };
    });
    if (!closed) return false;
    this.pubSub.publish('VOTE_UPDATED', { eventId: randomUUID(), voteId, communityId: closed.communityId });
    await this.timeline.reloadAndPublish(em.fork(), closed.matterId);
    return true;
  }

  /** The public wording of a result (Simplified Chinese, as notices are posted). */
  figures(vote: Vote, o: ReturnType<typeof decide>): string {
    const m2 = (c: number) => (c / 100).toFixed(2);
    const unit = votesByHome(vote.rule) ? '户' : '人';
    const verdict = !o.quorumMet ? '参与未达法定比例，未通过' : o.passed ? '通过' : '未通过';
    const parts = [
      `表决结果：${verdict}`,
      `应参与 ${vote.eligibleVoters}${unit}、专有面积 ${m2(vote.eligibleAreaCentiM2)}㎡；实际参与 ${o.participatingVoters}${unit}、${m2(o.participatingArea)}㎡`,
      `同意 ${o.yesVoters}${unit}（${m2(o.yesArea)}㎡），反对 ${o.noVoters}${unit}（${m2(o.noArea)}㎡），弃权 ${o.abstainVoters}${unit}（${m2(o.abstainArea)}㎡）`,
    ];
    return parts.join('；');
  }

  async dueOrOpen(em: EntityManager): Promise<Vote[]> {
    return em.find(Vote, { status: VoteStatus.OPEN }, { orderBy: { closesAt: 'asc' } });
  }

  /** Open votes that close before `time`, as plain ids and times. */
  async closingBefore(em: EntityManager, time: Date): Promise<Array<{ id: number; closesAt: Date }>> {
    const rows = await em.execute<Array<{ id: unknown; closes_at: unknown }>>('select id, closes_at from vote where status = ? and closes_at < ?', [
      VoteStatus.OPEN,
      em.getPlatform().processDateProperty(time),
    ]);
    return rows.map((r) => ({ id: Number(r.id), closesAt: dateOf(r.closes_at) }));
  }
}
