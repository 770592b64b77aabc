import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { requireStaffOf } from '../common/guards';
import type { Actor } from '../common/actor';
import { badInput, conflict } from '../common/errors';
import { inTransaction } from '../common/transaction';
import { MatterEventKind, NoticeKind, ResolutionOutcome, TriageDecision } from './enums';
import { ACTION_ROLES, next, OPEN_STATUSES, type MatterAction } from './lifecycle';
import { Matter } from './matter.entity';
import { Notice } from './notice.entity';
import { Second } from './second.entity';
import type { StaffTransitions } from './staff-transitions';
import { cleanText } from '../common/text';
import { findMatter, type MatterTimeline } from './timeline';

/** Step 2: the branch triages, merges duplicates and records resolutions. */
export class DeliberationService {
  constructor(
    private readonly audit: AuditService,
    private readonly timeline: MatterTimeline,
    private readonly transitions: StaffTransitions,
  ) {}

  async triage(em: EntityManager, actor: Actor, matterId: number, decision: TriageDecision, reason?: string | null): Promise<Matter> {
    const action: Record<TriageDecision, MatterAction> = {
      [TriageDecision.DELIBERATE]: 'TRIAGE_DELIBERATE',
      [TriageDecision.ROUTE_TO_OFFICE]: 'TRIAGE_ROUTE_TO_OFFICE',
      [TriageDecision.DECLINE]: 'TRIAGE_DECLINE',
    };
    const note =
      decision === TriageDecision.DECLINE
        ? cleanText(reason, 'reason', { min: 1, max: 500, multiline: true })
        : reason
          ? cleanText(reason, 'reason', { max: 500, multiline: true }) || null
          : null;
    return this.transitions.run(em, actor, matterId, ACTION_ROLES.TRIAGE, 'triageMatter', { decision, reason: note }, (m) => {
      m.status = next(m.status, action[decision]);
      m.triagedAt = new Date();
      if (decision === TriageDecision.DECLINE) m.declineReason = note;
      return { kind: MatterEventKind.TRIAGED, note };
    });
  }

  async merge(em: EntityManager, actor: Actor, matterId: number, intoId: number): Promise<Matter> {
    const source = await findMatter(em, matterId);
    const target = await findMatter(em, intoId);
    const viewer = requireStaffOf(actor, source.community.id, ACTION_ROLES.MERGE);
    if (source.id === target.id) throw badInput('A matter cannot be merged into itself');
    if (source.community.id !== target.community.id) throw badInput('Matters of different communities cannot be merged');
    if (!OPEN_STATUSES.includes(target.status)) throw conflict(`The matter to merge into is ${target.status}, not open`, { status: target.status });
    await inTransaction(em, async (tx) => {
      const s = await tx.findOneOrFail(Matter, source.id);
      const t = await tx.findOneOrFail(Matter, target.id);
      s.status = next(s.status, 'MERGE');
      next(t.status, 'MERGE_TARGET');
      s.mergedInto = tx.getReference(Matter, t.id) as never;
      s.triagedAt ??= new Date();
      // Seconds carry over, and so does the support of the home that raised the duplicate.
      const supporters = new Set((await tx.find(Second, { matter: s.id }, { fields: ['home'] })).map((x) => x.home.id));
      if (s.raisedBy) supporters.add(s.raisedBy.id);
      const already = new Set((await tx.find(Second, { matter: t.id }, { fields: ['home'] })).map((x) => x.home.id));
      if (t.raisedBy) already.add(t.raisedBy.id);
      const moved = [...supporters].filter((h) => !already.has(h));
      if (moved.length)
        await tx.insertMany(
          Second,
          moved.map((home) => ({ matter: t.id, home, createdAt: new Date() })),
        );
      t.secondCount += moved.length;
      this.timeline.addEvent(tx, s, MatterEventKind.MERGED, `→ ${t.trackingCode}`);
      await this.audit.append(tx, viewer, 'mergeMatter', s.id, { intoId: t.id, secondsMoved: moved.length });
    });
    await this.timeline.reloadAndPublish(em, target.id);
    return this.timeline.reloadAndPublish(em, source.id);
  }

  async recordResolution(em: EntityManager, actor: Actor, matterId: number, input: { summary: string; outcome: ResolutionOutcome }): Promise<Matter> {
    const summary = cleanText(input.summary, 'summary', { min: 1, max: 2000, multiline: true });
    const action: Record<ResolutionOutcome, MatterAction> = {
      [ResolutionOutcome.EXECUTE]: 'RESOLVE_EXECUTE',
      [ResolutionOutcome.PUT_TO_VOTE]: 'RESOLVE_PUT_TO_VOTE',
      [ResolutionOutcome.DECLINE]: 'RESOLVE_DECLINE',
    };
    if (!action[input.outcome]) throw badInput('Unknown outcome');
    return this.transitions.run(em, actor, matterId, ACTION_ROLES.RESOLVE, 'recordResolution', { outcome: input.outcome, summary }, (m, tx) => {
      m.status = next(m.status, action[input.outcome]);
      const now = new Date();
      m.resolutionSummary = summary;
      m.resolutionOutcome = input.outcome;
      m.resolvedAt = now;
      if (input.outcome === ResolutionOutcome.DECLINE) m.declineReason = summary;
      tx.create(Notice, { matter: m, community: m.community, kind: NoticeKind.RESOLUTION, title: m.title, body: summary, publishedAt: now });
      return { kind: MatterEventKind.RESOLVED, note: summary };
    });
  }
}
