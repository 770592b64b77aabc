import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../common/errors';
import { ServiceItem } from './catalogue.entity';
import type { ServiceTeamKind } from './enums';
import { ServiceDuty, ServiceTeam } from './team.entity';
import { beijingWeekday } from './teams';

/** Reference data read on every report, kept in the process: what changes rarely, for a short while; what never changes, for good. */
export interface ItemSnapshot {
  id: number;
  code: string;
  version: number;
  name: string;
  standard: string;
  respondMinutes: number;
  resolveMinutes: number;
  paid: boolean;
  teamKind: ServiceTeamKind;
}

export interface TeamSnapshot {
  id: number;
  name: string;
  kind: ServiceTeamKind;
  /** As the entity has it, so the GraphQL type's fields read a snapshot alike. */
  community: { id: number };
  weekdays: number[];
}

/** An edit of the catalogue or of a team reaches the other processes within this time. */
const KEEP_MS = 10_000;

const itemOf = (i: ServiceItem): ItemSnapshot => ({
  id: i.id,
  code: i.code,
  version: i.version,
  name: i.name,
  standard: i.standard,
  respondMinutes: i.respondMinutes,
  resolveMinutes: i.resolveMinutes,
  paid: i.paid,
  teamKind: i.teamKind,
});

export class ServiceReference {
  /** Item versions never change once written: kept by id for good. */
  private readonly itemsById = new Map<number, ItemSnapshot>();
  private current: { at: number; byCode: Map<string, ItemSnapshot> } | null = null;
  private teams: { at: number; all: TeamSnapshot[] } | null = null;
  /** A building or a pavilion never moves to another community. */
  private readonly buildingCommunity = new Map<number, number>();
  private readonly pavilionCommunity = new Map<number, number>();

  constructor(private readonly clock: () => Date) {}

  /** The current version of an item, or BAD_USER_INPUT naming the field. */
  async currentItem(em: EntityManager, code: string): Promise<ItemSnapshot> {
    if (!this.current || Date.now() - this.current.at > KEEP_MS) {
      const items = await em.find(ServiceItem, { current: true });
      this.current = { at: Date.now(), byCode: new Map(items.map((i) => [i.code, itemOf(i)])) };
      for (const i of items) this.itemsById.set(i.id, itemOf(i));
    }
    const item = typeof code === 'string' ? this.current.byCode.get(code.trim().toUpperCase()) : undefined;
    if (!item) throw badInput('Unknown service item', { field: 'itemCode' });
    return item;
  }

  async item(em: EntityManager, id: number): Promise<ItemSnapshot> {
    let item = this.itemsById.get(id);
    if (!item) {
      item = itemOf(await em.findOneOrFail(ServiceItem, id));
      this.itemsById.set(id, item);
    }
    return item;
  }

  /** This process's edit shows at once here; other processes see it within KEEP_MS. */
  forgetCatalogue() {
    this.current = null;
  }

  /** This process's roster edits show at once here; other processes see them within KEEP_MS. */
  forgetTeams() {
    this.teams = null;
  }

  async team(em: EntityManager, id: number): Promise<TeamSnapshot | undefined> {
    return (await this.allTeams(em)).find((t) => t.id === id);
  }

  /** The team that takes new orders of this kind in this community now: the one on duty, else the first. */
  async teamOnDuty(em: EntityManager, communityId: number, kind: ServiceTeamKind): Promise<TeamSnapshot | null> {
    const teams = (await this.allTeams(em)).filter((t) => t.community.id === communityId && t.kind === kind);
    const weekday = beijingWeekday(this.clock());
    return teams.find((t) => t.weekdays.includes(weekday)) ?? teams[0] ?? null;
  }

  async communityOfBuilding(em: EntityManager, buildingId: number): Promise<number | null> {
    let community = this.buildingCommunity.get(buildingId);
    if (community === undefined) {
      const [row] = await em.execute<Array<{ community_id: unknown }>>(
        'select e.community_id from building b join estate e on e.id = b.estate_id where b.id = ?',
        [buildingId],
      );
      if (!row) return null;
      community = Number(row.community_id);
      this.buildingCommunity.set(buildingId, community);
    }
    return community;
  }

  async communityOfPavilion(em: EntityManager, pavilionId: number): Promise<number | null> {
    let community = this.pavilionCommunity.get(pavilionId);
    if (community === undefined) {
      const [row] = await em.execute<Array<{ community_id: unknown }>>('select community_id from pavilion where id = ?', [pavilionId]);
      if (!row) return null;
      community = Number(row.community_id);
      this.pavilionCommunity.set(pavilionId, community);
    }
    return community;
  }

  private async allTeams(em: EntityManager): Promise<TeamSnapshot[]> {
    if (!this.teams || Date.now() - this.teams.at > KEEP_MS) {
      const [teams, duties] = await Promise.all([em.find(ServiceTeam, {}, { orderBy: { id: 'asc' } }), em.find(ServiceDuty, {})]);
      this.teams = {
        at: Date.now(),
        all: teams.map((t) => ({
          id: t.id,
          name: t.name,
          kind: t.kind,
          community: { id: t.community.id },
          weekdays: duties.filter((d) => d.team.id === t.id).map((d) => d.weekday),
        })),
      };
    }
    return this.teams.all;
  }
}
