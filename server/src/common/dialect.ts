/**
 * The SQL dialect the process runs on, read once from config (`database.driver`) and handed to
 * the services that write dialect-specific SQL (PostgreSQL's advisory locks, for one).
 */
export type Dialect = 'sqlite' | 'postgresql';

/** Where the data lives: the driver, and a file (SQLite) or a connection URL (PostgreSQL). */
export interface DatabaseConfig {
  driver: Dialect;
  url: string;
}
