import type { EntityManager } from '@mikro-orm/knex';
import { SYSTEM_ACTOR } from '../audit';
import { ServiceItem } from './catalogue.entity';
import { respondDueSoon, resolveDueSoon, RESOLVE_RUNS, RESPOND_RUNS, warnAhead } from './clocks';
import { WorkOrderEventKind } from './enums';
import type { WorkOrderJournal } from './journal';
import { changeOrder, type Clock } from './order-change';
import { WorkOrder } from './work-order.entity';

/** The longest lead a warning can have (warnAhead's cap), to narrow the query. */
const MAX_LEAD_MS = warnAhead(Number.MAX_SAFE_INTEGER);

/**
 * Warns the team and the office before a deadline: one timeline event per clock and order (the
 * console flags the order and the team's phone lists it first). Run every minute by the jobs.
 */
export class DeadlineWatch {
  constructor(
    private readonly journal: WorkOrderJournal,
    private readonly clock: Clock,
  ) {}

  async run(em: EntityManager): Promise<number> {
    const now = this.clock();
    const horizon = new Date(now.getTime() + MAX_LEAD_MS);
    const candidates = await em.find(
      WorkOrder,
      {
        $or: [
          { status: { $in: [...RESPOND_RUNS] }, respondWarned: false, respondBy: { $gte: now, $lte: horizon } },
          { status: { $in: [...RESOLVE_RUNS] }, resolveWarned: false, resolveBy: { $gte: now, $lte: horizon } },
        ],
      },
      { limit: 500 },
    );
    if (candidates.length === 0) return 0;
    const items = new Map((await em.find(ServiceItem, { id: { $in: [...new Set(candidates.map((o) => o.item.id))] } })).map((i) => [i.id, i]));
    let warned = 0;
    for (const candidate of candidates) {
      const item = items.get(candidate.item.id)!;
      const respond = !candidate.respondWarned && respondDueSoon(candidate, now, item.respondMinutes);
      const resolve = !respond && !candidate.resolveWarned && resolveDueSoon(candidate, now, item.resolveMinutes);
      if (!respond && !resolve) continue;
      await changeOrder(em.fork(), this.journal, now, candidate.id, SYSTEM_ACTOR, (o) => {
        if (respond) o.respondWarned = true;
        else o.resolveWarned = true;
        return {
          kind: respond ? WorkOrderEventKind.RESPOND_DUE_SOON : WorkOrderEventKind.RESOLVE_DUE_SOON,
          note: `${respond ? '响应' : '办结'}时限 ${minutesLeft(respond ? o.respondBy : o.resolveBy, now)} 分钟后到期`,
          by: '系统',
        };
      });
      warned++;
    }
    return warned;
  }
}

function minutesLeft(deadline: Date, now: Date): number {
  return Math.max(0, Math.round((deadline.getTime() - now.getTime()) / 60_000));
}
