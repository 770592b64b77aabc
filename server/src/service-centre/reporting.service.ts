import type { EntityManager } from '@mikro-orm/knex';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { PUBLIC_ACTOR, type AuditActor } from '../audit';
import { actsFor, requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput, conflict, forbidden, notFound } from '../common/errors';
import { consumeOrThrow } from '../common/rate-limits';
import { MatterStatus, ACTION_ROLES, Matter } from '../matters';
import { cleanMobile, cleanText } from '../common/text';
import type { ServiceReference } from './reference';
import { ReportWriter } from './report-writer';
import { WorkOrderSource } from './enums';
import type { WorkOrderJournal } from './journal';
import type { Clock } from './order-change';
import { WorkOrder } from './work-order.entity';

export interface ReportInput {
  pavilionId: number;
  itemCode: string;
  buildingId?: number | null;
  note?: string | null;
  contactPhone?: string | null;
}

export interface OrderForMatterInput {
  matterId: number;
  itemCode: string;
  buildingId?: number | null;
  note?: string | null;
}

export interface ReportLimiters {
  /** Reports from one kiosk (a kiosk is shared, so the pavilion is the key). */
  pavilion: RateLimiterAbstract;
  /** Reports of one signed-in home. */
  home: RateLimiterAbstract;
}

/** Orders come in: from a kiosk, a resident's phone, a caller through the office, or a matter in execution. */
export class ReportingService {
  private readonly writer: ReportWriter;

  constructor(
    private readonly reference: ServiceReference,
    journal: WorkOrderJournal,
    private readonly limiters: ReportLimiters,
    private readonly clock: Clock,
  ) {
    this.writer = new ReportWriter(journal);
  }

  /** A report of the same item in the same building while one is open folds into it: one more reporter. */
  async report(em: EntityManager, actor: Actor, input: ReportInput): Promise<WorkOrder> {
    const communityId = await this.reference.communityOfPavilion(em, input.pavilionId);
    if (communityId == null) throw notFound('Pavilion');
    const pavilion = { id: input.pavilionId };
    const item = await this.reference.currentItem(em, input.itemCode);
    const buildingId = await this.buildingIn(em, communityId, input.buildingId ?? null);
    const note = cleanText(input.note, 'note', { max: 500, multiline: true }) || null;
    const contactPhone = cleanMobile(input.contactPhone);

    let source: WorkOrderSource;
    let auditActor: AuditActor = PUBLIC_ACTOR;
    let reportedBy: number | null = null;
    if (actor.kind === 'staff') {
      // Staff write down what a caller reported; a service team member reports what they find.
      const viewer = actor.role === Role.SERVICE_STAFF ? (actsFor(actor, communityId) ? actor : null) : requireStaffOf(actor, communityId, [Role.OFFICE]);
      if (!viewer) throw forbidden('This belongs to another community');
      source = WorkOrderSource.PHONE_CALL;
      auditActor = viewer;
    } else if (actor.kind === 'resident') {
      if (actor.communityId !== communityId) throw forbidden('Residents report in their own community');
      await consumeOrThrow(this.limiters.home, String(actor.homeId), 'Your home has reported many repairs this hour; please try again later');
      source = WorkOrderSource.RESIDENT;
      reportedBy = actor.homeId;
    } else {
      await consumeOrThrow(this.limiters.pavilion, String(pavilion.id), 'This kiosk has sent many reports just now; please wait a minute');
      source = WorkOrderSource.KIOSK;
    }

    const now = this.clock();
    const team = await this.reference.teamOnDuty(em, communityId, item.teamKind);
    const by = source === WorkOrderSource.PHONE_CALL ? auditActor.displayName : '居民';
    const written = await this.writer.write(
      em,
      {
        communityId,
        item,
        pavilionId: pavilion.id,
        buildingId,
        note,
        contactPhone,
        source,
        reportedBy,
        matterId: null,
        team,
        by,
        actor: auditActor,
        fold: true,
      },
      now,
    );
    return written.order;
  }

  /** The office turns part of a matter in execution into work for a team; a matter may have several. */
  async createForMatter(em: EntityManager, actor: Actor, input: OrderForMatterInput): Promise<WorkOrder> {
    const matter = await em.findOne(Matter, { id: input.matterId });
    if (!matter) throw notFound('Matter');
    const viewer = requireStaffOf(actor, matter.community.id, ACTION_ROLES.CREATE_WORK_ORDER);
    if (matter.status !== MatterStatus.IN_EXECUTION)
      throw conflict(`A matter that is ${matter.status} gets no work orders; it must be IN_EXECUTION`, { status: matter.status });
    const item = await this.reference.currentItem(em, input.itemCode);
    const buildingId = await this.buildingIn(em, matter.community.id, input.buildingId ?? matter.building?.id ?? null);
    const note = cleanText(input.note, 'note', { max: 500, multiline: true }) || null;
    const team = await this.reference.teamOnDuty(em, matter.community.id, item.teamKind);
    const written = await this.writer.write(
      em,
      {
        communityId: matter.community.id,
        item,
        pavilionId: matter.pavilion.id,
        buildingId,
        note: note ?? matter.title,
        contactPhone: null,
        source: WorkOrderSource.MATTER,
        reportedBy: null,
        matterId: matter.id,
        team,
        by: viewer.displayName,
        actor: viewer,
        fold: false,
      },
      this.clock(),
    );
    return written.order;
  }

  private async buildingIn(em: EntityManager, communityId: number, buildingId: number | null): Promise<number | null> {
    if (buildingId == null) return null;
    if ((await this.reference.communityOfBuilding(em, buildingId)) !== communityId) {
      throw badInput("The building is not in this pavilion's community", { field: 'buildingId' });
    }
    return buildingId;
  }
}
