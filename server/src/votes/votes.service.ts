import type { EntityManager } from '@mikro-orm/knex';
import { createHash, randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, type AuditActor, type AuditService } from '../audit/audit.service';
import { requireResident, requireStaffOf } from '../auth/guards';
import { Role } from '../auth/role';
import { formatCode, isCode, newCode, normaliseCode, RECEIPT_LENGTH } from '../common/codes';
import type { Context } from '../graphql/context';
import type { Actor, StaffViewer } from '../common/actor';
import { badInput, conflict, forbidden, notFound, voteClosed } from '../common/errors';
import { MatterCategory, MatterEventKind, MatterStatus, NoticeKind, ResolutionOutcome } from '../matters/enums';
import { ACTION_ROLES, next } from '../matters/lifecycle';
import { Matter } from '../matters/matter.entity';
import type { MattersService } from '../matters/matters.service';
import { Notice } from '../matters/notice.entity';
import { cleanText } from '../matters/text';
import type { AppPubSub } from '../common/pubsub';
import { Building } from '../register/building.entity';
import { Estate } from '../register/estate.entity';
import { Unit } from '../register/unit.entity';
import { Ballot } from './ballot.entity';
import { BallotWriter } from './ballot-writer';
import { CostPlan, CostShareRow } from './cost-plan.entity';
import { costShares, DEFAULT_COEFFICIENTS_PERMILLE } from './cost-share';
import { Elector } from './elector.entity';
import { BallotChoice, ScopeKind, VoteRule, VoteStatus } from './enums';
import { decide, votesByHome } from './rules';
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

export interface CostShareInput {
  matterId: number;
  scopeKind: ScopeKind;
  scopeId: number;
  totalCostFen: number;
  subsidyFen: number;
  coefficients?: Array<{ floor: number; permille: number }> | null;
}

const num = (v: unknown) => Number(v ?? 0);


/** SHA-256 over the ballots as sorted `receipt:choice` lines: what anyone can recompute from the published list. */
export function ballotDigest(ballots: ReadonlyArray<{ receipt: string; choice: string }>): string {
  const lines = ballots.map((b) => `${b.receipt}:${b.choice}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** What casting needs of a vote, read with the voter's place in one query. */
interface VoteRow {
  id: number;
  status: VoteStatus;
  rule: VoteRule;
  communityId: number;
  matterId: number;
}

export class VotesService {
  /** Called whenever a vote opens, so the server can close it on time. */
  onOpened: (vote: Vote) => void = () => undefined;

  private readonly writer: BallotWriter;

  constructor(
    private readonly audit: AuditService,
    private readonly matters: MattersService,
    private readonly pubSub: AppPubSub,
  ) {
    this.writer = new BallotWriter(audit);
  }

  // ---- Opening ----

  async open(em: EntityManager, actor: Actor, input: OpenVoteInput): Promise<Vote> {
    const matter = await this.matters.find(em, input.matterId);
    const viewer = requireStaffOf(actor, matter.community.id, ACTION_ROLES.OPEN_VOTE);
    const question = cleanText(input.question, 'question', { min: 4, max: 200 });
    if (!Object.values(VoteRule).includes(input.rule)) throw badInput('Unknown rule');
    const now = new Date();
    if (!(input.closesAt instanceof Date) || Number.isNaN(input.closesAt.getTime())) throw badInput('closesAt is not a time');
    if (input.closesAt.getTime() <= now.getTime()) throw badInput('closesAt must be in the future', { field: 'closesAt' });
    if (input.closesAt.getTime() > now.getTime() + MAX_VOTE_DAYS * 86_400_000) throw badInput(`A vote runs at most ${MAX_VOTE_DAYS} days`, { field: 'closesAt' });
    const scope = await this.resolveScope(em, input.scopeKind, input.scopeId, matter.community.id);
    if (matter.resolutionOutcome !== ResolutionOutcome.PUT_TO_VOTE) {
      throw conflict(`The branch has not resolved to put this matter to a vote (it is ${matter.status})`, { status: matter.status });
    }

    const vote = await this.matters.write(em, async (tx) => {
      const m = await tx.findOneOrFail(Matter, matter.id);
      m.status = next(m.status, 'OPEN_VOTE');
      if (m.resolutionOutcome !== ResolutionOutcome.PUT_TO_VOTE) throw conflict('The resolution is no longer to put it to a vote');
      const vote = tx.create(Vote, {
        matter: m.id,
        community: m.community.id,
        question,
        rule: input.rule,
        scopeKind: input.scopeKind,
        scopeId: scope.id,
        scopeName: scope.name,
        closesAt: input.closesAt,
        eligibleVoters: 0,
        eligibleAreaCentiM2: 0,
        eligibleHomes: 0,
        openedBy: viewer.userId || null,
        openedAt: now,
      });
      await tx.flush();
      // The electorate is copied, so later changes to the register do not alter an open vote.
      const voterKey = votesByHome(input.rule) ? `'home:' || h.id` : 'h.owner_key';
      await tx.execute(
        `insert into vote_elector (vote_id, home_id, voter_key, floor, area_centi_m2)
         select ?, h.id, ${voterKey}, h.floor, h.area_centi_m2 from home h ${scope.join} where ${scope.where}`,
        [vote.id, scope.id],
        'run',
      );
      await tx.execute(
        `update vote_elector set voter_area_centi_m2 = (select sum(e2.area_centi_m2) from vote_elector e2
           where e2.vote_id = vote_elector.vote_id and e2.voter_key = vote_elector.voter_key) where vote_id = ?`,
        [vote.id],
        'run',
      );
      const [totals] = await tx.execute<Array<{ voters: unknown; area: unknown; homes: unknown }>>(
        'select count(distinct voter_key) as voters, coalesce(sum(area_centi_m2), 0) as area, count(*) as homes from vote_elector where vote_id = ?',
        [vote.id],
      );
      if (num(totals.homes) === 0) throw badInput('There are no homes in this scope');
      vote.eligibleVoters = num(totals.voters);
      vote.eligibleAreaCentiM2 = num(totals.area);
      vote.eligibleHomes = num(totals.homes);
      m.vote = tx.getReference(Vote, vote.id) as never;
      this.matters.addEvent(tx, m, MatterEventKind.VOTE_OPENED, question);
      await this.audit.append(tx, viewer, 'openVote', m.id, { voteId: vote.id, rule: input.rule, scopeKind: input.scopeKind, scopeId: scope.id, closesAt: input.closesAt.toISOString() });
      return vote;
    });
    this.onOpened(vote);
    await this.matters.reloadAndPublish(em, matter.id);
    return em.findOneOrFail(Vote, vote.id);
  }

  private async resolveScope(em: EntityManager, kind: ScopeKind, scopeId: number, communityId: number) {
    const id = scopeId;
    let name: string;
    let scopeCommunity: number;
    let join: string;
    let where: string;
    if (kind === ScopeKind.ESTATE) {
      const e = await em.findOne(Estate, { id });
      if (!e) throw notFound('Estate');
      name = e.name;
      scopeCommunity = e.community.id;
      join = 'join unit u on u.id = h.unit_id join building b on b.id = u.building_id';
      where = 'b.estate_id = ?';
    } else if (kind === ScopeKind.BUILDING) {
      const b = await em.findOne(Building, { id }, { populate: ['estate'] });
      if (!b) throw notFound('Building');
      name = `${b.estate.unwrap().name} ${b.name}`;
      scopeCommunity = b.estate.unwrap().community.id;
      join = 'join unit u on u.id = h.unit_id';
      where = 'u.building_id = ?';
    } else if (kind === ScopeKind.UNIT) {
      const u = await em.findOne(Unit, { id }, { populate: ['building.estate'] });
      if (!u) throw notFound('Unit');
      const b = u.building.unwrap();
      name = `${b.estate.unwrap().name} ${b.name} ${u.name}`;
      scopeCommunity = b.estate.unwrap().community.id;
      join = '';
      where = 'h.unit_id = ?';
    } else throw badInput('Unknown scope kind');
    if (scopeCommunity !== communityId) throw badInput("The scope is not in the matter's community");
    return { id, name, join, where };
  }

  // ---- Casting ----

  async cast(em: EntityManager, actor: Actor, voteId: number, choice: BallotChoice): Promise<Ballot> {
    const resident = requireResident(actor);
    return this.record(em, voteId, resident.homeId, choice, 'KIOSK', null, (vote) => {
      if (vote.communityId !== resident.communityId) throw forbidden('Your home is not in the scope of this vote');
    });
  }

  async recordPaper(em: EntityManager, actor: Actor, voteId: number, homeId: number, choice: BallotChoice): Promise<Ballot> {
    const vote = await this.find(em, voteId);
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
    check?: (vote: VoteRow) => void,
  ): Promise<Ballot> {
    if (!Object.values(BallotChoice).includes(choice)) throw badInput('Unknown choice');
    // The hot path of a vote: the vote and this home's place in its electorate in one query.
    const [row] = await em.execute<Array<{ id: number; status: VoteStatus; closes_at: unknown; community_id: number; rule: VoteRule; matter_id: number; voter_key: string | null; voter_area: unknown }>>(
      `select v.id, v.status, v.closes_at, v.community_id, v.rule, v.matter_id, e.voter_key, e.voter_area_centi_m2 as voter_area
         from vote v left join vote_elector e on e.vote_id = v.id and e.home_id = ? where v.id = ?`,
      [homeId, voteId],
    );
    if (!row) throw notFound('Vote');
    const vote: VoteRow = { id: Number(row.id), status: row.status, rule: row.rule, communityId: Number(row.community_id), matterId: Number(row.matter_id) };
    check?.(vote);
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

  // ---- Closing ----

  async closeByStaff(em: EntityManager, actor: Actor, voteId: number): Promise<Vote> {
    const vote = await this.find(em, voteId);
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
    const closed = await this.matters.write(fork, async (tx) => {
      const now = new Date();
      const won = await tx.nativeUpdate(Vote, { id: voteId, status: VoteStatus.OPEN }, { status: VoteStatus.CLOSED, closedAt: now });
      if (won === 0) return null;
      const vote = await tx.findOneOrFail(Vote, voteId, { refresh: true });
      // Plain rows, not entities: a vote of 15,000 ballots is counted in milliseconds.
      const ballots = (await tx.execute<Array<{ choice: BallotChoice; area: unknown; receipt: string }>>('select choice, area_centi_m2 as area, receipt from ballot where vote_id = ?', [voteId])).map((b) => ({ choice: b.choice, area: num(b.area), receipt: b.receipt }));
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
      const figures = this.figures(vote, o);
      this.matters.addEvent(tx, m, MatterEventKind.VOTE_CLOSED, figures);
      tx.create(Notice, { matter: m, community: m.community, kind: NoticeKind.VOTE_RESULT, title: `${m.title}：${vote.question}`, body: figures, publishedAt: now });
      await this.audit.append(tx, actor, 'closeVote', m.id, { voteId, passed: o.passed, digest: vote.digest });
      return { matterId: m.id, communityId: m.community.id };
    });
    if (!closed) return false;
    this.pubSub.publish('VOTE_UPDATED', { eventId: randomUUID(), voteId, communityId: closed.communityId });
    await this.matters.reloadAndPublish(em.fork(), closed.matterId);
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

  /** Receipts of a closed vote, sorted; not who cast them. */
  async receipts(em: EntityManager, vote: Vote): Promise<Array<{ receipt: string; choice: BallotChoice }> | null> {
    if (vote.status !== VoteStatus.CLOSED) return null;
    const ballots = await em.find(Ballot, { vote: vote.id }, { fields: ['receipt', 'choice'], orderBy: { receipt: 'asc' } });
    return ballots.map((b) => ({ receipt: formatCode(b.receipt), choice: b.choice }));
  }

  async find(em: EntityManager, voteId: number): Promise<Vote> {
    const vote = await em.findOne(Vote, { id: voteId });
    if (!vote) throw notFound('Vote');
    return vote;
  }

  async dueOrOpen(em: EntityManager): Promise<Vote[]> {
    return em.find(Vote, { status: VoteStatus.OPEN }, { orderBy: { closesAt: 'asc' } });
  }

  /** Open votes that close before `time`, as plain ids and times. */
  async closingBefore(em: EntityManager, time: Date): Promise<Array<{ id: number; closesAt: Date }>> {
    const rows = await em.execute<Array<{ id: unknown; closes_at: unknown }>>(
      'select id, closes_at from vote where status = ? and closes_at < ?',
      [VoteStatus.OPEN, em.getPlatform().processDateProperty(time)],
    );
    return rows.map((r) => ({ id: Number(r.id), closesAt: new Date(r.closes_at as string | number | Date) }));
  }

  /** Open votes whose electorate holds the signed-in resident's home. */
  async myVotes(em: EntityManager, actor: Actor): Promise<Vote[]> {
    const resident = requireResident(actor);
    const electors = await em.find(Elector, { home: resident.homeId, vote: { status: VoteStatus.OPEN } }, { populate: ['vote'] });
    return electors.map((e) => e.vote.unwrap());
  }

  /** The electorate with who has voted, for staff of the vote's community (door-to-door collection). */
  async electors(em: EntityManager, actor: Actor, vote: Vote): Promise<Array<{ homeId: number; label: string; floor: number; areaM2: number; voted: boolean }>> {
    requireStaffOf(actor, vote.community.id, [Role.OFFICE, Role.SECRETARY]);
    const rows = await em.execute<Array<{ home_id: unknown; building: string; unit: string; room: string; floor: unknown; area: unknown; voted: unknown }>>(
      `select e.home_id, b.name as building, u.name as unit, h.room, e.floor, e.area_centi_m2 as area,
              exists (select 1 from ballot x where x.vote_id = e.vote_id and x.voter_key = e.voter_key) as voted
         from vote_elector e join home h on h.id = e.home_id join unit u on u.id = h.unit_id join building b on b.id = u.building_id
        where e.vote_id = ? order by b.name, u.name, e.floor, h.room`,
      [vote.id],
    );
    return rows.map((r) => ({ homeId: num(r.home_id), label: `${r.building} ${r.unit} ${r.room}`, floor: num(r.floor), areaM2: num(r.area) / 100, voted: r.voted === true || num(r.voted) === 1 }));
  }

  async hasVoted(em: EntityManager, vote: Vote, homeId: number): Promise<boolean> {
    const elector = await em.findOne(Elector, { vote: vote.id, home: homeId });
    return elector ? (await em.count(Ballot, { vote: vote.id, voterKey: elector.voterKey })) > 0 : false;
  }

  // ---- Elevator cost share ----

  async calculateCostShare(em: EntityManager, actor: Actor, input: CostShareInput): Promise<CostPlan> {
    const matter = await this.matters.find(em, input.matterId);
    const viewer = requireStaffOf(actor, matter.community.id, ACTION_ROLES.CALCULATE_COST_SHARE);
    if (matter.category !== MatterCategory.ELEVATOR) throw badInput('Cost shares are for elevator matters');
    if (![MatterStatus.SUBMITTED, MatterStatus.ON_AGENDA, MatterStatus.VOTING, MatterStatus.IN_EXECUTION].includes(matter.status)) {
      throw conflict(`A matter that is ${matter.status} takes no cost plan`, { status: matter.status });
    }
    if (input.scopeKind === ScopeKind.ESTATE) throw badInput('An elevator serves a building or a unit');
    for (const [name, v] of [['totalCostFen', input.totalCostFen], ['subsidyFen', input.subsidyFen]] as const) {
      if (!Number.isSafeInteger(v) || v < 0) throw badInput(`${name} is a whole, non-negative number of fen`, { field: name });
    }
    if (input.subsidyFen > input.totalCostFen) throw badInput('The subsidy is larger than the cost', { field: 'subsidyFen' });
    const table = new Map(DEFAULT_COEFFICIENTS_PERMILLE);
    if (input.coefficients?.length) {
      table.clear();
      for (const c of input.coefficients) {
        if (!Number.isInteger(c.floor) || c.floor < 3 || c.floor > 200) throw badInput('Coefficients are for floors 3 and up (floors 1 and 2 pay nothing)');
        if (!Number.isInteger(c.permille) || c.permille < 1 || c.permille > 10_000) throw badInput('A coefficient is 0.001 to 10 (1 to 10,000 thousandths)');
        table.set(c.floor, c.permille);
      }
    }
    const scope = await this.resolveScope(em, input.scopeKind, input.scopeId, matter.community.id);
    const homes = await em.execute<Array<{ id: unknown; floor: unknown; area: unknown }>>(
      `select h.id as id, h.floor as floor, h.area_centi_m2 as area from home h ${scope.join} where ${scope.where} order by h.id`,
      [scope.id],
    );
    if (homes.length === 0) throw badInput('There are no homes in this scope');
    let shares;
    try {
      shares = costShares(input.totalCostFen - input.subsidyFen, homes.map((h) => ({ homeId: num(h.id), floor: num(h.floor), areaCentiM2: num(h.area) })), table);
    } catch (e) {
      throw badInput(`The coefficient table does not cover these homes: ${(e as Error).message}`);
    }
    const plan = await this.matters.write(em, async (tx) => {
      const old = await tx.findOne(CostPlan, { matter: matter.id });
      if (old) {
        await tx.nativeDelete(CostShareRow, { plan: old.id });
        await tx.nativeDelete(CostPlan, { id: old.id });
      }
      const plan = tx.create(CostPlan, {
        matter: matter.id,
        scopeKind: input.scopeKind,
        scopeId: scope.id,
        totalFen: input.totalCostFen,
        subsidyFen: input.subsidyFen,
        coefficients: JSON.stringify([...table.entries()]),
        calculatedAt: new Date(),
      });
      await tx.flush();
      for (let i = 0; i < shares.length; i += 500) {
        await tx.insertMany(
          CostShareRow,
          shares.slice(i, i + 500).map((s) => ({ plan: plan.id, home: s.homeId, floor: s.floor, areaCentiM2: s.areaCentiM2, coefficientPermille: s.coefficientPermille, shareFen: s.shareFen })) as never,
        );
      }
      await this.audit.append(tx, viewer, 'calculateCostShare', matter.id, { totalFen: input.totalCostFen, subsidyFen: input.subsidyFen, homes: shares.length });
      return plan;
    });
    return em.findOneOrFail(CostPlan, plan.id);
  }

  async costPlan(em: EntityManager, actor: Actor, matterId: number): Promise<CostPlan | null> {
    const matter = await this.matters.find(em, matterId);
    requireStaffOf(actor, matter.community.id, [Role.SECRETARY, Role.OFFICE]);
    return em.findOne(CostPlan, { matter: matter.id });
  }

  async shareRows(em: EntityManager, plan: CostPlan): Promise<CostShareRow[]> {
    return em.find(CostShareRow, { plan: plan.id }, { orderBy: [{ floor: 'asc' }, { home: 'asc' }], populate: ['home'] });
  }

  /** A resident's own share of the matter's elevator cost, in fen; null when there is none. */
  async myShare(em: EntityManager, actor: Actor, matterId: number): Promise<number | null> {
    const resident = actor.kind === 'resident' ? actor : null;
    if (!resident) return null;
    const row = await em.findOne(CostShareRow, { home: resident.homeId, plan: { matter: matterId } });
    return row ? row.shareFen : null;
  }

}
