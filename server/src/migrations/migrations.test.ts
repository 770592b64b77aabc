import { afterAll, describe, expect, it } from 'vitest';
import { initOrm, type Orm } from '../orm.config';
import { testDatabase } from '../test/harness';

/**
 * The migrations of the driver under test build exactly the schema the entities describe:
 * CI runs this once on SQLite and once on PostgreSQL.
 */
describe('migrations', () => {
  let orm: Orm | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await orm?.close(true);
    await drop?.();
  });

  it('apply on an empty database and leave no schema difference from the entities', async () => {
    const db = await testDatabase();
    drop = db.drop;
    orm = await initOrm(db.database);
    const migrator = orm.getMigrator();
    expect((await migrator.getPendingMigrations()).length).toBeGreaterThan(0);
    await migrator.up();
    expect(await migrator.getPendingMigrations()).toEqual([]);
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });
});
