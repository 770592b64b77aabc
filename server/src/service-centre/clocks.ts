import { WorkOrderStatus as S } from './enums';

/**
 * The two clocks of an order, in wall-clock minutes from the report (nights and holidays count:
 * a resident waits through them too). Respond runs to a team's acknowledgement, resolve to done.
 */
export interface Clocks {
  respondBy: Date;
  resolveBy: Date;
}

export function clocksFrom(start: Date, item: { respondMinutes: number; resolveMinutes: number }): Clocks {
  return {
    respondBy: new Date(start.getTime() + item.respondMinutes * 60_000),
    resolveBy: new Date(start.getTime() + item.resolveMinutes * 60_000),
  };
}

export interface ClockState {
  status: S;
  respondBy: Date;
  resolveBy: Date;
  acknowledgedAt?: Date | null;
}

/** Waiting for a team to acknowledge: the respond clock runs. */
const RESPOND_RUNS: readonly S[] = [S.REPORTED, S.DISPATCHED];
/** Not done yet: the resolve clock runs (it stops on the ledger). */
const RESOLVE_RUNS: readonly S[] = [S.REPORTED, S.DISPATCHED, S.ACKNOWLEDGED, S.AWAITING_CHECK];

export function respondOverdue(o: ClockState, now: Date): boolean {
  return RESPOND_RUNS.includes(o.status) && now > o.respondBy;
}

export function resolveOverdue(o: ClockState, now: Date): boolean {
  return RESOLVE_RUNS.includes(o.status) && now > o.resolveBy;
}

/** Past respondBy without acknowledgement, or past resolveBy without being done. */
export function isOverdue(o: ClockState, now: Date): boolean {
  return respondOverdue(o, now) || resolveOverdue(o, now);
}

/**
 * How long before a deadline the team and the office are warned: a quarter of the window, at
 * most 30 minutes (so a 30-minute promise warns at 7.5 minutes left).
 */
export function warnAhead(windowMinutes: number): number {
  return Math.min(30, windowMinutes / 4) * 60_000;
}

/** The item's promise in minutes sets the warning's lead (a reopened order runs the same windows again). */
export function respondDueSoon(o: ClockState, now: Date, respondMinutes: number): boolean {
  if (!RESPOND_RUNS.includes(o.status) || now > o.respondBy) return false;
  return o.respondBy.getTime() - now.getTime() <= warnAhead(respondMinutes);
}

export function resolveDueSoon(o: ClockState, now: Date, resolveMinutes: number): boolean {
  if (!RESOLVE_RUNS.includes(o.status) || now > o.resolveBy) return false;
  return o.resolveBy.getTime() - now.getTime() <= warnAhead(resolveMinutes);
}

export { RESPOND_RUNS, RESOLVE_RUNS };

/** The deadline that runs now (lists sort by it; past it, the order is overdue): null once the clocks stop. */
export function dueAtOf(o: { status: S; respondBy: Date; resolveBy: Date }): Date | null {
  return RESPOND_RUNS.includes(o.status) ? o.respondBy : RESOLVE_RUNS.includes(o.status) ? o.resolveBy : null;
}
