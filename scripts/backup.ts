/**
 * `npm run backup [-- <file>]`: a consistent copy of the SQLite database while the server runs
 * (SQLite's VACUUM INTO), by default to data/backups/pavilion-<UTC time>.sqlite. Votes, ballots
 * and the audit log must outlive any one machine: owners may ask to review them and a decision
 * can be challenged in court. For PostgreSQL use its own tool, pg_dump.
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../server/src/config';
import { initOrm } from '../server/src/orm.config';

async function main() {
  const config = loadConfig();
  if (config.database.driver === 'postgresql') {
    console.error('DATABASE_URL is PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom --file=pavilion.dump "$DATABASE_URL"');
    process.exit(2);
  }
  if (config.database.url === ':memory:') throw new Error('an in-memory database has nothing to back up');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = resolve(process.argv[2] ?? join(dirname(config.database.url), 'backups', `pavilion-${stamp}.sqlite`));
  mkdirSync(dirname(target), { recursive: true });
  const orm = await initOrm(config.database);
  try {
    await orm.em.getConnection().execute('vacuum into ?', [target], 'run');
    console.log(`backed up ${config.database.url} to ${target}`);
  } finally {
    await orm.close(true);
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
