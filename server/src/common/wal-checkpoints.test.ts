import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WalCheckpoints } from './wal-checkpoints';

const dir = mkdtempSync(join(tmpdir(), 'pavilion-wal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const until = async (done: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('checkpoints beside the writer', () => {
  it('copies the log back while the writer keeps its own checkpoints off, and asks the writer to start a long log over', async () => {
    const file = join(dir, 'wal.sqlite');
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('create table t (id integer primary key, body text)');
    const insert = writer.prepare('insert into t (body) values (?)');
    const before = statSync(file).size;
    for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(2_000));
    // With its own checkpoints off, the writer copies nothing back: the rows wait in the log.
    // (Checked before the worker starts, which would otherwise copy while the rows go in.)
    expect(statSync(file).size).toBe(before);
    const restarts: number[] = [];
    const errors: string[] = [];
    const checkpoints = WalCheckpoints.start(file, {
      everyMs: 20,
      restartFrames: 200,
      restart: async () => restarts.push(writer.pragma('wal_checkpoint(RESTART)', { simple: true }) as number),
      onError: (m) => errors.push(m),
    });
    try {
      // The worker alone brings them to the database file.
      await until(() => statSync(file).size > 3_000_000);
      // The log grew past 200 pages, so the writer was asked to start it over, once it had been copied.
      await until(() => restarts.length > 0);
      insert.run('after the restart');
      expect(writer.prepare('select count(*) as n from t').get()).toEqual({ n: 2_001 });
      expect(errors).toEqual([]);
    } finally {
      await checkpoints.stop();
      writer.close();
    }
  });
});
