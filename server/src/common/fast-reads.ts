import type { EntityManager } from '@mikro-orm/knex';
import { createRequire } from 'node:module';
import type { Config } from '../config';

type Statement = { all(params: unknown[], cb: (err: Error | null, rows: unknown[]) => void): void };
type Database = { prepare(sql: string): Statement; close(cb?: (err: Error | null) => void): void };

/**
 * Hot public reads (boards, notices) as plain rows, without the ORM's query building and entities:
 * on SQLite through prepared statements on a read-only connection of their own (WAL lets it read
 * beside the writer), on PostgreSQL through the request's connection. Writes never come here.
 */
export class FastReads {
  private db: Database | undefined;
  private readonly statements = new Map<string, Statement>();

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
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = db.prepare(sql)));
    return new Promise((resolve, reject) => statement.all(params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
  }

  async close() {
    const db = this.db;
    this.db = undefined;
    this.statements.clear();
    if (db) await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}
