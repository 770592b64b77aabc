import type { EntityManager } from '@mikro-orm/knex';
import type { Channel } from './channels';
import { Notification, NotificationStatus } from './notification.entity';

/** Attempts before a message is given up (and shown to staff as FAILED). */
export const MAX_ATTEMPTS = 6;
/** Time a worker holds a row while it sends; a worker that died lets it go after this. */
const CLAIM_MS = 60_000;
const BATCH = 50;

/** Waits after the nth failed attempt: 10 s, 20 s, 40 s ... at most an hour. */
export function backoffMs(attempt: number, baseMs = 10_000): number {
  return Math.min(3_600_000, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * Sends what the outbox holds. Each row is claimed with a conditional update before it is sent, so
 * two workers (two server processes) never send the same row; a row is SENT once, after the
 * channel accepted it.
 */
export class DeliveryWorker {
  constructor(
    private readonly channel: Channel,
    private readonly opts: { baseBackoffMs?: number; now?: () => Date } = {},
  ) {}

  async runOnce(em: EntityManager): Promise<{ sent: number; failed: number }> {
    const now = this.now();
    const due = await em.find(
      Notification,
      { status: NotificationStatus.PENDING, nextAttemptAt: { $lte: now }, $or: [{ claimedUntil: null }, { claimedUntil: { $lt: now } }] },
      { orderBy: { id: 'asc' }, limit: BATCH },
    );
    let sent = 0;
    let failed = 0;
    // Every row of the batch claimed in one transaction: one commit instead of one per row, on a
    // database whose one writer also serves the kiosks' reports.
    const claimed = due.length
      ? await em.transactional(async (tx) => {
          const mine: Notification[] = [];
          for (const n of due) {
            const won = await tx.nativeUpdate(
              Notification,
              { id: n.id, status: NotificationStatus.PENDING, attempts: n.attempts, $or: [{ claimedUntil: null }, { claimedUntil: { $lt: now } }] },
              { claimedUntil: new Date(now.getTime() + CLAIM_MS) },
            );
            if (won === 1) mine.push(n);
          }
          return mine;
        })
      : [];
    for (const n of claimed) {
      const attempts = n.attempts + 1;
      try {
        await this.channel.send({ id: n.id, phone: n.phone, text: n.text });
        await em.nativeUpdate(
          Notification,
          { id: n.id },
          { status: NotificationStatus.SENT, attempts, sentAt: this.now(), claimedUntil: null, lastError: null },
        );
        sent++;
      } catch (e) {
        const gaveUp = attempts >= MAX_ATTEMPTS;
        await em.nativeUpdate(
          Notification,
          { id: n.id },
          {
            status: gaveUp ? NotificationStatus.FAILED : NotificationStatus.PENDING,
            attempts,
            claimedUntil: null,
            lastError: String((e as Error).message ?? e).slice(0, 300),
            nextAttemptAt: new Date(this.now().getTime() + backoffMs(attempts, this.opts.baseBackoffMs)),
          },
        );
        failed++;
      }
    }
    return { sent, failed };
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }
}
