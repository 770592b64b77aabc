import { OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Home } from '../register/home.entity';
import { Role } from '../common/role';
import { StaffUser } from './staff-user.entity';

/** A signed-in session. Only the SHA-256 of its bearer token is stored. */
@Entity({ tableName: 'auth_session' })
export class AuthSession {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'string', length: 20 })
  role!: Role;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true })
  staff?: Ref<StaffUser> | null;

  @ManyToOne(() => Home, { ref: true, nullable: true })
  home?: Ref<Home> | null;

  /** For a resident: the home's community and a label, kept here so a request needs one lookup. */
  @Property({ type: 'integer', nullable: true })
  communityId?: number | null;

  @Property({ type: 'string', length: 200, nullable: true })
  label?: string | null;

  @Property({ type: Date })
  @Index()
  expiresAt!: Date;

  @Property({ type: Date })
  createdAt: Date = new Date();
}
