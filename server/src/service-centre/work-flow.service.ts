import type { EntityManager } from '@mikro-orm/knex';
import { actsFor, isMemberOf, requireStaffOf, requireViewer } from '../common/guards';
import { Role } from '../common/role';
import type { Actor, StaffViewer } from '../common/actor';
import { badInput, conflict, forbidden, notFound } from '../common/errors';
import { ref } from '@mikro-orm/core';
import { MatterCategory, type Matter, type OfficeRaise } from '../matters';
import { cleanText } from '../common/text';
import { ServiceItem } from './catalogue.entity';
import { WorkOrderEventKind } from './enums';
import type { WorkOrderJournal } from './journal';
import { after } from './lifecycle';
import { byName, changeOrder, type Clock } from './order-change';
import { ServiceTeam } from './team.entity';
import { WorkOrder } from './work-order.entity';

const note = (text: string | null | undefined, field = 'note') => cleanText(text, field, { min: 1, max: 500, multiline: true });

/** The kind of matter a catalogue category's work becomes when it goes to the branch. */
const MATTER_CATEGORY_OF_SERVICE: Record<string, MatterCategory> = {
  SAN: MatterCategory.ENVIRONMENT,
  GRN: MatterCategory.ENVIRONMENT,
  SEC: MatterCategory.SAFETY,
  FAC: MatterCategory.REPAIR,
  UTL: MatterCategory.REPAIR,
  ORD: MatterCategory.NEIGHBOURS,
};

/** What teams and the office do to an order: dispatch, acknowledge, note, finish, check, ledger, cancel. */
export class WorkFlowService {
  constructor(
    private readonly journal: WorkOrderJournal,
    private readonly clock: Clock,
    /** Where an order that needs the branch becomes a matter. */
    private readonly matters: { raiseForOffice(tx: EntityManager, input: OfficeRaise): Promise<Matter>; publish(m: Matter): void },
  ) {}

  async dispatch(em: EntityManager, actor: Actor, id: number, teamId: number): Promise<WorkOrder> {
    const { order, viewer } = await this.forOffice(em, actor, id);
    const team = await em.findOne(ServiceTeam, { id: teamId });
    if (!team || team.community.id !== order.community.id) throw badInput("The team is not one of this order's community", { field: 'teamId' });
    return this.change(em, viewer, order, (o, tx) => {
      o.status = after(o.status, 'DISPATCH');
      o.team = tx.getReference(ServiceTeam, team.id, { wrapped: true });
      o.respondWarned = false;
      return { kind: WorkOrderEventKind.DISPATCHED, note: team.name, by: viewer.displayName };
    });
  }

  /** A member of the order's team takes it: the respond clock stops. */
  async acknowledge(em: EntityManager, actor: Actor, id: number): Promise<WorkOrder> {
    const viewer = serviceStaff(actor);
    const now = this.clock();
    return changeOrder(em, this.journal, now, id, viewer, async (o, tx) => {
      const team = await this.teamOf(tx, viewer, o);
      o.status = after(o.status, 'ACKNOWLEDGE');
      o.acknowledgedAt = now;
      // The first acknowledgement is the figure the centre is judged by; rework does not reset it.
      if (o.respondedInMinutes == null) o.respondedInMinutes = Math.max(0, Math.round((now.getTime() - o.reportedAt.getTime()) / 60_000));
      return { kind: WorkOrderEventKind.ACKNOWLEDGED, by: byName(viewer, team) };
    });
  }

  /** A note on the timeline, from the team or the office. */
  async addNote(em: EntityManager, actor: Actor, id: number, text: string): Promise<WorkOrder> {
    const order = await findOrder(em, id);
    const viewer = requireViewer(actor);
    if (viewer.kind !== 'staff') throw forbidden();
    const team = isMemberOf(viewer, order.team?.id) ? ((await this.journal.reference.team(em, order.team!.id)) ?? null) : null;
    if (!team) requireStaffOf(viewer, order.community.id, [Role.OFFICE]);
    const clean = note(text);
    return this.change(em, viewer, order, (o) => {
      after(o.status, 'NOTE');
      return { kind: WorkOrderEventKind.NOTE, note: clean, by: byName(viewer, team) };
    });
  }

  /** The team says the work is done; the office checks it. */
  async finish(em: EntityManager, actor: Actor, id: number, text: string): Promise<WorkOrder> {
    const viewer = serviceStaff(actor);
    const clean = note(text);
    return changeOrder(em, this.journal, this.clock(), id, viewer, async (o, tx) => {
      const team = await this.teamOf(tx, viewer, o);
      o.status = after(o.status, 'FINISH');
      return { kind: WorkOrderEventKind.FINISHED, note: clean, by: byName(viewer, team) };
    });
  }

  /** 核查: accepted, the order is DONE and the resolve clock stops; not accepted, it goes back to the team. */
  async check(em: EntityManager, actor: Actor, id: number, accepted: boolean, text?: string | null): Promise<WorkOrder> {
    const { order, viewer } = await this.forOffice(em, actor, id);
    const clean = accepted ? cleanText(text, 'note', { max: 500, multiline: true }) || null : note(text);
    const now = this.clock();
    return this.change(em, viewer, order, (o) => {
      if (!accepted) {
        o.status = after(o.status, 'SEND_BACK');
        return { kind: WorkOrderEventKind.SENT_BACK, note: clean, by: viewer.displayName };
      }
      o.status = after(o.status, 'ACCEPT');
      o.doneAt = now;
      if (o.resolvedOnTime == null) o.resolvedOnTime = now <= o.resolveBy;
      return { kind: WorkOrderEventKind.CHECK_ACCEPTED, note: clean, by: viewer.displayName };
    });
  }

  /** 挂账: it cannot be done in time (funds, a decision of the owners); the reason is public. */
  async putOnLedger(em: EntityManager, actor: Actor, id: number, reason: string): Promise<WorkOrder> {
    const { order, viewer } = await this.forOffice(em, actor, id);
    const clean = cleanText(reason, 'reason', { min: 4, max: 500, multiline: true });
    return this.change(em, viewer, order, (o) => {
      o.status = after(o.status, 'PUT_ON_LEDGER');
      o.reason = clean;
      return { kind: WorkOrderEventKind.ON_LEDGER, note: clean, by: viewer.displayName };
    });
  }

  /**
   * 转支部议事: an order on the ledger that needs what only the branch and the owners can give (funds, a
   * decision) becomes a matter in the branch's inbox, in the same transaction. The order stays on the
   * ledger, tied to the matter: the office dispatches it again once the matter is decided, and the
   * matter completes only when its orders are done.
   */
  async toBranch(em: EntityManager, actor: Actor, id: number): Promise<WorkOrder> {
    const { order, viewer } = await this.forOffice(em, actor, id);
    let raised: Matter | undefined;
    const changed = await this.change(em, viewer, order, async (o, tx) => {
      after(o.status, 'TO_BRANCH');
      if (o.matter) throw conflict('This order already belongs to a matter', { status: o.status });
      const item = await tx.findOneOrFail(ServiceItem, o.item.id, { populate: ['category'] });
      raised = await this.matters.raiseForOffice(tx, {
        communityId: o.community.id,
        pavilionId: o.pavilion?.id ?? null,
        buildingId: o.building?.id ?? null,
        category: MATTER_CATEGORY_OF_SERVICE[item.category.getEntity().code] ?? MatterCategory.OTHER,
        title: item.name,
        // The order's tracking code is the right to urge, reopen and rate: a public matter names the order by number.
        description: `服务中心工单 #${o.id} 已挂账：${o.reason ?? ''}`,
        contactPhone: o.contactPhone ?? null,
        note: `由服务中心工单 #${o.id} 转来（${viewer.displayName}）`,
      });
      o.matter = ref(raised);
      return { kind: WorkOrderEventKind.TO_BRANCH, note: raised.trackingCode, by: viewer.displayName };
    });
    if (raised) this.matters.publish(raised);
    return changed;
  }

  /** A duplicate or a report that was not a job for the centre. */
  async cancel(em: EntityManager, actor: Actor, id: number, reason: string): Promise<WorkOrder> {
    const { order, viewer } = await this.forOffice(em, actor, id);
    const clean = cleanText(reason, 'reason', { min: 2, max: 500, multiline: true });
    return this.change(em, viewer, order, (o) => {
      o.status = after(o.status, 'CANCEL');
      o.reason = clean;
      return { kind: WorkOrderEventKind.CANCELLED, note: clean, by: viewer.displayName };
    });
  }

  /** The office says what it did about a low rating; the order leaves the follow-up list. */
  async resolveFollowUp(em: EntityManager, actor: Actor, id: number, text: string): Promise<WorkOrder> {
    const { order, viewer } = await this.forOffice(em, actor, id);
    const clean = note(text);
    return this.change(em, viewer, order, (o) => {
      if (!o.followUp) throw conflict('This order is not on the follow-up list', { status: o.status });
      o.followUp = false;
      return { kind: WorkOrderEventKind.FOLLOW_UP_RESOLVED, note: clean, by: viewer.displayName };
    });
  }

  private change(em: EntityManager, viewer: StaffViewer, order: WorkOrder, apply: Parameters<typeof changeOrder>[5]) {
    return changeOrder(em, this.journal, this.clock(), order.id, viewer, apply);
  }

  private async forOffice(em: EntityManager, actor: Actor, id: number) {
    const order = await findOrder(em, id);
    const viewer = requireStaffOf(actor, order.community.id, [Role.OFFICE]);
    return { order, viewer };
  }

  /** Only a member of the order's own team acts on it from a phone (checked on the order as the transaction reads it). */
  private async teamOf(tx: EntityManager, viewer: StaffViewer, o: WorkOrder): Promise<{ name: string }> {
    if (!actsFor(viewer, o.community.id) || !isMemberOf(viewer, o.team?.id)) throw forbidden("This is another team's order");
    return (await this.journal.reference.team(tx, o.team!.id)) ?? (await tx.findOneOrFail(ServiceTeam, o.team!.id));
  }
}

function serviceStaff(actor: Actor): StaffViewer {
  const viewer = requireViewer(actor);
  if (viewer.kind !== 'staff' || viewer.role !== Role.SERVICE_STAFF) throw forbidden('Only a member of the service team does this');
  return viewer;
}

export async function findOrder(em: EntityManager, id: number): Promise<WorkOrder> {
  const order = await em.findOne(WorkOrder, { id });
  if (!order) throw notFound('Work order');
  return order;
}
