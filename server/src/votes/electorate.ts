/** The homes a vote or a cost plan covers and the SQL that selects them; the frozen electorate and who has voted. */
import type { EntityManager } from '@mikro-orm/knex';
import { requireResident, requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput, notFound } from '../common/errors';
import { num } from '../common/sql';
import { Building, Estate, Unit } from '../register';
import { Ballot } from './ballot.entity';
import { Elector } from './elector.entity';
import { ScopeKind, VoteRule, VoteStatus } from './enums';
import { votesByHome } from './rules';
import { Vote } from './vote.entity';

/** The homes a vote covers, as SQL over `home h`: `where` takes the scope's id as its one parameter. */
export interface VoteScope {
  id: number;
  name: string;
  join: string;
  where: string;
}

export async function resolveScope(em: EntityManager, kind: ScopeKind, id: number, communityId: number): Promise<VoteScope> {
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
  } else throw badInput('This kind of scope is not opened by hand', { field: 'scopeKind' });
  if (scopeCommunity !== communityId) throw badInput("The scope is not in the matter's community");
  return { id, name, join, where };
}

/**
 * Copies the homes of the scope into the vote's electorate, so that later changes to the register
 * do not alter an open vote; returns its totals.
 */
export async function freezeElectorate(tx: EntityManager, voteId: number, rule: VoteRule, scope: VoteScope) {
  const voterKey = votesByHome(rule) ? `'home:' || h.id` : 'h.owner_key';
  await tx.execute(
    `insert into vote_elector (vote_id, home_id, voter_key, floor, area_centi_m2)
     select ?, h.id, ${voterKey}, h.floor, h.area_centi_m2 from home h ${scope.join} where ${scope.where}`,
    [voteId, scope.id],
    'run',
  );
  await tx.execute(
    `update vote_elector set voter_area_centi_m2 = (select sum(e2.area_centi_m2) from vote_elector e2
       where e2.vote_id = vote_elector.vote_id and e2.voter_key = vote_elector.voter_key) where vote_id = ?`,
    [voteId],
    'run',
  );
  const [totals] = await tx.execute<Array<{ voters: unknown; area: unknown; homes: unknown }>>(
    'select count(distinct voter_key) as voters, coalesce(sum(area_centi_m2), 0) as area, count(*) as homes from vote_elector where vote_id = ?',
    [voteId],
  );
  return { voters: num(totals.voters), area: num(totals.area), homes: num(totals.homes) };
}

export async function findVote(em: EntityManager, voteId: number): Promise<Vote> {
  const vote = await em.findOne(Vote, { id: voteId });
  if (!vote) throw notFound('Vote');
  return vote;
}

/** Open votes whose electorate holds the signed-in resident's home. */
export async function myVotes(em: EntityManager, actor: Actor): Promise<Vote[]> {
  const resident = requireResident(actor);
  const electors = await em.find(Elector, { home: resident.homeId, vote: { status: VoteStatus.OPEN } }, { populate: ['vote'] });
  return electors.map((e) => e.vote.unwrap());
}

/** The electorate with who has voted, for staff of the vote's community (door-to-door collection). */
export async function electors(
  em: EntityManager,
  actor: Actor,
  vote: Vote,
): Promise<Array<{ homeId: number; label: string; floor: number; areaM2: number; voted: boolean }>> {
  requireStaffOf(actor, vote.community.id, [Role.OFFICE, Role.SECRETARY]);
  const rows = await em.execute<Array<{ home_id: unknown; building: string; unit: string; room: string; floor: unknown; area: unknown; voted: unknown }>>(
    `select e.home_id, b.name as building, u.name as unit, h.room, e.floor, e.area_centi_m2 as area,
            exists (select 1 from ballot x where x.vote_id = e.vote_id and x.voter_key = e.voter_key) as voted
       from vote_elector e join home h on h.id = e.home_id join unit u on u.id = h.unit_id join building b on b.id = u.building_id
      where e.vote_id = ? order by b.name, u.name, e.floor, h.room`,
    [vote.id],
  );
  return rows.map((r) => ({
    homeId: num(r.home_id),
    label: `${r.building} ${r.unit} ${r.room}`,
    floor: num(r.floor),
    areaM2: num(r.area) / 100,
    voted: r.voted === true || num(r.voted) === 1,
  }));
}

export async function hasVoted(em: EntityManager, vote: Vote, homeId: number): Promise<boolean> {
  const elector = await em.findOne(Elector, { vote: vote.id, home: homeId });
  return elector ? (await em.count(Ballot, { vote: vote.id, voterKey: elector.voterKey })) > 0 : false;
}
