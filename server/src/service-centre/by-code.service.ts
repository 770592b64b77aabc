import type { EntityManager } from '@mikro-orm/knex';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { PUBLIC_ACTOR } from '../audit';
import { isCode, normaliseCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { badInput, conflict, notFound } from '../common/errors';
import { consumeOrThrow } from '../common/rate-limits';
import { cleanText } from '../common/text';
import { clocksFrom } from './clocks';
import { ServiceItem } from './catalogue.entity';
import { WorkOrderEventKind, WorkOrderStatus } from './enums';
import type { WorkOrderJournal } from './journal';
import { after, may, REOPEN_DAYS } from './lifecycle';
import { changeOrder, type Clock } from './order-change';
import { WorkOrder } from './work-order.entity';

const RESIDENT = '居民';

/** What anyone holding an order's tracking code may do: urge it, reopen it within 7 days of done, rate it. */
export class ByCodeService {
  constructor(
    private readonly journal: WorkOrderJournal,
    /** One urge per order per hour. */
    private readonly urges: RateLimiterAbstract,
    private readonly clock: Clock,
  ) {}

  async find(em: EntityManager, code: string): Promise<WorkOrder | null> {
    const clean = normaliseCode(code ?? '');
    if (!isCode(clean, TRACKING_CODE_LENGTH)) return null;
    return em.findOne(WorkOrder, { trackingCode: clean });
  }

  async urge(em: EntityManager, code: string): Promise<WorkOrder> {
    const order = await this.get(em, code);
    // A closed order is not urged, and a refused urge spends nothing of the hour.
    if (!may(order.status, 'URGE')) after(order.status, 'URGE');
    await consumeOrThrow(this.urges, String(order.id), 'This order was urged less than an hour ago; the team has been told');
    return changeOrder(em, this.journal, this.clock(), order.id, PUBLIC_ACTOR, (o) => {
      after(o.status, 'URGE');
      o.urgeCount += 1;
      return { kind: WorkOrderEventKind.URGED, by: RESIDENT };
    });
  }

  /** Rework: the order goes back to its team with both clocks started again. */
  async reopen(em: EntityManager, code: string, text: string): Promise<WorkOrder> {
    const order = await this.get(em, code);
    const note = cleanText(text, 'note', { min: 2, max: 500, multiline: true });
    const now = this.clock();
    return changeOrder(em, this.journal, now, order.id, PUBLIC_ACTOR, async (o, tx) => {
      after(o.status, 'REOPEN');
      if (!o.doneAt || now.getTime() - o.doneAt.getTime() > REOPEN_DAYS * 86_400_000) {
        throw conflict(`An order can be reopened within ${REOPEN_DAYS} days of being done`, { status: o.status });
      }
      const item = await tx.findOneOrFail(ServiceItem, o.item.id);
      o.status = o.team ? WorkOrderStatus.DISPATCHED : WorkOrderStatus.REPORTED;
      Object.assign(o, clocksFrom(now, item));
      o.acknowledgedAt = null;
      o.doneAt = null;
      o.ratedAt = null;
      o.respondWarned = false;
      o.resolveWarned = false;
      o.reworkCount += 1;
      return { kind: WorkOrderEventKind.REOPENED, note, by: RESIDENT };
    });
  }

  /** Speed and quality, 1 to 5 each; either at 2 or below puts the order on the office's follow-up list. */
  async rate(em: EntityManager, code: string, speed: number, quality: number, comment?: string | null): Promise<WorkOrder> {
    for (const [field, v] of [
      ['speed', speed],
      ['quality', quality],
    ] as const) {
      if (!Number.isInteger(v) || v < 1 || v > 5) throw badInput(`${field} is a whole number from 1 to 5`, { field });
    }
    const clean = cleanText(comment, 'comment', { max: 500, multiline: true }) || null;
    const order = await this.get(em, code);
    const now = this.clock();
    return changeOrder(em, this.journal, now, order.id, PUBLIC_ACTOR, (o) => {
      after(o.status, 'RATE');
      if (o.ratedAt) throw conflict('This order has already been rated', { status: o.status });
      o.ratingSpeed = speed;
      o.ratingQuality = quality;
      o.ratingComment = clean;
      o.ratedAt = now;
      if (Math.min(speed, quality) <= 2) o.followUp = true;
      return { kind: WorkOrderEventKind.RATED, note: `速度 ${speed} · 质量 ${quality}`, by: RESIDENT };
    });
  }

  private async get(em: EntityManager, code: string): Promise<WorkOrder> {
    const order = await this.find(em, code);
    if (!order) throw notFound('Work order');
    return order;
  }
}
