import { LRUCache } from 'lru-cache';

/** Statements kept per connection; lists of `?` vary in length, so the set is bounded. */
export const MAX_KEPT_STATEMENTS = 500;

type Preparing<S> = { prepare(sql: string): S };

/**
 * Makes a better-sqlite3 connection keep its prepared statements by SQL text, for SQL written with
 * `?` parameters (the plain-row reads): preparing costs as much as running a small statement. A
 * statement runs to its end whenever it is used (`all`, `run`), so sharing one is safe; SQLite
 * prepares a kept statement again by itself when a migration changes the schema. (The ORM writes
 * its values into the SQL text, so its own connection would gain nothing from this.)
 */
export function keepPreparedStatements<S extends object>(conn: Preparing<S>, max = MAX_KEPT_STATEMENTS): Preparing<S> {
  const prepare = conn.prepare.bind(conn);
  const kept = new LRUCache<string, S>({ max });
  conn.prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (!statement) {
      statement = prepare(sql);
      kept.set(sql, statement);
    }
    return statement;
  };
  return conn;
}
