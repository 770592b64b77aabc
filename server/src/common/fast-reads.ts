import type { EntityManager } from '@mikro-orm/knex';
import type BetterSqlite from 'better-sqlite3';
import { createRequire } from 'node:module';
import type { DatabaseConfig } from './dialect';
import { keepPreparedStatements } from './sqlite-statements';

/**
 * Hot public reads (boards, notices) as plain rows, without the ORM's query building and entities:
 * on SQLite through a read-only connection of its own (WAL lets it read beside the writer), on
 * PostgreSQL through the request's connection. Writes never come here. A statement runs to its end
 * and is reset at once, so it holds no read snapshot between runs and sees every commit.
 */
export class FastReads {
  private db: BetterSqlite.Database | undefined;

  constructor(
    private readonly database: DatabaseConfig,
    /** Hears each statement, as the ORM's hook does (tests count them). */
    private readonly onQuery?: (sql: string) => void,
  ) {}

  private get sqlite(): BetterSqlite.Database | null {
    if (this.database.driver !== 'sqlite' || this.database.url === ':memory:') return null;
    if (!this.db) {
      // The driver MikroORM itself uses; required here so that PostgreSQL deployments never load it.
      const Database = createRequire(__filename)('better-sqlite3') as typeof BetterSqlite;
      this.db = keepPreparedStatements(new Database(this.database.url, { readonly: true, fileMustExist: true })) as BetterSqlite.Database;
    }
    return this.db;
  }

  async all<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
    const db = this.sqlite;
    if (!db) return em.execute<T[]>(sql, params);
    this.onQuery?.(`[fast read] ${sql}`);
    return db.prepare(sql).all(...params.map(bindable)) as T[];
  }

  async close() {
    this.db?.close();
    this.db = undefined;
  }
}

/** SQLite binds numbers, text and null; the ORM stores dates as milliseconds and booleans as 0 or 1. */
function bindable(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
