import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { StaffUser } from '../auth/staff-user.entity';
import { Community } from '../register/community.entity';
import { PropertyCompany } from '../register/company.entity';

/**
 * A monthly check of a company by one staff member (an office for its community's estates, or the
 * sub-district); recording again in the same month replaces that person's check.
 */
@Entity({ tableName: 'inspection' })
@Unique({ properties: ['company', 'month', 'inspector'] })
@Index({ properties: ['month'] })
export class Inspection {
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => PropertyCompany, { ref: true })
  company!: Ref<PropertyCompany>;

  @Property({ type: 'string', length: 7 })
  month!: string;

  @ManyToOne(() => StaffUser, { ref: true })
  inspector!: Ref<StaffUser>;

  /** The inspector's community; null for the sub-district. */
  @ManyToOne(() => Community, { ref: true, nullable: true })
  community?: Ref<Community> | null;

  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @Property({ type: Date })
  recordedAt: Date = new Date();
}

/** Points of one indicator in a check, in hundredths of a point. */
@Entity({ tableName: 'inspection_score' })
@Unique({ properties: ['inspection', 'indicator'] })
export class InspectionScore {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Inspection, { ref: true, deleteRule: 'cascade' })
  inspection!: Ref<Inspection>;

  @Property({ type: 'string', length: 8 })
  indicator!: string;

  @Property({ type: 'integer' })
  centipoints!: number;
}
