import type { EntityManager } from '@mikro-orm/knex';
import { actsFor, requireStaff } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput, conflict, forbidden } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { dateOf, num } from '../common/sql';
import { inTransaction } from '../common/transaction';
import { monthOf } from '../evaluation';
import { cleanText } from '../common/text';
import { Building } from '../register';
import { ServiceTeamKind, ServiceTeam } from '../service-centre';
import { conventionScope } from './access';
import { ConventionArticle } from './article.entity';
import { Breach } from './breach.entity';
import { BreachOutcome } from './enums';

export interface BreachInput {
  conventionId: number;
  articleNumber: number;
  place: string;
  buildingId: number | null;
  outcome: BreachOutcome;
  note?: string | null;
}

export interface BreachCountRow {
  articleNumber: number;
  month: string;
  count: number;
}

/** Keeping a convention (践约): patrols record breaches on their phones; figures per article and month. */
export class ConventionKeeping {
  constructor(
    private readonly pubSub: AppPubSub,
    private readonly clock: () => Date,
  ) {}

  /**
   * A member of a patrol team of one of the convention's communities, or staff acting for one of
   * them; the convention must be in force and the article must exist. Nobody is named.
   */
  async record(em: EntityManager, actor: Actor, input: BreachInput): Promise<Breach> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY, Role.SERVICE_STAFF]);
    const { convention, communityIds } = await conventionScope(em, input.conventionId);
    const place = cleanText(input.place, 'place', { min: 1, max: 100 });
    const note = input.note == null ? null : cleanText(input.note, 'note', { max: 300, multiline: true }) || null;
    if (!Object.values(BreachOutcome).includes(input.outcome)) throw badInput('Unknown outcome', { field: 'outcome' });
    let communityId: number;
    if (viewer.role === Role.SERVICE_STAFF) {
      const patrols = await em.find(ServiceTeam, { id: { $in: viewer.teamIds ?? [] }, kind: ServiceTeamKind.PATROL });
      const own = patrols.find((t) => communityIds.includes(t.community.id));
      if (!own) throw forbidden("Only patrol teams of the convention's communities record breaches");
      communityId = own.community.id;
    } else {
      const own = communityIds.find((c) => actsFor(viewer, c));
      if (own === undefined) throw forbidden('This convention belongs to communities you do not act for');
      communityId = own;
    }
    if (!convention.inForceVersion) throw conflict('The convention is not in force', { stage: convention.stage });
    const article = await em.findOne(ConventionArticle, { convention: convention.id, number: input.articleNumber });
    if (!article) throw badInput(`The convention has no article ${input.articleNumber}`, { field: 'articleNumber' });
    if (input.buildingId !== null) {
      const building = await em.findOne(Building, { id: input.buildingId }, { populate: ['estate'] });
      if (!building || !communityIds.includes(building.estate.unwrap().community.id))
        throw badInput("The building is not in the convention's communities", { field: 'buildingId' });
      communityId = building.estate.unwrap().community.id;
    }
    const breach = await inTransaction(em, async (tx) => {
      const b = tx.create(Breach, {
        convention: convention.id,
        article: article.id,
        community: communityId,
        building: input.buildingId,
        place,
        outcome: input.outcome,
        note,
        recordedBy: viewer.userId,
        at: this.clock(),
      });
      await tx.flush();
      return b;
    });
    this.pubSub.publish('COMMUNITY_CHANGED', { communityId });
    return breach;
  }

  /** Breaches per article and month (Beijing time), between two months inclusive (the last 24 by default). */
  async counts(em: EntityManager, conventionId: number, from?: string | null, to?: string | null): Promise<BreachCountRow[]> {
    const month = /^\d{4}-(0[1-9]|1[0-2])$/;
    if ((from && !month.test(from)) || (to && !month.test(to)))
      throw badInput('Months are written like 2026-11', { field: from && !month.test(from) ? 'from' : 'to' });
    const rows = await em.execute<Array<{ number: unknown; at: unknown }>>(
      'select a.number, b.at from breach b join convention_article a on a.id = b.article_id where b.convention_id = ?',
      [conventionId],
    );
    const last = to ?? monthOf(this.clock());
    const counts = new Map<string, BreachCountRow>();
    for (const r of rows) {
      const m = monthOf(dateOf(r.at));
      if ((from && m < from) || m > last) continue;
      const key = `${num(r.number)}|${m}`;
      const row = counts.get(key) ?? { articleNumber: num(r.number), month: m, count: 0 };
      row.count++;
      counts.set(key, row);
    }
    return [...counts.values()].sort((a, b) => a.month.localeCompare(b.month) || a.articleNumber - b.articleNumber);
  }
}
