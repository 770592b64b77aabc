import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver, EntityManager } from '@mikro-orm/knex';

/** Both drivers are SQL drivers; this type gives services the query builder. */
export type Orm = MikroORM<AbstractSqlDriver, EntityManager>;

export interface OrmHooks {
  /** Called with each SQL statement; tests count them. */
  onQuery?: (sql: string) => void;
}
