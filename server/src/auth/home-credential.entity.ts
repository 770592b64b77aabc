import { OptionalProps, Entity, OneToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Home } from '../register/home.entity';
import { StaffUser } from './staff-user.entity';
import { ManyToOne } from '@mikro-orm/core';

/** The credential a resident types at a kiosk: a home code and a PIN, of which only a hash is kept. */
@Entity({ tableName: 'home_credential' })
export class HomeCredential {
  [OptionalProps]?: 'issuedAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @OneToOne(() => Home, { ref: true, owner: true, unique: true })
  home!: Ref<Home>;

  @Property({ type: 'string', length: 16, unique: true })
  homeCode!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  pinHash!: string;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true })
  issuedBy?: Ref<StaffUser> | null;

  @Property({ type: Date })
  issuedAt: Date = new Date();
}
