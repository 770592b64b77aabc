import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor, StaffViewer } from '../common/actor';
import { inTransaction } from '../common/transaction';
import { MatterEventKind } from './enums';
import { Matter } from './matter.entity';
import { findMatter, type MatterTimeline } from './timeline';

/** A staff-owned transition of a matter: role and community checked, the change, its event and audit row in one transaction, then published. */
export class StaffTransitions {
  constructor(
    private readonly audit: AuditService,
    private readonly timeline: MatterTimeline,
  ) {}

  /** Runs `change` on a staff-owned transition: checks, event, audit row, one transaction, then publishes. */
  async run(
    em: EntityManager,
    actor: Actor,
    matterId: number,
    roles: readonly Role[],
    action: string,
    details: Record<string, unknown>,
    change: (
      m: Matter,
      tx: EntityManager,
      viewer: StaffViewer,
    ) => { kind: MatterEventKind; note: string | null; progress?: number } | Promise<{ kind: MatterEventKind; note: string | null; progress?: number }>,
  ): Promise<Matter> {
    const matter = await findMatter(em, matterId);
    const viewer = requireStaffOf(actor, matter.community.id, roles);
    await inTransaction(em, async (tx) => {
      const m = await tx.findOneOrFail(Matter, matter.id);
      const event = await change(m, tx, viewer);
      this.timeline.addEvent(tx, m, event.kind, event.note, event.progress);
      await this.audit.append(tx, viewer, action, m.id, details);
    });
    return this.timeline.reloadAndPublish(em, matter.id);
  }
}
