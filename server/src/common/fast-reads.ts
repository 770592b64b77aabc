import type { EntityManager } from '@mikro-orm/knex';
import { createRequire } from 'node:module';
import type { Config } from '../config';

type Database = { all(sql: string, params: unknown[], cb: (err: Error | null, rows: unknown[]) => void): void; close(cb?: (err: Error | null) => void): void };

/**
 * Hot public reads (boards, notices) as plain rows, without the ORM's query building and entities:
 * on SQLite through a read-only connection of its own (WAL lets it read beside the writer), on
 * PostgreSQL through the request's connection. Writes never come here. Each statement is prepared,
 * run and finalised at once: a prepared statement kept between runs may hold its read snapshot
 * open, and the next read would miss what was just committed.
 */
export class FastReads {
  private db: Database | undefined;

  constructor(
    private readonly database: Config['database'],
    /** Hears each statement, as the ORM's hook does (tests count them). */
    private readonly onQuery?: (sql: string) => void,
  ) {}

  private get sqlite(): Database | null {
    if (this.database.driver !== 'sqlite' || this.database.url === ':memory:') return null;
    if (!this.db) {
      // The driver MikroORM itself uses; required here so that PostgreSQL deployments never load it.
      const sqlite3 = createRequire(__filename)('sqlite3') as { Database: new (file: string, mode: number) => Database; OPEN_READONLY: number };
      this.db = new sqlite3.Database(this.database.url, sqlite3.OPEN_READONLY);
    }
    return this.db;
  }

  async all<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
    const db = this.sqlite;
    if (!db) return em.execute<T[]>(sql, params);
    this.onQuery?.(`[fast read] ${sql}`);
    return new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
  }

  async close() {
    const db = this.db;
    this.db = undefined;
    if (db) await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}
