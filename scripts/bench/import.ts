/**
 * Imports 100,000 homes from one CSV into a fresh SQLite file through the same service the
 * importHomes mutation uses, and prints the time and the peak memory of the process.
 * Target: under 30 s and under 500 MB.
 */
import { createPubSub } from '../../server/src/common/pubsub';
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../../server/src/common/role';
import { initOrm } from '../../server/src/orm.config';
import { Branch, Community, ImportService, IMPORT_HEADER } from '../../server/src/register';
import { AuditService } from '../../server/src/audit';

const HOMES = Number(process.argv[2] ?? 100_000);

function csv(n: number): string {
  const lines = [IMPORT_HEADER];
  for (let i = 0; i < n; i++) {
    const community = `社区${i % 10}`;
    const estate = `小区${Math.floor(i / 2000)}`;
    const building = `${Math.floor(i / 100) % 20}栋`;
    const unit = `${Math.floor(i / 50) % 2}单元`;
    const floor = Math.floor((i % 50) / 4) + 1;
    lines.push(
      `${community},${estate},${building},${unit},${floor},${floor}0${i % 4}-${i},${60 + (i % 100)}.${String(i % 100).padStart(2, '0')},O${Math.floor(i / 3)}`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-'));
  const orm = await initOrm({ driver: 'sqlite', url: join(dir, 'bench.sqlite') });
  await orm.getMigrator().up();
  const em = orm.em.fork();
  const branch = em.create(Branch, { name: 'bench' });
  for (let c = 0; c < 10; c++) em.create(Community, { name: `社区${c}`, branch });
  await em.flush();
  const text = csv(HOMES);
  const started = process.hrtime.bigint();
  const report = await new ImportService(new AuditService('sqlite'), createPubSub().pubSub).importHomes(
    orm.em.fork(),
    { kind: 'staff', userId: 0, role: Role.STREET_ADMIN, displayName: 'bench', communityIds: 'ALL' },
    text,
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const again = process.hrtime.bigint();
  const second = await new ImportService(new AuditService('sqlite'), createPubSub().pubSub).importHomes(
    orm.em.fork(),
    { kind: 'staff', userId: 0, role: Role.STREET_ADMIN, displayName: 'bench', communityIds: 'ALL' },
    text,
  );
  const secondSeconds = Number(process.hrtime.bigint() - again) / 1e9;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`import of ${HOMES} homes on SQLite: created ${report.created}, errors ${report.errors.length}`);
  console.log(`  first import:  ${seconds.toFixed(2)} s (target < 30 s)`);
  console.log(`  same file again (nothing to change: created ${second.created}, updated ${second.updated}): ${secondSeconds.toFixed(2)} s`);
  console.log(`  peak memory (max RSS of the process): ${peakMb.toFixed(0)} MB (target < 500 MB)`);
  await orm.close(true);
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
