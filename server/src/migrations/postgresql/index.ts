import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126223115_init as M0 } from './Migration20261126223115_init';
import { Migration20261127111348_raise_place_and_drafts as M1 } from './Migration20261127111348_raise_place_and_drafts';
import { Migration20261127135648_service_centre as M2 } from './Migration20261127135648_service_centre';
import { Migration20261127164029_evaluation as M3 } from './Migration20261127164029_evaluation';
import { Migration20261127170731_conventions_grid_joint as M4 } from './Migration20261127170731_conventions_grid_joint';
import { Migration20261202013308_pavilion_estate as M5 } from './Migration20261202013308_pavilion_estate';

/** Applied in this order; scripts/migration-create.ts adds each new one here. */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261126223115_init', class: M0 },
  { name: 'Migration20261127111348_raise_place_and_drafts', class: M1 },
  { name: 'Migration20261127135648_service_centre', class: M2 },
  { name: 'Migration20261127164029_evaluation', class: M3 },
  { name: 'Migration20261127170731_conventions_grid_joint', class: M4 },
  { name: 'Migration20261202013308_pavilion_estate', class: M5 },
];
