import type { EntityManager } from '@mikro-orm/knex';
import { conflict } from '../common/errors';
import { EvaluationClose } from './closing.entity';
import { touchingLabels, type Period } from './period';

/** The closed periods that a period touches (its own, those containing it, those it contains). */
export async function closedTouching(em: EntityManager, period: Period): Promise<EvaluationClose[]> {
  return em.find(EvaluationClose, { period: { $in: touchingLabels(period) } });
}

/** A closed period is frozen: nothing that counts toward it may change. */
export async function refuseIfClosed(em: EntityManager, period: Period): Promise<void> {
  const closed = await closedTouching(em, period);
  if (closed.length) throw conflict(`The period ${closed[0].period} is closed; its scores are frozen`, { period: closed[0].period });
}
