import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { conflict, DomainError } from './errors';

/**
 * One transaction for a change; a concurrent change of the same row, or a second insert of what
 * must be unique, answers CONFLICT instead of losing a write or leaking a database error.
 */
export async function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (e) {
    if (e instanceof OptimisticLockError) throw conflict('This was changed by someone else just now; reload and try again');
    if (e instanceof UniqueConstraintViolationException && !(e instanceof DomainError)) throw conflict('This was already done');
    throw e;
  }
}
