import type { EntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import type { AuditService } from '../audit';
import { requireResident, requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor, StaffViewer } from '../common/actor';
import { isCode, newCode, normaliseCode, RECEIPT_LENGTH } from '../common/codes';
import { badInput, conflict, forbidden, notFound, voteClosed } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { num } from '../common/sql';
import { BallotWriter } from './ballot-writer';
import { Ballot } from './ballot.entity';
import { findVote } from './electorate';
import { BallotChoice, VoteRule, VoteStatus } from './enums';
import { votesByHome } from './rules';

/** What casting needs of a vote, read with the voter's place in one query. */
interface VoteRow {
  id: number;
  status: VoteStatus;
  rule: VoteRule;
  communityId: number;
  matterId: number;
}

/** Ballots: cast at a kiosk, recorded from paper, verified by receipt. It owns the group-commit writer. */
export class BallotsService {
  private readonly writer: BallotWriter;

  constructor(
    audit: AuditService,
    private readonly pubSub: AppPubSub,
  ) {
    this.writer = new BallotWriter(audit);
  }

  async cast(em: EntityManager, actor: Actor, voteId: number, choice: BallotChoice): Promise<Ballot> {
    const resident = requireResident(actor);
    // The frozen electorate is the scope, whatever community the vote was opened in: a
    // convention's vote covers the homes of every community that adopts it.
    return this.record(em, voteId, resident.homeId, choice, 'KIOSK', null);
  }

  async recordPaper(em: EntityManager, actor: Actor, voteId: number, homeId: number, choice: BallotChoice): Promise<Ballot> {
    const vote = await findVote(em, voteId);
    const viewer = requireStaffOf(actor, vote.community.id, [Role.OFFICE, Role.SECRETARY]);
    return this.record(em, voteId, homeId, choice, 'PAPER', viewer);
  }

  private async record(
    em: EntityManager,
    voteId: number,
    homeId: number,
    choice: BallotChoice,
    channel: 'KIOSK' | 'PAPER',
    staff: StaffViewer | null,
  ): Promise<Ballot> {
    if (!Object.values(BallotChoice).includes(choice)) throw badInput('Unknown choice');
    // The hot path of a vote: the vote and this home's place in its electorate in one query.
    const [row] = await em.execute<
      Array<{
        id: number;
        status: VoteStatus;
        closes_at: unknown;
        community_id: number;
        rule: VoteRule;
        matter_id: number;
        voter_key: string | null;
        voter_area: unknown;
      }>
    >(
      `select v.id, v.status, v.closes_at, v.community_id, v.rule, v.matter_id, e.voter_key, e.voter_area_centi_m2 as voter_area
         from vote v left join vote_elector e on e.vote_id = v.id and e.home_id = ? where v.id = ?`,
      [homeId, voteId],
    );
    if (!row) throw notFound('Vote');
    const vote: VoteRow = { id: Number(row.id), status: row.status, rule: row.rule, communityId: Number(row.community_id), matterId: Number(row.matter_id) };
    const now = new Date();
    if (vote.status !== VoteStatus.OPEN) throw voteClosed();
    if (!row.voter_key) {
      if (channel === 'KIOSK') throw forbidden('Your home is not in the scope of this vote');
      throw badInput('That home is not in the scope of this vote', { field: 'homeId' });
    }
    const elector = { voterKey: row.voter_key };
    const weight = num(row.voter_area);
    const receipt = newCode(RECEIPT_LENGTH);
    const outcome = await this.writer.write(em, {
      voteId: vote.id,
      matterId: vote.matterId,
      voterKey: elector.voterKey,
      homeId,
      choice,
      areaCentiM2: weight,
      receipt,
      castAt: now,
      channel,
      staff,
    });
    if (outcome === 'CLOSED') throw voteClosed();
    if (outcome === 'ALREADY_VOTED') {
      throw conflict(votesByHome(vote.rule) ? 'This home has already voted' : 'This owner has already voted (one ballot per owner, whichever of their homes)');
    }
    const ballot = { receipt, castAt: now };
    this.pubSub.publish('VOTE_UPDATED', { eventId: randomUUID(), voteId: vote.id, communityId: vote.communityId });
    return Object.assign(new Ballot(), ballot);
  }

  async verify(em: EntityManager, receipt: string): Promise<{ found: boolean; choice: BallotChoice | null; voteStatus: VoteStatus | null }> {
    const code = normaliseCode(receipt);
    const ballot = isCode(code, RECEIPT_LENGTH) ? await em.findOne(Ballot, { receipt: code }, { populate: ['vote'] }) : null;
    if (!ballot) return { found: false, choice: null, voteStatus: null };
    return { found: true, choice: ballot.choice, voteStatus: ballot.vote.unwrap().status };
  }
}
