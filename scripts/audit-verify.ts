/**
 * `npm run audit:verify`: walks the audit log's hash chain in the database of DATABASE_URL and
 * names the first row that does not hold. Exit code 0 when sound, 1 when broken.
 */
import 'reflect-metadata';
import { AuditService } from '../server/src/audit';
import { ConfigError, loadConfig } from '../server/src/config';
import { initOrm } from '../server/src/orm.config';

async function main() {
  const config = loadConfig();
  const orm = await initOrm(config.database);
  try {
    const { rows, broken } = await new AuditService(config.database.driver).verify(orm.em.fork());
    if (broken) {
      console.error(`Audit log BROKEN at row ${broken.id}: ${broken.reason}. ${rows} rows before it are sound.`);
      process.exitCode = 1;
    } else {
      console.log(`Audit log sound: ${rows} rows, every hash links to the one before.`);
    }
  } finally {
    await orm.close(true);
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
