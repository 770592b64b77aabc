import type { EntityDictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AuditActor } from '../audit';
import { notFound } from '../common/errors';
import { GroupCommit, type Settled } from '../common/group-commit';
import { inTransaction } from '../common/transaction';
import type { WorkOrderEventKind } from './enums';
import type { JournalStep, StepSink } from './journal-step';
import { WorkOrder } from './work-order.entity';

export type Clock = () => Date;

export interface ChangeResult {
  kind: WorkOrderEventKind;
  note?: string | null;
  /** Who acted, as the timeline names them. */
  by: string;
}

/**
 * A change checks (rights, status) before it changes anything: a unit that throws leaves its order
 * as it found it, so the other units of its batch go on.
 */
export type Change = (o: WorkOrder, tx: EntityManager) => ChangeResult | Promise<ChangeResult>;

interface Unit {
  orderId: number;
  actor: AuditActor;
  at: Date;
  change: Change;
}

const MAX_BATCH = 100;

/**
 * The changes of orders (a team's, the office's, a resident's by code, the deadline watch's). On
 * SQLite, with its one writer, changes go through group commit: one read of the batch's orders,
 * their updates, one insert of events and one of audit rows. On PostgreSQL each change is its own
 * transaction, in parallel. Either way the order is read inside the transaction, so a change
 * always sees the latest status.
 */
export class OrderChanges {
  private readonly group: GroupCommit<Unit, WorkOrder>;

  constructor(private readonly journal: StepSink) {
    this.group = new GroupCommit((tx, units) => this.writeBatch(tx, units), {
      maxBatch: MAX_BATCH,
      afterCommit: (orders) => new Set(orders).forEach((o) => journal.publish(o)),
      // A concurrent change of the same row, or a unique value taken twice, answers CONFLICT.
      transaction: inTransaction,
    });
  }

  run(em: EntityManager, orderId: number, actor: AuditActor, at: Date, change: Change): Promise<WorkOrder> {
    const unit = { orderId, actor, at, change };
    return this.journal.dialect === 'postgresql' ? this.group.writeAlone(em, unit) : this.group.write(em, unit);
  }

  private async writeBatch(tx: EntityManager, batch: Unit[]): Promise<Settled<WorkOrder>[]> {
    // Plain rows made into managed entities: the query builder's work for a list of ids cost more
    // than the read itself, in every batch of a team's acknowledgements.
    const ids = [...new Set(batch.map((u) => u.orderId))];
    const rows = await tx.execute<EntityDictionary<WorkOrder>[]>(`select * from work_order where id in (${ids.map(() => '?').join(', ')})`, ids);
    const orders = new Map(rows.map((row) => tx.map(WorkOrder, row)).map((o) => [o.id, o]));
    const steps: JournalStep[] = [];
    const settled: Settled<WorkOrder>[] = [];
    for (const unit of batch) {
      const o = orders.get(unit.orderId);
      if (!o) {
        settled.push({ error: notFound('Work order') });
        continue;
      }
      try {
        const result = await unit.change(o, tx);
        const [item, team] = await Promise.all([this.journal.reference.item(tx, o.item.id), o.team ? this.journal.reference.team(tx, o.team.id) : undefined]);
        steps.push({ ...result, order: o, at: unit.at, actor: unit.actor, itemName: item.name, teamName: team?.name ?? null, status: o.status });
        settled.push({ value: o });
      } catch (e) {
        settled.push({ error: e });
      }
    }
    await tx.flush();
    await this.journal.recordSteps(tx, steps);
    return settled;
  }
}

/** One change of one order, through the journal's writer. */
export function changeOrder(
  em: EntityManager,
  journal: { changes: OrderChanges },
  now: Date,
  orderId: number,
  actor: AuditActor,
  change: Change,
): Promise<WorkOrder> {
  return journal.changes.run(em, orderId, actor, now, change);
}

/** How the timeline names an actor: a team member by their team, staff by their office. */
export function byName(actor: { displayName: string }, team?: { name: string } | null): string {
  return team ? `${team.name} ${actor.displayName}` : actor.displayName;
}
