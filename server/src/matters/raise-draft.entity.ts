import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Pavilion } from '../register/pavilion.entity';
import { MatterCategory } from './enums';
import { Matter } from './matter.entity';

/**
 * What a resident chose at a kiosk, handed to their phone by a QR code: the phone, with its own
 * input method, adds words and sends it. The code is the only key; a draft lives 30 minutes and
 * is sent once.
 */
@Entity({ tableName: 'raise_draft' })
@Index({ properties: ['expiresAt'] })
export class RaiseDraft {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 16, unique: true })
  code!: string;

  @ManyToOne(() => Pavilion, { ref: true })
  pavilion!: Ref<Pavilion>;

  @Property({ type: 'string', length: 20 })
  category!: MatterCategory;

  @Property({ type: 'string', length: 40, nullable: true })
  problem?: string | null;

  @Property({ type: 'integer', nullable: true })
  buildingId?: number | null;

  @Property({ type: 'integer', nullable: true })
  unitId?: number | null;

  @Property({ type: 'string', length: 60, nullable: true })
  title?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: Date })
  createdAt: Date = new Date();

  @Property({ type: Date })
  expiresAt!: Date;

  /** Set when the phone sends it: a draft makes one matter. */
  @ManyToOne(() => Matter, { ref: true, nullable: true })
  matter?: Ref<Matter> | null;
}
