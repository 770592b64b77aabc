import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { requireStaffOf } from '../common/guards';
import type { Actor, StaffViewer } from '../common/actor';
import { badInput, conflict } from '../common/errors';
import { MatterEventKind, ResolutionOutcome, ACTION_ROLES, next, Matter, findMatter, type MatterTimeline } from '../matters';
import { inTransaction } from '../common/transaction';
import { cleanText } from '../common/text';
import { freezeElectorate, resolveScope, type VoteScope } from './electorate';
import { ScopeKind, VoteRule } from './enums';
import { Vote } from './vote.entity';

export const MAX_VOTE_DAYS = 60;

export interface OpenVoteInput {
  matterId: number;
  question: string;
  rule: VoteRule;
  scopeKind: ScopeKind;
  scopeId: number;
  closesAt: Date;
}

/** Opening a vote the branch resolved on: its scope, rule and time, and the electorate frozen. */
export class VoteOpeningService {
  private readonly openedListeners: Array<(vote: Vote) => void> = [];

  constructor(
    private readonly audit: AuditService,
    private readonly timeline: MatterTimeline,
  ) {}

  /** Hears every vote that opens, so the server can close it on time. */
  whenOpened(listener: (vote: Vote) => void) {
    this.openedListeners.push(listener);
  }

  /** Tells the listeners of a vote opened and committed, here or by another feature's step. */
  opened(vote: Vote) {
    for (const listener of this.openedListeners) listener(vote);
  }

  async open(em: EntityManager, actor: Actor, input: OpenVoteInput): Promise<Vote> {
    const matter = await findMatter(em, input.matterId);
    const viewer = requireStaffOf(actor, matter.community.id, ACTION_ROLES.OPEN_VOTE);
    const question = cleanText(input.question, 'question', { min: 4, max: 200 });
    if (!Object.values(VoteRule).includes(input.rule)) throw badInput('Unknown rule');
    const now = new Date();
    if (!(input.closesAt instanceof Date) || Number.isNaN(input.closesAt.getTime())) throw badInput('closesAt is not a time');
    if (input.closesAt.getTime() <= now.getTime()) throw badInput('closesAt must be in the future', { field: 'closesAt' });
    if (input.closesAt.getTime() > now.getTime() + MAX_VOTE_DAYS * 86_400_000)
      throw badInput(`A vote runs at most ${MAX_VOTE_DAYS} days`, { field: 'closesAt' });
    const scope = await resolveScope(em, input.scopeKind, input.scopeId, matter.community.id);
    if (matter.resolutionOutcome !== ResolutionOutcome.PUT_TO_VOTE) {
      throw conflict(`The branch has not resolved to put this matter to a vote (it is ${matter.status})`, { status: matter.status });
    }

    const vote = await inTransaction(em, (tx) =>
      this.openInTx(tx, viewer, matter.id, { question, rule: input.rule, closesAt: input.closesAt, scopeKind: input.scopeKind }, scope),
    );
    this.opened(vote);
    await this.timeline.reloadAndPublish(em, matter.id);
    return em.findOneOrFail(Vote, vote.id);
  }

  /**
   * The vote itself, in the caller's transaction: the matter moves to VOTING, the electorate of the
   * scope is frozen. The caller publishes after commit (`opened`, the matter's timeline).
   */
  async openInTx(
    tx: EntityManager,
    viewer: StaffViewer,
    matterId: number,
    input: { question: string; rule: VoteRule; closesAt: Date; scopeKind: ScopeKind },
    scope: VoteScope,
  ): Promise<Vote> {
    const m = await tx.findOneOrFail(Matter, matterId);
    m.status = next(m.status, 'OPEN_VOTE');
    if (m.resolutionOutcome !== ResolutionOutcome.PUT_TO_VOTE) throw conflict('The resolution is no longer to put it to a vote');
    const vote = tx.create(Vote, {
      matter: m.id,
      community: m.community.id,
      question: input.question,
      rule: input.rule,
      scopeKind: input.scopeKind,
      scopeId: scope.id,
      scopeName: scope.name,
      closesAt: input.closesAt,
      eligibleVoters: 0,
      eligibleAreaCentiM2: 0,
      eligibleHomes: 0,
      openedBy: viewer.userId || null,
      openedAt: new Date(),
    });
    await tx.flush();
    const totals = await freezeElectorate(tx, vote.id, input.rule, scope);
    if (totals.homes === 0) throw badInput('There are no homes in this scope');
    vote.eligibleVoters = totals.voters;
    vote.eligibleAreaCentiM2 = totals.area;
    vote.eligibleHomes = totals.homes;
    m.vote = tx.getReference(Vote, vote.id) as never;
    this.timeline.addEvent(tx, m, MatterEventKind.VOTE_OPENED, input.question);
    await this.audit.append(tx, viewer, 'openVote', m.id, {
      voteId: vote.id,
      rule: input.rule,
      scopeKind: input.scopeKind,
      scopeId: scope.id,
      closesAt: input.closesAt.toISOString(),
    });
    return vote;
  }
}
