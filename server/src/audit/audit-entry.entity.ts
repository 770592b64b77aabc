import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One staff action, append-only. Each row keeps the hash of the row before it and its own hash
 * over that and its content, so a changed or removed row breaks the chain from there on.
 */
@Entity({ tableName: 'audit_entry' })
export class AuditEntry {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: Date })
  at!: Date;

  @Property({ type: 'integer', nullable: true })
  actorId?: number | null;

  @Property({ type: 'string', length: 100 })
  actorName!: string;

  @Property({ type: 'string', length: 20 })
  actorRole!: string;

  @Property({ type: 'string', length: 40 })
  action!: string;

  @Property({ type: 'integer', nullable: true })
  matterId?: number | null;

  /** JSON of the action's arguments, without secrets. */
  @Property({ type: 'text' })
  details!: string;

  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Property({ type: 'string', length: 64, unique: true })
  hash!: string;
}
