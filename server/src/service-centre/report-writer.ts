import { ReferenceKind, type EntityDictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AuditActor } from '../audit';
import { GroupCommit } from '../common/group-commit';
import { freeTrackingCodes } from '../common/tracking-codes';
import { clocksFrom, dueAtOf } from './clocks';
import { FOLDING_STATUSES, WorkOrderEventKind, WorkOrderSource, WorkOrderStatus } from './enums';
import type { WorkOrderJournal } from './journal';
import type { ItemSnapshot, TeamSnapshot } from './reference';
import { WorkOrder } from './work-order.entity';

/** A report checked and ready to be written: everything decided but the folding. */
export interface ReportToWrite {
  communityId: number;
  item: ItemSnapshot;
  pavilionId: number | null;
  buildingId: number | null;
  note: string | null;
  contactPhone: string | null;
  source: WorkOrderSource;
  reportedBy: number | null;
  matterId: number | null;
  /** The team on duty for the item's kind, if the community has one. */
  team: TeamSnapshot | null;
  /** Who reported, as the timeline names them, and as the audit chain records them. */
  by: string;
  actor: AuditActor;
  /** Orders made for a matter never fold: the office asked for each. */
  fold: boolean;
}

export interface WrittenReport {
  order: WorkOrder;
  folded: boolean;
}

const MAX_BATCH = 100;
/** Arbitrary constant naming the PostgreSQL advisory locks that make folding exact across processes. */
const FOLD_LOCK = 727_301;

const keyOf = (r: { communityId: number; item: { code: string }; buildingId: number | null }) => `${r.communityId}|${r.item.code}|${r.buildingId ?? ''}`;

/**
 * Group commit for reports. SQLite has one writer, so a transaction per report caps the centre at
 * a few dozen reports a second. Reports that arrive while a batch commits wait and go together in
 * the next transaction, with one statement per kind of row for the whole batch: the open orders
 * they may fold into, the new orders, their events, their audit rows. Each caller is answered only
 * after the commit that holds its report. Folding stays exact: a report folds into an open order
 * of the same item and building, whether committed before or made earlier in the same batch.
 */
export class ReportWriter {
  private readonly group: GroupCommit<ReportToWrite & { at: Date }, WrittenReport>;

  constructor(private readonly journal: WorkOrderJournal) {
    this.group = new GroupCommit(async (tx, reports) => (await this.writeBatch(tx, reports)).map((value) => ({ value })), {
      maxBatch: MAX_BATCH,
      // Folded reports of one order publish it once.
      afterCommit: (written) => new Set(written.map((w) => w.order)).forEach((o) => journal.publish(o)),
    });
  }

  write(em: EntityManager, report: ReportToWrite, at: Date): Promise<WrittenReport> {
    return this.group.write(em, { ...report, at });
  }

  private async writeBatch(tx: EntityManager, reports: Array<ReportToWrite & { at: Date }>): Promise<WrittenReport[]> {
    const folding = reports.filter((r) => r.fold);
    const keys = [...new Set(folding.map(keyOf))].sort();
    if (this.journal.dialect === 'postgresql') {
      // In one order, so two processes' batches never wait on each other in a circle.
      for (const k of keys) await tx.execute('select pg_advisory_xact_lock(?, ?)', [FOLD_LOCK, hashKey(k)]);
    }
    const open = await this.openOrders(tx, folding);

    // Decide each report in arrival order: fold into an open order, or make a new one.
    type New = { data: ReturnType<typeof newOrderData>; report: ReportToWrite & { at: Date } };
    const made: New[] = [];
    const decided: Array<{ kind: 'new'; index: number } | { kind: 'fold'; orderId: number | null; newIndex: number | null }> = [];
    const openNew = new Map<string, number>();
    const foldCounts = new Map<number, { count: number; phone: string | null; row: OrderRow }>();
    for (const r of reports) {
      const key = keyOf(r);
      const existing = r.fold ? open.get(key) : undefined;
      const sameBatch = r.fold ? openNew.get(key) : undefined;
      if (existing) {
        const f = foldCounts.get(existing.id) ?? { count: 0, phone: null, row: existing.row };
        f.count++;
        f.phone ??= r.contactPhone;
        foldCounts.set(existing.id, f);
        decided.push({ kind: 'fold', orderId: existing.id, newIndex: null });
      } else if (sameBatch !== undefined) {
        made[sameBatch].data.reporterCount++;
        made[sameBatch].data.contactPhone ??= r.contactPhone;
        decided.push({ kind: 'fold', orderId: null, newIndex: sameBatch });
      } else {
        made.push({ data: newOrderData(r, r.at), report: r });
        if (r.fold) openNew.set(key, made.length - 1);
        decided.push({ kind: 'new', index: made.length - 1 });
      }
    }
    const codes = await freeTrackingCodes(tx, made.length);
    made.forEach((m, i) => (m.data.trackingCode = codes[i]));
    for (let i = 0; i < made.length; i += 50) {
      await tx.insertMany(
        WorkOrder,
        made.slice(i, i + 50).map((m) => ({ ...m.data, dueAt: dueAtOf(m.data) })),
      );
    }
    const idOf = new Map<string, number>();
    if (made.length) {
      const rows = await tx.execute<Array<{ id: unknown; tracking_code: string }>>(
        `select id, tracking_code from work_order where tracking_code in (${made.map(() => '?').join(', ')})`,
        made.map((m) => m.data.trackingCode),
      );
      for (const r of rows) idOf.set(r.tracking_code, Number(r.id));
    }
    if (foldCounts.size) {
      // One statement for every order the batch folds into.
      const folds = [...foldCounts];
      const cases = (otherwise: string) => `case id ${folds.map(() => 'when ? then ?').join(' ')} else ${otherwise} end`;
      await tx.execute(
        `update work_order set reporter_count = reporter_count + ${cases('0')}, contact_phone = coalesce(contact_phone, ${cases('null')}), version = version + 1
          where id in (${folds.map(() => '?').join(', ')})`,
        [...folds.flatMap(([id, f]) => [id, f.count]), ...folds.flatMap(([id, f]) => [id, f.phone]), ...folds.map(([id]) => id)],
      );
    }
    // The orders as they are now, for the journal and for the answers.
    const orders = new Map<number, WorkOrder>();
    for (const m of made) {
      const id = idOf.get(m.data.trackingCode)!;
      orders.set(id, detachedOrder(tx, { ...m.data, id, dueAt: dueAtOf(m.data) }));
    }
    // The folded orders as the update left them, from the rows already read: no second read.
    for (const [id, { count, phone, row }] of foldCounts) {
      const current = {
        ...row,
        reporter_count: Number(row.reporter_count) + count,
        contact_phone: row.contact_phone ?? phone,
        version: Number(row.version) + 1,
      };
      orders.set(id, detachedOrder(tx, tx.getComparator().mapResult(WorkOrder.name, current as EntityDictionary<WorkOrder>)));
    }

    const steps: Parameters<WorkOrderJournal['recordSteps']>[1] = [];
    const out: WrittenReport[] = [];
    reports.forEach((r, i) => {
      const d = decided[i];
      if (d.kind === 'new') {
        const m = made[d.index];
        const order = orders.get(idOf.get(m.data.trackingCode)!)!;
        steps.push({
          order,
          kind: WorkOrderEventKind.REPORTED,
          status: WorkOrderStatus.REPORTED,
          at: r.at,
          note: r.note,
          by: r.by,
          actor: r.actor,
          itemName: r.item.name,
        });
        if (r.team) {
          steps.push({
            order,
            kind: WorkOrderEventKind.DISPATCHED,
            at: r.at,
            note: r.team.name,
            by: '系统（值班派单）',
            actor: r.actor,
            itemName: r.item.name,
            teamName: r.team.name,
          });
        }
        out.push({ order, folded: false });
      } else {
        const id = d.orderId ?? idOf.get(made[d.newIndex!].data.trackingCode)!;
        const order = orders.get(id)!;
        steps.push({ order, kind: WorkOrderEventKind.FOLDED, at: r.at, note: r.note, by: r.by, actor: r.actor, itemName: r.item.name });
        out.push({ order, folded: true });
      }
    });
    await this.journal.recordSteps(tx, steps);
    return out;
  }

  /**
   * The open orders the batch's reports may fold into, whole rows: the oldest of each item (any
   * version) and building. One indexed lookup per item and building, joined by UNION ALL: as one
   * OR of conditions on the item's code, SQLite read every order of the community.
   */
  private async openOrders(tx: EntityManager, reports: ReportToWrite[]): Promise<Map<string, { id: number; row: OrderRow }>> {
    const found = new Map<string, { id: number; row: OrderRow }>();
    if (reports.length === 0) return found;
    const distinct = [...new Map(reports.map((r) => [keyOf(r), r])).values()];
    const codes = [...new Set(distinct.map((r) => r.item.code))];
    const versions = await tx.execute<Array<{ id: unknown; code: string }>>(
      `select id, code from service_item where code in (${codes.map(() => '?').join(', ')})`,
      codes,
    );
    const idsOf = (code: string) => versions.filter((v) => v.code === code).map((v) => Number(v.id));
    const codeOf = new Map(versions.map((v) => [Number(v.id), v.code]));
    const statuses = FOLDING_STATUSES.map(() => '?').join(', ');
    const parts: string[] = [];
    const params: unknown[] = [];
    for (const r of distinct) {
      const ids = idsOf(r.item.code);
      if (ids.length === 0) continue;
      parts.push(
        `select o.* from work_order o
          where o.community_id = ? and o.item_id in (${ids.map(() => '?').join(', ')}) and ${r.buildingId == null ? 'o.building_id is null' : 'o.building_id = ?'} and o.status in (${statuses})`,
      );
      params.push(r.communityId, ...ids, ...(r.buildingId == null ? [] : [r.buildingId]), ...FOLDING_STATUSES);
    }
    if (parts.length === 0) return found;
    const rows = await tx.execute<OrderRow[]>(parts.join(' union all '), params);
    for (const row of rows) {
      const key = keyOf({
        communityId: Number(row.community_id),
        item: { code: codeOf.get(Number(row.item_id))! },
        buildingId: row.building_id == null ? null : Number(row.building_id),
      });
      const id = Number(row.id);
      if (!found.has(key) || id < found.get(key)!.id) found.set(key, { id, row });
    }
    return found;
  }
}

/** A work_order row as the database returns it. */
type OrderRow = Record<string, unknown> & {
  id: unknown;
  community_id: unknown;
  item_id: unknown;
  building_id: unknown;
  reporter_count: unknown;
  contact_phone: string | null;
  version: unknown;
};

/**
 * An order as the batch left it, for the answer and the journal: the entity's fields, relations as
 * `{ id }` (all that answers and the journal read of them). Not managed by the ORM, so nothing
 * flushes it: building a managed entity for each report cost more than the rest of the batch.
 */
function detachedOrder(tx: EntityManager, data: Record<string, unknown>): WorkOrder {
  const order: Record<string, unknown> = { ...data };
  for (const prop of tx.getMetadata(WorkOrder).relations) {
    if (prop.kind !== ReferenceKind.MANY_TO_ONE) continue;
    const value = data[prop.name] as number | { id: number } | null | undefined;
    order[prop.name] = value == null ? null : { id: Number(typeof value === 'object' ? value.id : value) };
  }
  return order as unknown as WorkOrder;
}

function newOrderData(r: ReportToWrite, at: Date) {
  return {
    trackingCode: '',
    item: r.item.id,
    status: r.team ? WorkOrderStatus.DISPATCHED : WorkOrderStatus.REPORTED,
    source: r.source,
    community: r.communityId,
    pavilion: r.pavilionId,
    building: r.buildingId,
    note: r.note,
    contactPhone: r.contactPhone,
    reportedBy: r.reportedBy,
    matter: r.matterId,
    team: r.team?.id ?? null,
    reportedAt: at,
    ...clocksFrom(at, r.item),
    reporterCount: 1,
    urgeCount: 0,
    reworkCount: 0,
    followUp: false,
    respondWarned: false,
    resolveWarned: false,
    version: 1,
  };
}

/** A 31-bit key for the advisory lock of one community, item and building. */
function hashKey(key: string): number {
  let h = 0;
  for (const ch of key) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h & 0x7fffffff;
}
