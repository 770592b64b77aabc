import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { initOrm } from '../server/src/orm.config';
import { Community } from '../server/src/register';
import { seedTwoCommunities, startTestApp, type TestApp } from '../server/src/test/harness';

const run = promisify(execFile);
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedTwoCommunities(app);
});
afterAll(() => app?.close());

it('copies the running SQLite database, or names pg_dump for PostgreSQL', async () => {
  const script = join(__dirname, '../build/scripts/backup.js');
  const env = { ...process.env, DATABASE_URL: app.databaseUrl };
  if (app.database.driver === 'postgresql') {
    const refused = await run(process.execPath, [script], { env }).catch((e) => e);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('pg_dump');
    return;
  }
  const target = join(mkdtempSync(join(tmpdir(), 'pavilion-backup-')), 'copy.sqlite');
  const out = await run(process.execPath, [script, target], { env });
  expect(out.stdout).toContain(target);
  expect(existsSync(target)).toBe(true);
  const copy = await initOrm({ driver: 'sqlite', url: target });
  try {
    expect((await copy.em.fork().find(Community, {}, { orderBy: { id: 'asc' } })).map((c) => c.name)).toEqual(['甲社区', '乙社区']);
  } finally {
    await copy.close(true);
  }
});
