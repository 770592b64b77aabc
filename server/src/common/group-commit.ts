import type { EntityManager } from '@mikro-orm/knex';

/** What one item of a batch came to: its answer, or the error that refused it alone. */
export type Settled<T> = { value: T } | { error: unknown };

/**
 * Group commit. SQLite has one writer, so a transaction per request caps a write at a few hundred
 * a second, most of it spent on the transaction's own statements and bookkeeping. Items that arrive while a batch commits wait and go together in the next transaction,
 * written by `writeBatch`; each caller is answered only after the commit that holds its item (or
 * with the error that refused it alone), and every caller of a batch that fails as a whole gets
 * that failure. `afterCommit` hears each committed batch's answers (to publish them) once its
 * callers are answered; what it throws is reported to `onAfterCommitError`, never to the callers,
 * whose writes stand, and the queue goes on.
 */
export class GroupCommit<In, Out> {
  private queue: Array<{ item: In; em: EntityManager; done: (o: Out) => void; fail: (e: unknown) => void }> = [];
  private draining = false;

  constructor(
    private readonly writeBatch: (tx: EntityManager, items: In[]) => Promise<Settled<Out>[]>,
    private readonly opts: {
      maxBatch: number;
      afterCommit?: (answers: Out[]) => void;
      onAfterCommitError?: (error: unknown) => void;
      transaction?: <T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>) => Promise<T>;
    },
  ) {}

  write(em: EntityManager, item: In): Promise<Out> {
    return new Promise((done, fail) => {
      this.queue.push({ item, em, done, fail });
      void this.drain();
    });
  }

  /** A batch of one at once, outside the queue (a database with many writers needs no waiting). */
  writeAlone(em: EntityManager, item: In): Promise<Out> {
    return new Promise((done, fail) => void this.commit([{ item, em, done, fail }]));
  }

  private async drain() {
    if (this.draining) return;
    this.draining = true;
    try {
      // SQLite answers on the calling thread without giving the event loop a turn, so a batch
      // started at once would hold only the request that started it. Waiting for the requests
      // already read in this turn of the loop lets them join.
      await new Promise((resolve) => setImmediate(resolve));
      while (this.queue.length) await this.commit(this.queue.splice(0, this.opts.maxBatch));
    } finally {
      this.draining = false;
    }
  }

  private async commit(batch: GroupCommit<In, Out>['queue']) {
    let settled: Settled<Out>[];
    try {
      const work = (tx: EntityManager) =>
        this.writeBatch(
          tx,
          batch.map((b) => b.item),
        );
      const em = batch[0].em.fork();
      settled = await (this.opts.transaction ? this.opts.transaction(em, work) : em.transactional(work));
    } catch (e) {
      for (const b of batch) b.fail(e);
      return;
    }
    batch.forEach((b, i) => {
      const s = settled[i];
      if ('value' in s) b.done(s.value);
      else b.fail(s.error);
    });
    try {
      this.opts.afterCommit?.(settled.flatMap((s) => ('value' in s ? [s.value] : [])));
    } catch (e) {
      (this.opts.onAfterCommitError ?? reportAfterCommitError)(e);
    }
  }
}

/** Where a failed after-commit step goes when its owner names no place: the process's warnings. */
function reportAfterCommitError(error: unknown): void {
  process.emitWarning(error instanceof Error ? error : new Error(String(error)), { code: 'GROUP_COMMIT_AFTER_COMMIT' });
}
