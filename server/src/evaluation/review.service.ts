import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput, conflict, notFound } from '../common/errors';
import { freeTrackingCodes } from '../common/tracking-codes';
import { inTransaction } from '../common/transaction';
import { MatterCategory, MatterEventKind, MatterStatus, Matter, type MatterTimeline } from '../matters';
import { Estate, Pavilion } from '../register';
import { EvaluationClose, FrozenScorecard } from './closing.entity';
import { EvaluationPeriodKind } from './enums';
import { parsePeriod } from './period';
import { PropertyReview } from './review.entity';
import type { ScoredCard } from './scoring';
import { periodWords } from './scorecards.service';

/**
 * A warning grade lets the branch or the office put the company's re-appointment to the owners of
 * the estate (Civil Code art. 278: an ordinary owners' vote), as a matter that goes through the
 * three steps like any other, with the scorecard attached.
 */
export class PropertyReviewService {
  constructor(
    private readonly timeline: MatterTimeline,
    private readonly audit: AuditService,
  ) {}

  async open(em: EntityManager, actor: Actor, companyId: number, estateId: number, kind: EvaluationPeriodKind, label: string): Promise<Matter> {
    const period = parsePeriod(kind, label);
    const estate = await em.findOne(Estate, { id: estateId }, { populate: ['company'] });
    if (!estate) throw notFound('Estate');
    const viewer = requireStaffOf(actor, estate.community.id, [Role.SECRETARY, Role.OFFICE]);
    if (estate.company?.id !== companyId) throw badInput('This company does not serve this estate', { field: 'estateId' });
    const close = await em.findOne(EvaluationClose, { kind, period: period.label });
    if (!close) throw conflict(`${period.label} is not closed; only a published scorecard can be put to the owners`);
    const frozen = await em.findOne(FrozenScorecard, { close: close.id, company: companyId });
    if (!frozen) throw notFound('Scorecard');
    const card = JSON.parse(frozen.body) as ScoredCard;
    if (!card.renewalWarning) throw conflict(`A grade of ${card.gradeName} does not warn against renewal`, { grade: card.grade });
    const pavilion = await em.findOne(Pavilion, { community: estate.community.id }, { orderBy: { id: 'asc' } });
    if (!pavilion) throw conflict('The community has no pavilion to show the matter');
    const company = estate.company.unwrap().name;
    const words = periodWords(kind, period.label);
    const matter = await inTransaction(em, async (tx) => {
      if (await tx.findOne(PropertyReview, { scorecard: frozen.id, estate: estateId }))
        throw conflict('This scorecard has already been put to the owners of this estate');
      const [trackingCode] = await freeTrackingCodes(tx, 1);
      const m = tx.create(Matter, {
        trackingCode,
        title: `是否续聘${company}（${estate.name}）`,
        description:
          `${words}物业服务考评，${company}得${card.total}分，等级${card.gradeName}（第${frozen.rank}名），${card.consequence}。` +
          `请支部议事后，由${estate.name}业主依法表决是否续聘（《民法典》第二百七十八条，双过半）。`,
        category: MatterCategory.PROPERTY,
        status: MatterStatus.SUBMITTED,
        pavilion: pavilion.id,
        community: estate.community.id,
        place: estate.name,
        raisedBy: null,
      });
      await tx.flush();
      tx.create(PropertyReview, { matter: m.id, scorecard: frozen.id, estate: estateId });
      this.timeline.addEvent(tx, m, MatterEventKind.RAISED, `${viewer.displayName}依据考评结果提出`);
      await this.audit.append(tx, viewer, 'EVALUATION_REVIEW_OPENED', m.id, { companyId, estateId, kind, period: period.label });
      return m;
    });
    this.timeline.publish(matter);
    return matter;
  }
}
