/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

export { AuditEntry } from './audit-entry.entity';
export { AuditService, PUBLIC_ACTOR, SYSTEM_ACTOR } from './audit.service';
export type { AuditActor } from './audit.service';

/** The feature, declared once: what the ORM and the schema take from it. */
export const auditFeature = defineFeature({
  name: 'audit',
  entities: [AuditEntry],
  services: (kit) => new AuditService(kit.database.driver),
  resolvers: (s) => [new AuditResolver(s)],
});
