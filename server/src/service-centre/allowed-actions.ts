import { actsFor, isMemberOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { WorkOrderAction as A, WorkOrderStatus } from './enums';
import { may, REOPEN_DAYS } from './lifecycle';
import { allowedActions } from '../common/state-machine';

interface OrderState {
  status: WorkOrderStatus;
  community: { id: number };
  team?: { id: number } | null;
  doneAt?: Date | null;
  ratedAt?: Date | null;
  followUp: boolean;
  matter?: { id: number } | null;
}

function isOffice(actor: Actor, communityId: number): boolean {
  return actor.kind === 'staff' && (actor.role === Role.STREET_ADMIN || actor.role === Role.OFFICE) && actsFor(actor, communityId);
}

type Asked = { o: OrderState; office: boolean; team: boolean; now: Date };

const RULES: Record<A, (a: Asked) => boolean> = {
  [A.DISPATCH]: ({ o, office }) => office && may(o.status, 'DISPATCH'),
  [A.ACKNOWLEDGE]: ({ o, team }) => team && may(o.status, 'ACKNOWLEDGE'),
  [A.NOTE]: ({ o, office, team }) => (team || office) && may(o.status, 'NOTE'),
  [A.FINISH]: ({ o, team }) => team && may(o.status, 'FINISH'),
  [A.CHECK]: ({ o, office }) => office && may(o.status, 'ACCEPT'),
  [A.PUT_ON_LEDGER]: ({ o, office }) => office && may(o.status, 'PUT_ON_LEDGER'),
  [A.CANCEL]: ({ o, office }) => office && may(o.status, 'CANCEL'),
  // Whoever holds the code urges, reopens and rates.
  [A.URGE]: ({ o }) => may(o.status, 'URGE'),
  [A.REOPEN]: ({ o, now }) => may(o.status, 'REOPEN') && !!o.doneAt && now.getTime() - o.doneAt.getTime() <= REOPEN_DAYS * 86_400_000,
  [A.RATE]: ({ o }) => may(o.status, 'RATE') && !o.ratedAt,
  [A.RESOLVE_FOLLOW_UP]: ({ o, office }) => office && o.followUp,
  [A.TO_BRANCH]: ({ o, office }) => office && may(o.status, 'TO_BRANCH') && !o.matter,
};

/** What this actor may do to this order now: the same rules the services enforce, for clients to offer. */
export function allowedOrderActions(o: OrderState, actor: Actor, now: Date): A[] {
  return allowedActions(RULES, { o, office: isOffice(actor, o.community.id), team: isMemberOf(actor, o.team?.id), now });
}
