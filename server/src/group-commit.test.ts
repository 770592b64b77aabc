import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, type Orm } from './orm.config';
import { Branch } from './register';
import { testDatabase, until } from './test/harness';
import { GroupCommit } from './common/group-commit';

let orm: Orm;
let drop: () => Promise<void>;
beforeAll(async () => {
  const db = await testDatabase();
  drop = db.drop;
  orm = await initOrm(db.database);
  await orm.getMigrator().up();
});
afterAll(async () => {
  await orm?.close(true);
  await drop?.();
});

/** Writes a branch per item, one transaction per batch, and answers its id. */
function branchWriter(afterCommit: (ids: number[]) => void, onAfterCommitError?: (e: unknown) => void) {
  return new GroupCommit<string, number>(
    async (tx, names) => {
      const rows = names.map((name) => tx.create(Branch, { name }));
      await tx.flush();
      return rows.map((r) => ({ value: r.id }));
    },
    { maxBatch: 50, afterCommit, onAfterCommitError },
  );
}

describe('group commit', () => {
  it('answers every caller of a batch whose after-commit step fails, keeps their writes, reports the failure, and goes on', async () => {
    const reported: unknown[] = [];
    let published: number[] = [];
    let fail = true;
    const group = branchWriter(
      (ids) => {
        if (fail) throw new Error('the publisher is down');
        published = published.concat(ids);
      },
      (e) => reported.push(e),
    );
    const em = orm.em.fork();
    const names = Array.from({ length: 10 }, (_, i) => `第${i}批支部`);
    const ids = await Promise.all(names.map((n) => group.write(em, n)));
    expect(new Set(ids).size).toBe(10);
    expect(await orm.em.fork().count(Branch, { name: { $in: names } })).toBe(10);
    await until(() => reported.length > 0, 'the failure to be reported');
    expect((reported[0] as Error).message).toBe('the publisher is down');
    // The queue still works, and the next batch is published.
    fail = false;
    const more = await Promise.all(['后来一', '后来二'].map((n) => group.write(em, n)));
    expect(published).toEqual(expect.arrayContaining(more));
    expect(reported).toHaveLength(1);
  });

  it('gives every caller of a batch that fails as a whole that failure, and writes none of it', async () => {
    const group = new GroupCommit<string, number>(
      async (tx, names) => {
        names.forEach((name) => tx.create(Branch, { name }));
        await tx.flush();
        throw new Error('refused whole');
      },
      { maxBatch: 50 },
    );
    const em = orm.em.fork();
    const names = ['整批一', '整批二', '整批三'];
    const results = await Promise.allSettled(names.map((n) => group.write(em, n)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await orm.em.fork().count(Branch, { name: { $in: names } })).toBe(0);
  });
});
