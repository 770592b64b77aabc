import { actsFor, isMemberOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { WorkOrderAction as A, WorkOrderStatus } from './enums';
import { may, REOPEN_DAYS } from './lifecycle';

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

/** What this actor may do to this order now: the same rules the services enforce, for clients to offer. */
export function allowedOrderActions(o: OrderState, actor: Actor, now: Date): A[] {
  const office = isOffice(actor, o.community.id);
  const team = isMemberOf(actor, o.team?.id);
  const out: A[] = [];
  if (office && may(o.status, 'DISPATCH')) out.push(A.DISPATCH);
  if (team && may(o.status, 'ACKNOWLEDGE')) out.push(A.ACKNOWLEDGE);
  if ((team || office) && may(o.status, 'NOTE')) out.push(A.NOTE);
  if (team && may(o.status, 'FINISH')) out.push(A.FINISH);
  if (office && may(o.status, 'ACCEPT')) out.push(A.CHECK);
  if (office && may(o.status, 'PUT_ON_LEDGER')) out.push(A.PUT_ON_LEDGER);
  if (office && may(o.status, 'CANCEL')) out.push(A.CANCEL);
  if (may(o.status, 'URGE')) out.push(A.URGE);
  if (may(o.status, 'REOPEN') && o.doneAt && now.getTime() - o.doneAt.getTime() <= REOPEN_DAYS * 86_400_000) out.push(A.REOPEN);
  if (may(o.status, 'RATE') && !o.ratedAt) out.push(A.RATE);
  if (office && o.followUp) out.push(A.RESOLVE_FOLLOW_UP);
  if (office && may(o.status, 'TO_BRANCH') && !o.matter) out.push(A.TO_BRANCH);
  return out;
}
