import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126223115_init as M0 } from './Migration20261126223115_init';

/** Applied in this order; scripts/migration-create.ts adds each new one here. */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261126223115_init', class: M0 },
];
