/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { GridPost } from './grid-post.entity';
import { GridPostFieldsResolver, GridResolver } from './grid.resolver';
import type { GridService } from './grid.service';

export { GridRole } from './enums';
export { GridPost } from './grid-post.entity';
export { GridService, notifyBuildingHeads } from './grid.service';

/** The feature, declared once: what the ORM and the schema take from it. */
export const gridFeature = defineFeature<GridService>({
  name: 'grid',
  entities: [GridPost],
  resolvers: (s) => [new GridResolver(s), new GridPostFieldsResolver()],
});
