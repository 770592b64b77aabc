import { OptionalProps, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Branch } from '../register/branch.entity';
import { Community } from '../register/community.entity';
import { Role } from '../common/role';

@Entity({ tableName: 'staff_user' })
export class StaffUser {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 64, unique: true })
  username!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Property({ type: 'string', length: 20 })
  role!: Role;

  @Property({ type: 'string', length: 100 })
  displayName!: string;

  /** Set for OFFICE staff: the community whose office they work in. */
  @ManyToOne(() => Community, { ref: true, nullable: true })
  community?: Ref<Community> | null;

  /** Set for SECRETARY staff: the branch whose communities they deliberate for. */
  @ManyToOne(() => Branch, { ref: true, nullable: true })
  branch?: Ref<Branch> | null;

  @Property({ type: Date })
  createdAt: Date = new Date();
}
