import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Estate } from '../register/estate.entity';
import { Home } from '../register/home.entity';
import { PropertyCompany } from '../register/company.entity';
import { ComplaintTopic } from './enums';

/** A one-click complaint (一键投诉) by a home about its estate's company. */
@Entity({ tableName: 'property_complaint' })
@Index({ properties: ['company', 'createdAt'] })
@Index({ properties: ['home', 'createdAt'] })
export class PropertyComplaint {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Estate, { ref: true })
  estate!: Ref<Estate>;

  @ManyToOne(() => PropertyCompany, { ref: true })
  company!: Ref<PropertyCompany>;

  @ManyToOne(() => Home, { ref: true })
  home!: Ref<Home>;

  @Property({ type: 'string', length: 20 })
  topic!: ComplaintTopic;

  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;

  @Property({ type: Date })
  createdAt: Date = new Date();
}
