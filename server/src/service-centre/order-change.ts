import type { EntityManager } from '@mikro-orm/knex';
import type { AuditActor } from '../audit/audit.service';
import { notFound } from '../common/errors';
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
  em: EntityManager;
  orderId: number;
  actor: AuditActor;
  at: Date;
  change: Change;
  done: (o: WorkOrder) => void;
  fail: (e: unknown) => void;
}

const MAX_BATCH = 100;

/**
 * The changes of orders (a team's, the office's, a resident's by code, the deadline watch's). On
 * SQLite, with its one writer, changes that arrive while a batch commits go together in the next
 * transaction: one read of their orders, their updates, one insert of events and one of audit
 * rows; each caller is answered after the commit that holds its change. On PostgreSQL each change
 * is its own transaction, in parallel. Either way the order is read inside the transaction, so a
 * change always sees the latest status.
 */
export class OrderChanges {
  private queue: Unit[] = [];
  private draining = false;

  constructor(private readonly journal: StepSink) {}

  run(em: EntityManager, orderId: number, actor: AuditActor, at: Date, change: Change): Promise<WorkOrder> {
    return new Promise((done, fail) => {
      const unit = { em, orderId, actor, at, change, done, fail };
      if (em.getPlatform().constructor.name.startsWith('PostgreSql')) return void this.runBatch(em, [unit]);
      this.queue.push(unit);
      void this.drain();
    });
  }

  private async drain() {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, MAX_BATCH);
        await this.runBatch(batch[0].em, batch);
      }
    } finally {
      this.draining = false;
    }
  }

  private async runBatch(em: EntityManager, batch: Unit[]) {
    const outcomes: Array<{ order?: WorkOrder; error?: unknown }> = [];
    try {
      await inTransaction(em.fork(), async (tx) => {
        const orders = new Map((await tx.find(WorkOrder, { id: { $in: [...new Set(batch.map((u) => u.orderId))] } })).map((o) => [o.id, o]));
        const steps: JournalStep[] = [];
        for (const unit of batch) {
          const o = orders.get(unit.orderId);
          if (!o) {
            outcomes.push({ error: notFound('Work order') });
            continue;
          }
          try {
            const result = await unit.change(o, tx);
            const [item, team] = await Promise.all([
              this.journal.reference.item(tx, o.item.id),
              o.team ? this.journal.reference.team(tx, o.team.id) : undefined,
            ]);
            steps.push({ ...result, order: o, at: unit.at, actor: unit.actor, itemName: item.name, teamName: team?.name ?? null, status: o.status });
            outcomes.push({ order: o });
          } catch (e) {
            outcomes.push({ error: e });
          }
        }
        await tx.flush();
        await this.journal.recordSteps(tx, steps);
      });
    } catch (e) {
      for (const u of batch) u.fail(e);
      return;
    }
    for (const o of new Set(outcomes.map((x) => x.order).filter((x): x is WorkOrder => !!x))) this.journal.publish(o);
    batch.forEach((u, i) => (outcomes[i].order ? u.done(outcomes[i].order!) : u.fail(outcomes[i].error)));
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
