import type { EntityManager } from '@mikro-orm/knex';
import { ANONYMOUS, type StaffViewer } from '../common/actor';
import { Role } from '../common/role';
import { StaffUser } from '../auth';
import { MatterCategory, ResolutionOutcome, TriageDecision, type MatterServices } from '../matters';
import { Home, Pavilion } from '../register';
import { ScopeKind, VoteRule, type VoteServices } from '../votes';
import type { ConventionServices } from '../conventions';

/** How long the demo's vote stays open from the first start. */
const OPEN_DAYS = 14;

/**
 * An owners' vote open from the first start, on an elevator for the unit of the demo's first
 * homes: home codes 20260001 to 20260003 can vote at once. Raised, triaged and resolved through
 * the same services as a real one, by the community's secretary.
 */
export async function openDemoVote(em: EntityManager, services: { matters: MatterServices; votes: VoteServices }, homeId: number, communityId: number) {
  const user = await em.findOneOrFail(StaffUser, { username: 'secretary-wqj' });
  const secretary: StaffViewer = { kind: 'staff', userId: user.id, role: Role.SECRETARY, displayName: user.displayName, communityIds: [communityId] };
  const home = await em.findOneOrFail(Home, homeId, { populate: ['unit.building'] });
  // The community's last pavilion: the first one's kiosk limits are left whole for whoever tries it.
  const pavilion = await em.findOneOrFail(Pavilion, { community: communityId }, { orderBy: { id: 'desc' } });
  const unit = home.unit.unwrap();
  const { raising, deliberation } = services.matters;
  const matter = await raising.raise(em.fork(), ANONYMOUS, {
    pavilionId: pavilion.id,
    category: MatterCategory.ELEVATOR,
    buildingId: unit.building.id,
    unitId: unit.id,
    title: `${unit.building.unwrap().name}${unit.name}申请加装电梯`,
    description: '本单元老人多，上下楼困难，申请加装电梯，费用按楼层分摊。',
  });
  await deliberation.triage(em.fork(), secretary, matter.id, TriageDecision.DELIBERATE);
  await deliberation.recordResolution(em.fork(), secretary, matter.id, {
    summary: '支部议定：本单元加装电梯一部，提交本单元业主表决。',
    outcome: ResolutionOutcome.PUT_TO_VOTE,
  });
  await services.votes.opening.open(em.fork(), secretary, {
    matterId: matter.id,
    question: '是否同意本单元加装电梯？',
    rule: VoteRule.OWNERS_ORDINARY,
    scopeKind: ScopeKind.UNIT,
    scopeId: unit.id,
    closesAt: new Date(Date.now() + OPEN_DAYS * 86_400_000),
  });
}

/** How long the demo's consultation stays open from the first start. */
const CONSULTATION_DAYS = 30;

/**
 * A convention open for comment from the first start, in the community of the demo's fourth home
 * (20260004, 花土湾), so a resident can comment, support and propose at once. Drafted and opened by
 * the community's secretary through the conventions' own services.
 */
export async function openDemoConsultation(em: EntityManager, conventions: ConventionServices, communityId: number) {
  const user = await em.findOneOrFail(StaffUser, { username: 'secretary-htw' });
  const secretary: StaffViewer = { kind: 'staff', userId: user.id, role: Role.SECRETARY, displayName: user.displayName, communityIds: [communityId] };
  const draft = await conventions.drafting.draft(em.fork(), secretary, {
    title: '花土湾社区文明停车公约',
    communityIds: [communityId],
    articles: [
      '车辆停放在划定车位内，不占用消防通道和盲道。',
      '电动自行车在集中充电点充电，不进楼道、不飞线充电。',
      '访客车辆在门岗登记，临时停放不超过两小时。',
      '夜间十点后进出小区低速行驶，不鸣笛。',
    ],
  });
  await conventions.drafting.openConsultation(em.fork(), secretary, draft.id, new Date(Date.now() + CONSULTATION_DAYS * 86_400_000));
}
