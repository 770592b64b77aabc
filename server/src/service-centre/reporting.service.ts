import type { EntityManager } from '@mikro-orm/knex';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { PUBLIC_ACTOR, type AuditActor } from '../audit/audit.service';
import { actsFor, requireStaffOf } from '../auth/guards';
import { Role } from '../auth/role';
import type { Actor } from '../common/actor';
import { newCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { badInput, conflict, forbidden, notFound } from '../common/errors';
import { consumeOrThrow } from '../common/rate-limits';
import { inTransaction } from '../common/transaction';
import { MatterStatus } from '../matters/enums';
import { ACTION_ROLES } from '../matters/lifecycle';
import { Matter } from '../matters/matter.entity';
import { cleanMobile, cleanText } from '../matters/text';
import type { ItemSnapshot, ServiceReference } from './reference';
import { clocksFrom, dueAtOf } from './clocks';
import { FOLDING_STATUSES, WorkOrderEventKind, WorkOrderSource, WorkOrderStatus } from './enums';
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

/** Arbitrary constant naming the PostgreSQL advisory locks that make folding exact. */
const FOLD_LOCK = 727_301;

/** Orders come in: from a kiosk, a resident's phone, a caller through the office, or a matter in execution. */
export class ReportingService {
  constructor(
    private readonly reference: ServiceReference,
    private readonly journal: WorkOrderJournal,
    private readonly limiters: ReportLimiters,
    private readonly clock: Clock,
  ) {}

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
    const by = source === WorkOrderSource.PHONE_CALL ? auditActor.displayName : '居民';
    const order = await inTransaction(em, async (tx) => {
      if (tx.getPlatform().constructor.name.startsWith('PostgreSql')) {
        await tx.execute('select pg_advisory_xact_lock(?, ?)', [FOLD_LOCK, foldKey(communityId, item.code, buildingId)]);
      }
      const open = await tx.findOne(
        WorkOrder,
        { community: communityId, item: { code: item.code }, building: buildingId, status: { $in: [...FOLDING_STATUSES] } },
        { orderBy: { id: 'asc' } },
      );
      if (open) {
        open.reporterCount += 1;
        if (!open.contactPhone && contactPhone) open.contactPhone = contactPhone;
        await tx.flush();
        await this.journal.record(tx, open, { kind: WorkOrderEventKind.FOLDED, at: now, note, by, actor: auditActor, itemName: item.name });
        return open;
      }
      return this.create(
        tx,
        { item, communityId, pavilionId: pavilion.id, buildingId, note, contactPhone, source, reportedBy, matterId: null },
        now,
        by,
        auditActor,
      );
    });
    this.journal.publish(order);
    return order;
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
    const now = this.clock();
    const order = await inTransaction(em, (tx) =>
      this.create(
        tx,
        {
          item,
          communityId: matter.community.id,
          pavilionId: matter.pavilion.id,
          buildingId,
          note: note ?? matter.title,
          contactPhone: null,
          source: WorkOrderSource.MATTER,
          reportedBy: null,
          matterId: matter.id,
        },
        now,
        viewer.displayName,
        viewer,
      ),
    );
    this.journal.publish(order);
    return order;
  }

  private async create(
    tx: EntityManager,
    o: {
      item: ItemSnapshot;
      communityId: number;
      pavilionId: number | null;
      buildingId: number | null;
      note: string | null;
      contactPhone: string | null;
      source: WorkOrderSource;
      reportedBy: number | null;
      matterId: number | null;
    },
    now: Date,
    by: string,
    actor: AuditActor,
  ): Promise<WorkOrder> {
    // The team on duty for the item's kind has it at once; the office may dispatch it elsewhere.
    const team = await this.reference.teamOnDuty(tx, o.communityId, o.item.teamKind);
    const data = {
      trackingCode: await freeCode(tx),
      item: o.item.id,
      status: team ? WorkOrderStatus.DISPATCHED : WorkOrderStatus.REPORTED,
      source: o.source,
      community: o.communityId,
      pavilion: o.pavilionId,
      building: o.buildingId,
      note: o.note,
      contactPhone: o.contactPhone,
      reportedBy: o.reportedBy,
      matter: o.matterId,
      team: team?.id ?? null,
      reportedAt: now,
      ...clocksFrom(now, o.item),
      reporterCount: 1,
      urgeCount: 0,
      reworkCount: 0,
      followUp: false,
      respondWarned: false,
      resolveWarned: false,
      version: 1,
    };
    // One plain insert: the busiest write of the centre, kept out of the unit of work.
    const id = Number(await tx.insert(WorkOrder, { ...data, dueAt: dueAtOf(data) }));
    const order = tx.create(WorkOrder, { ...data, id }, { persist: false });
    const reported = { kind: WorkOrderEventKind.REPORTED, at: now, note: o.note, by, actor, itemName: o.item.name, status: WorkOrderStatus.REPORTED };
    await this.journal.recordMany(
      tx,
      order,
      team
        ? [
            reported,
            { kind: WorkOrderEventKind.DISPATCHED, at: now, note: team.name, by: '系统（值班派单）', actor, itemName: o.item.name, teamName: team.name },
          ]
        : [reported],
    );
    return order;
  }

  private async buildingIn(em: EntityManager, communityId: number, buildingId: number | null): Promise<number | null> {
    if (buildingId == null) return null;
    if ((await this.reference.communityOfBuilding(em, buildingId)) !== communityId) {
      throw badInput("The building is not in this pavilion's community", { field: 'buildingId' });
    }
    return buildingId;
  }
}
/** A 31-bit key for the advisory lock of one community, item and building. */
function foldKey(communityId: number, itemCode: string, buildingId: number | null): number {
  let h = 0;
  for (const ch of `${communityId}|${itemCode}|${buildingId ?? ''}`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h & 0x7fffffff;
}

/** A code no matter and no order has, so one lookup box at the kiosk finds either. */
async function freeCode(tx: EntityManager): Promise<string> {
  for (let i = 0; i < 10; i++) {
    const code = newCode(TRACKING_CODE_LENGTH);
    const [row] = await tx.execute<Array<{ n: unknown }>>(
      'select (select count(*) from work_order where tracking_code = ?) + (select count(*) from matter where tracking_code = ?) as n',
      [code, code],
    );
    if (Number(row?.n ?? 0) === 0) return code;
  }
  throw conflict('Could not find a free tracking code; try again');
}
