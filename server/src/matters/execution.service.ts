import type { EntityManager } from '@mikro-orm/knex';
import type { Actor } from '../common/actor';
import { badInput, conflict, notFound } from '../common/errors';
import { inTransaction } from '../common/transaction';
import { MatterEventKind } from './enums';
import { ACTION_ROLES, next } from './lifecycle';
import { Matter } from './matter.entity';
import type { MatterQueries } from './queries';
import type { StaffTransitions } from './staff-transitions';
import { cleanText } from '../common/text';
import { type MatterTimeline } from './timeline';

/**
 * A port, "may this matter complete?": the features that carry matters out (the service centre's
 * work orders) say what still stands in the way, in the completing transaction, or null.
 */
export type CompletionCheck = (tx: EntityManager, matterId: number) => Promise<string | null>;

/** Step 3: the community office reports progress and completes; whoever holds the code rates; low ratings are followed up. */
export class ExecutionService {
  constructor(
    private readonly timeline: MatterTimeline,
    private readonly transitions: StaffTransitions,
    private readonly queries: MatterQueries,
  ) {}

  private readonly completionChecks: CompletionCheck[] = [];

  /** A feature whose work carries a matter out registers here what keeps the matter from completing. */
  addCompletionCheck(check: CompletionCheck) {
    this.completionChecks.push(check);
  }

  async reportProgress(em: EntityManager, actor: Actor, matterId: number, percent: number, note: string): Promise<Matter> {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw badInput('percent is a whole number from 0 to 100', { field: 'percent' });
    const text = cleanText(note, 'note', { min: 1, max: 500, multiline: true });
    return this.transitions.run(em, actor, matterId, ACTION_ROLES.REPORT_PROGRESS, 'reportProgress', { percent, note: text }, (m) => {
      m.status = next(m.status, 'REPORT_PROGRESS');
      m.progress = percent;
      return { kind: MatterEventKind.PROGRESS, note: text, progress: percent };
    });
  }

  async complete(em: EntityManager, actor: Actor, matterId: number, note: string): Promise<Matter> {
    const text = cleanText(note, 'note', { min: 1, max: 500, multiline: true });
    return this.transitions.run(em, actor, matterId, ACTION_ROLES.COMPLETE, 'completeMatter', { note: text }, async (m, tx) => {
      // The matter is done when the work that carries it out is.
      for (const check of this.completionChecks) {
        const why = await check(tx, m.id);
        if (why) throw conflict(why, { status: m.status });
      }
      m.status = next(m.status, 'COMPLETE');
      m.progress = 100;
      m.completedAt = new Date();
      return { kind: MatterEventKind.COMPLETED, note: text, progress: 100 };
    });
  }

  async resolveFollowUp(em: EntityManager, actor: Actor, matterId: number, note: string): Promise<Matter> {
    const text = cleanText(note, 'note', { min: 1, max: 500, multiline: true });
    return this.transitions.run(em, actor, matterId, ACTION_ROLES.RESOLVE_FOLLOW_UP, 'resolveFollowUp', { note: text }, (m) => {
      if (!m.followUp) throw conflict('This matter is not on the follow-up list');
      m.followUp = false;
      return { kind: MatterEventKind.FOLLOWED_UP, note: text };
    });
  }

  /** The tracking code is the right to rate: whoever holds the receipt may rate once. */
  async rate(em: EntityManager, trackingCode: string, stars: number, comment?: string | null): Promise<Matter> {
    if (!Number.isInteger(stars) || stars < 1 || stars > 5) throw badInput('stars is a whole number from 1 to 5', { field: 'stars' });
    const text = comment ? cleanText(comment, 'comment', { max: 500, multiline: true }) || null : null;
    const found = await this.queries.byTrackingCode(em, trackingCode);
    if (!found) throw notFound('Matter');
    await inTransaction(em, async (tx) => {
      const m = await tx.findOneOrFail(Matter, found.id);
      next(m.status, 'RATE');
      if (m.rating != null) throw conflict('This matter has already been rated');
      m.rating = stars;
      m.ratingComment = text;
      m.ratedAt = new Date();
      m.followUp = stars <= 2;
      this.timeline.addEvent(tx, m, MatterEventKind.RATED, null);
    });
    return this.timeline.reloadAndPublish(em, found.id);
  }
}
