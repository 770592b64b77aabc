import type { EntityManager } from '@mikro-orm/knex';
import type { AuditActor } from '../audit/audit.service';
import { inTransaction } from '../common/transaction';
import type { WorkOrderEventKind } from './enums';
import type { WorkOrderJournal } from './journal';
import { WorkOrder } from './work-order.entity';

export type Clock = () => Date;

export interface ChangeResult {
  kind: WorkOrderEventKind;
  note?: string | null;
  /** Who acted, as the timeline names them. */
  by: string;
}

/**
 * One change of one order: read it again inside the transaction (its version guards against a
 * concurrent change), apply `change`, journal it, commit, publish.
 */
export async function changeOrder(
  em: EntityManager,
  journal: WorkOrderJournal,
  now: Date,
  orderId: number,
  actor: AuditActor,
  change: (o: WorkOrder, tx: EntityManager) => ChangeResult | Promise<ChangeResult>,
): Promise<WorkOrder> {
  const order = await inTransaction(em, async (tx) => {
    const o = await tx.findOneOrFail(WorkOrder, orderId);
    const result = await change(o, tx);
    await tx.flush();
    const [item, team] = await Promise.all([
      journal.reference.item(tx, o.item.id),
      o.team ? journal.reference.team(tx, o.team.id) : Promise.resolve(undefined),
    ]);
    await journal.record(tx, o, { ...result, at: now, actor, itemName: item.name, teamName: team?.name ?? null });
    return o;
  });
  journal.publish(order);
  return order;
}

/** How the timeline names an actor: a team member by their team, staff by their office. */
export function byName(actor: { displayName: string }, team?: { name: string } | null): string {
  return team ? `${team.name} ${actor.displayName}` : actor.displayName;
}
