import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { PropertyCompany } from '../register/company.entity';

/** The third-party assessor's points for one company, period and indicator (imported; a new import replaces). */
@Entity({ tableName: 'third_party_score' })
@Unique({ properties: ['company', 'period', 'indicator'] })
export class ThirdPartyScore {
  [OptionalProps]?: 'importedAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => PropertyCompany, { ref: true })
  company!: Ref<PropertyCompany>;

  /** 2026-11, 2026-Q4 or 2026. */
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Property({ type: 'string', length: 8 })
  indicator!: string;

  @Property({ type: 'integer' })
  centipoints!: number;

  @Property({ type: Date })
  importedAt: Date = new Date();
}
