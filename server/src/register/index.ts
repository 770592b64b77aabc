/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { Branch } from './branch.entity';
import { Community } from './community.entity';
import { Estate } from './estate.entity';
import { Building } from './building.entity';
import { Unit } from './unit.entity';
import { Home } from './home.entity';
import { Pavilion } from './pavilion.entity';
import { PropertyCompany } from './company.entity';
import {
  BuildingFieldsResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  PavilionFieldsResolver,
  RegisterResolver,
  UnitFieldsResolver,
} from './register.resolver';
import { ImportService } from './import.service';
import { CodeRulesResolver } from './code-rules.resolver';
import type { AuditService } from '../audit';

export { Branch } from './branch.entity';
export { Building } from './building.entity';
export { Community } from './community.entity';
export { PropertyCompany } from './company.entity';
export { Estate } from './estate.entity';
export { Home } from './home.entity';
export { Pavilion } from './pavilion.entity';
export { Unit } from './unit.entity';
export { IMPORT_HEADER, ImportService } from './import.service';
export { ImportReportType } from './import.types';

/** The feature, declared once: what the ORM and the schema take from it. */
export const registerFeature = defineFeature({
  name: 'register',
  entities: [Branch, Community, Estate, Building, Unit, Home, Pavilion, PropertyCompany],
  services: (kit, needs: { audit: AuditService }) => new ImportService(needs.audit, kit.pubSub),
  resolvers: (s) => [
    new RegisterResolver(s),
    new CodeRulesResolver(),
    new CommunityFieldsResolver(),
    new EstateFieldsResolver(),
    new BuildingFieldsResolver(),
    new UnitFieldsResolver(),
    new PavilionFieldsResolver(),
  ],
});
