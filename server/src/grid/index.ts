/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { GridPost } from './grid-post.entity';
import { GridPostFieldsResolver, GridResolver } from './grid.resolver';
import { GridService, notifyBuildingHeads } from './grid.service';
import type { AuditService } from '../audit';

export { GridRole } from './enums';
export { GridPost } from './grid-post.entity';
export { GridService, notifyBuildingHeads } from './grid.service';

/** The feature, declared once: what the ORM and the schema take from it. */
export const gridFeature = defineFeature({
  name: 'grid',
  entities: [GridPost],
  services: (kit, needs: { audit: AuditService }) => {
    // Building heads hear of what is raised or reported in their buildings.
    kit.buildingNews.listen(notifyBuildingHeads);
    return new GridService(needs.audit, kit.pubSub);
  },
  resolvers: (s) => [new GridResolver(s), new GridPostFieldsResolver()],
});
