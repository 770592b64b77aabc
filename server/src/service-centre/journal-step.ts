import type { Dialect } from '../common/dialect';
import type { EntityManager } from '@mikro-orm/knex';
import type { AuditActor } from '../audit';
import type { WorkOrderEventKind, WorkOrderStatus } from './enums';
import type { ItemSnapshot, TeamSnapshot } from './reference';
import type { WorkOrder } from './work-order.entity';

/** One step of an order's timeline, as the journal writes it. */
export interface JournalStep {
  order: WorkOrder;
  kind: WorkOrderEventKind;
  at: Date;
  note?: string | null;
  by: string;
  actor: AuditActor;
  itemName: string;
  teamName?: string | null;
  /** The status the step left the order in, when it is not the order's status now. */
  status?: WorkOrderStatus;
}

/** What the order changes write through: the journal, seen from the writer. */
export interface StepSink {
  readonly dialect: Dialect;
  readonly reference: {
    item(em: EntityManager, id: number): Promise<ItemSnapshot>;
    team(em: EntityManager, id: number): Promise<TeamSnapshot | undefined>;
  };
  recordSteps(tx: EntityManager, steps: JournalStep[]): Promise<void>;
  publish(o: WorkOrder): void;
}
