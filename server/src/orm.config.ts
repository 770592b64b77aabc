import { DataloaderType, LoadStrategy, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { Orm, OrmHooks } from './common/orm';
import type { Config } from './config';
import { entities } from './entities';
import { postgresqlMigrations } from './migrations/postgresql';
import { sqliteMigrations } from './migrations/sqlite';

export type { OrmHooks };

type SqliteConn = { exec(sql: string): unknown };

export function ormOptions(database: Config['database'], hooks: OrmHooks = {}): Options {
  const common = {
    entities,
    dataloader: DataloaderType.ALL,
    // Populate with small indexed queries: nested joins make SQLite materialise whole tables.
    loadStrategy: LoadStrategy.SELECT_IN,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // Schema changes happen through migrations only, never at run time.
    ensureDatabase: false,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    debug: hooks.onQuery ? (['query'] as const).slice() : false,
    logger: hooks.onQuery ? (msg: string) => hooks.onQuery!(msg) : undefined,
    colors: false,
  } satisfies Partial<Options>;

  if (database.driver === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      pool: { min: 0, max: 10 },
      migrations: { migrationsList: postgresqlMigrations, silent: true, transactional: true, allOrNothing: true, snapshot: false },
    } as Options;
  }
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: database.url,
    pool: {
      min: 1,
      max: 1,
      // WAL lets readers go on while one writer commits; NORMAL sync survives a killed process.
      afterCreate: (conn: SqliteConn, done: (err: Error | null, conn: SqliteConn) => void) => {
        try {
          conn.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
          done(null, conn);
        } catch (err) {
          done(err as Error, conn);
        }
      },
    },
    migrations: { migrationsList: sqliteMigrations, silent: true, transactional: true, allOrNothing: true, snapshot: false },
  } as Options;
}

export type { Orm };

export async function initOrm(database: Config['database'], hooks: OrmHooks = {}): Promise<Orm> {
  return (await MikroORM.init(ormOptions(database, hooks))) as unknown as Orm;
}
