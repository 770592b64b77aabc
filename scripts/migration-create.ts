/**
 * Generates the next migration for both drivers from the entities, so the sqlite and postgresql
 * folders never drift: `npm run migration:create -- <name>`. Needs the PostgreSQL server of
 * DATABASE_URL_PG (default postgresql://postgres@127.0.0.1:5432/postgres) to diff against.
 */
import { MikroORM } from '@mikro-orm/core';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { ormOptions } from '../server/src/orm.config';

const name = process.argv[2] ?? 'change';
const root = resolve(__dirname, '../..');
const pgAdminUrl = process.argv[3] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function generate(driver: 'sqlite' | 'postgresql', url: string) {
  const folder = join(root, 'server/src/migrations', driver);
  const orm = await MikroORM.init({
    ...ormOptions({ driver, url }),
    migrations: {
      ...(ormOptions({ driver, url }).migrations ?? {}),
      path: folder,
      emit: 'ts',
      snapshot: false,
      fileName: (timestamp: string) => `Migration${timestamp}_${name}`,
    },
  });
  try {
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration(folder, false, false, name);
    if (!result.fileName) {
      console.log(`${driver}: no changes`);
      return;
    }
    console.log(`${driver}: ${result.fileName}`);
    writeIndex(driver, folder);
  } finally {
    await orm.close(true);
  }
}

function writeIndex(driver: string, folder: string) {
  const files = readdirSync(folder)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .sort();
  const lines = files.map((f, i) => `import { ${className(folder, f)} as M${i} } from './${f.replace(/\.ts$/, '')}';`);
  const list = files.map((f, i) => `  { name: '${f.replace(/\.ts$/, '')}', class: M${i} },`);
  writeFileSync(
    join(folder, 'index.ts'),
    `import type { MigrationObject } from '@mikro-orm/core';\n${lines.join('\n')}\n\n/** Applied in this order; scripts/migration-create.ts adds each new one here. */\nexport const ${driver}Migrations: MigrationObject[] = [\n${list.join('\n')}\n];\n`,
  );
}

function className(folder: string, file: string) {
  const m = /export class (\w+)/.exec(readFileSync(join(folder, file), 'utf8'));
  if (!m) throw new Error(`no class in ${file}`);
  return m[1];
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-migrate-'));
  await generate('sqlite', join(dir, 'diff.sqlite'));
  const db = `pavilion_migrate_${process.pid}`;
  const admin = new Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`create database ${db}`);
  try {
    const url = new URL(pgAdminUrl);
    url.pathname = `/${db}`;
    await generate('postgresql', url.toString());
  } finally {
    await admin.query(`drop database ${db} with (force)`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
