import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AuditService } from '../audit/audit.service';
import { requireResident, requireStaff, requireStaffOf } from '../auth/guards';
import { Role } from '../auth/role';
import { isCode, newCode, normaliseCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { consumeOrThrow } from '../common/rate-limits';
import type { Actor, StaffViewer } from '../common/actor';
import { badInput, conflict, DomainError, forbidden, notFound } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { Pavilion } from '../register/pavilion.entity';
import { MatterCategory, MatterEventKind, MatterStatus, type MatterStep, NoticeKind, ResolutionOutcome, TriageDecision } from './enums';
import { ACTION_ROLES, next, OPEN_STATUSES, statusesOf, type MatterAction } from './lifecycle';
import { MatterEvent } from './matter-event.entity';
import { Matter } from './matter.entity';
import { Notice } from './notice.entity';
import { Second } from './second.entity';
import { cleanMobile, cleanText } from './text';

export const TRIAGE_TARGET_MINUTES = 120;
export const RAISE_PER_PAVILION_PER_MINUTE = 5;
export const RAISE_PER_HOME_PER_HOUR = 10;

export interface RaiseInput {
  pavilionId: number;
  title: string;
  description: string;
  category: MatterCategory;
  contactPhone?: string | null;
}

export interface MatterFilterInput {
  pavilionId?: number | null;
  communityId?: number | null;
  status?: MatterStatus[] | null;
  step?: MatterStep | null;
}

export interface MatterPage {
  edges: Array<{ cursor: string; node: Matter }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface RaiseLimiters {
  pavilion: RateLimiterAbstract;
  home: RateLimiterAbstract;
}


/** The three steps: raising and seconding, triage and deliberation, execution and rating. */
export class MattersService {
  constructor(
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
    private readonly limiters: RaiseLimiters,
  ) {}

  // ---- Step 1: residents raise ----

  async raise(em: EntityManager, actor: Actor, input: RaiseInput): Promise<Matter> {
    const title = cleanText(input.title, 'title', { min: 4, max: 60 });
    const description = cleanText(input.description, 'description', { max: 2000, multiline: true });
    const contactPhone = cleanMobile(input.contactPhone);
    if (!Object.values(MatterCategory).includes(input.category)) throw badInput('Unknown category');
    const pavilion = await em.findOne(Pavilion, { id: input.pavilionId });
    if (!pavilion) throw notFound('Pavilion');
    const resident = actor.kind === 'resident' ? actor : null;
    // A kiosk is shared, so the pavilion is the limit's key; a signed-in resident has their own.
    await consumeOrThrow(this.limiters.pavilion, String(pavilion.id), 'This kiosk has sent many matters just now; please wait a minute');
    if (resident) await consumeOrThrow(this.limiters.home, String(resident.homeId), 'Your home has raised many matters this hour; please try again later');

    const matter = await this.write(em, async (tx) => {
      const trackingCode = await this.freeTrackingCode(tx);
      const m = tx.create(Matter, {
        trackingCode,
        title,
        description,
        category: input.category,
        status: MatterStatus.SUBMITTED,
        pavilion: pavilion.id,
        community: pavilion.community.id,
        raisedBy: resident?.homeId ?? null,
        contactPhone,
      });
      await tx.flush();
      this.addEvent(tx, m, MatterEventKind.RAISED, null);
      return m;
    });
    await this.publish(matter);
    return matter;
  }

  async second(em: EntityManager, actor: Actor, matterId: number): Promise<Matter> {
    const resident = requireResident(actor);
    const matter = await this.find(em, matterId);
    if (matter.community.id !== resident.communityId) throw forbidden('Residents second matters of their own community');
    await this.write(em, async (tx) => {
      const m = await tx.findOneOrFail(Matter, matter.id);
      next(m.status, 'SECOND');
      if (await tx.count(Second, { matter: m.id, home: resident.homeId })) throw conflict('Your home has already seconded this matter');
      await tx.insert(Second, { matter: m.id, home: resident.homeId, createdAt: new Date() });
      await tx.execute('update matter set second_count = second_count + 1 where id = ?', [m.id]);
    });
    return this.reloadAndPublish(em, matter.id);
  }

  // ---- Step 2: the branch deliberates ----

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
    return this.staffChange(em, actor, matterId, ACTION_ROLES.TRIAGE, 'triageMatter', { decision, reason: note }, (m) => {
      m.status = next(m.status, action[decision]);
      m.triagedAt = new Date();
      if (decision === TriageDecision.DECLINE) m.declineReason = note;
      return { kind: MatterEventKind.TRIAGED, note };
    });
  }

  async merge(em: EntityManager, actor: Actor, matterId: number, intoId: number): Promise<Matter> {
    const source = await this.find(em, matterId);
    const target = await this.find(em, intoId);
    const viewer = requireStaffOf(actor, source.community.id, ACTION_ROLES.MERGE);
    if (source.id === target.id) throw badInput('A matter cannot be merged into itself');
    if (source.community.id !== target.community.id) throw badInput('Matters of different communities cannot be merged');
    if (!OPEN_STATUSES.includes(target.status)) throw conflict(`The matter to merge into is ${target.status}, not open`, { status: target.status });
    await this.write(em, async (tx) => {
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
      if (moved.length) await tx.insertMany(Second, moved.map((home) => ({ matter: t.id, home, createdAt: new Date() })));
      t.secondCount += moved.length;
      this.addEvent(tx, s, MatterEventKind.MERGED, `→ ${t.trackingCode}`);
      await this.audit.append(tx, viewer, 'mergeMatter', s.id, { intoId: t.id, secondsMoved: moved.length });
    });
    await this.reloadAndPublish(em, target.id);
    return this.reloadAndPublish(em, source.id);
  }

  async recordResolution(em: EntityManager, actor: Actor, matterId: number, input: { summary: string; outcome: ResolutionOutcome }): Promise<Matter> {
    const summary = cleanText(input.summary, 'summary', { min: 1, max: 2000, multiline: true });
    const action: Record<ResolutionOutcome, MatterAction> = {
      [ResolutionOutcome.EXECUTE]: 'RESOLVE_EXECUTE',
      [ResolutionOutcome.PUT_TO_VOTE]: 'RESOLVE_PUT_TO_VOTE',
      [ResolutionOutcome.DECLINE]: 'RESOLVE_DECLINE',
    };
    if (!action[input.outcome]) throw badInput('Unknown outcome');
    return this.staffChange(em, actor, matterId, ACTION_ROLES.RESOLVE, 'recordResolution', { outcome: input.outcome, summary }, (m, tx) => {
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

  // ---- Step 3: the community executes ----

  async reportProgress(em: EntityManager, actor: Actor, matterId: number, percent: number, note: string): Promise<Matter> {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw badInput('percent is a whole number from 0 to 100', { field: 'percent' });
    const text = cleanText(note, 'note', { min: 1, max: 500, multiline: true });
    return this.staffChange(em, actor, matterId, ACTION_ROLES.REPORT_PROGRESS, 'reportProgress', { percent, note: text }, (m) => {
      m.status = next(m.status, 'REPORT_PROGRESS');
      m.progress = percent;
      return { kind: MatterEventKind.PROGRESS, note: text, progress: percent };
    });
  }

  async complete(em: EntityManager, actor: Actor, matterId: number, note: string): Promise<Matter> {
    const text = cleanText(note, 'note', { min: 1, max: 500, multiline: true });
    return this.staffChange(em, actor, matterId, ACTION_ROLES.COMPLETE, 'completeMatter', { note: text }, (m) => {
      m.status = next(m.status, 'COMPLETE');
      m.progress = 100;
      m.completedAt = new Date();
      return { kind: MatterEventKind.COMPLETED, note: text, progress: 100 };
    });
  }

  async resolveFollowUp(em: EntityManager, actor: Actor, matterId: number, note: string): Promise<Matter> {
    const text = cleanText(note, 'note', { min: 1, max: 500, multiline: true });
    return this.staffChange(em, actor, matterId, ACTION_ROLES.RESOLVE_FOLLOW_UP, 'resolveFollowUp', { note: text }, (m) => {
      if (!m.followUp) throw conflict('This matter is not on the follow-up list');
      m.followUp = false;
      return { kind: MatterEventKind.FOLLOWED_UP, note: text };
    });
  }

  /** The tracking code is the right to rate: whoever holds the receipt may rate once. */
  async rate(em: EntityManager, trackingCode: string, stars: number, comment?: string | null): Promise<Matter> {
    if (!Number.isInteger(stars) || stars < 1 || stars > 5) throw badInput('stars is a whole number from 1 to 5', { field: 'stars' });
    const text = comment ? cleanText(comment, 'comment', { max: 500, multiline: true }) || null : null;
    const found = await this.byTrackingCode(em, trackingCode);
    if (!found) throw notFound('Matter');
    await this.write(em, async (tx) => {
      const m = await tx.findOneOrFail(Matter, found.id);
      next(m.status, 'RATE');
      if (m.rating != null) throw conflict('This matter has already been rated');
      m.rating = stars;
      m.ratingComment = text;
      m.ratedAt = new Date();
      m.followUp = stars <= 2;
      this.addEvent(tx, m, MatterEventKind.RATED, null);
    });
    return this.reloadAndPublish(em, found.id);
  }

  // ---- Reading ----

  async byId(em: EntityManager, matterId: number): Promise<Matter | null> {
    return em.findOne(Matter, { id: matterId });
  }

  async byTrackingCode(em: EntityManager, code: string): Promise<Matter | null> {
    const trackingCode = normaliseCode(code);
    return isCode(trackingCode, TRACKING_CODE_LENGTH) ? em.findOne(Matter, { trackingCode }) : null;
  }

  async list(em: EntityManager, filter: MatterFilterInput | null | undefined, first?: number | null, after?: string | null): Promise<MatterPage> {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 0 || size > 100) throw badInput('first is a whole number from 0 to 100', { field: 'first' });
    const where: Record<string, unknown> = {};
    if (filter?.pavilionId) where.pavilion = filter.pavilionId;
    if (filter?.communityId) where.community = filter.communityId;
    const statuses = new Set<MatterStatus>(filter?.status?.length ? filter.status : Object.values(MatterStatus));
    if (filter?.step) for (const s of [...statuses]) if (!statusesOf(filter.step).includes(s)) statuses.delete(s);
    if (filter?.status?.length || filter?.step) where.status = { $in: [...statuses] };
    const totalCount = await em.count(Matter, where);
    let pageWhere = where;
    if (after) {
      const [at, afterId] = decodeCursor(after);
      pageWhere = { ...where, $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: afterId } }] };
    }
    const rows = size === 0 ? [] : await em.find(Matter, pageWhere, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: size + 1 });
    const nodes = rows.slice(0, size);
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** Untriaged matters of the secretary's communities, oldest first. */
  async inbox(em: EntityManager, actor: Actor): Promise<Matter[]> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.SECRETARY, Role.OFFICE]);
    return em.find(Matter, { status: MatterStatus.SUBMITTED, ...scope(viewer) }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit: 500 });
  }

  async followUps(em: EntityManager, actor: Actor): Promise<Matter[]> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY]);
    return em.find(Matter, { followUp: true, ...scope(viewer) }, { orderBy: [{ ratedAt: 'asc' }, { id: 'asc' }], limit: 500 });
  }

  async inExecution(em: EntityManager, actor: Actor): Promise<Matter[]> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY]);
    return em.find(Matter, { status: MatterStatus.IN_EXECUTION, ...scope(viewer) }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit: 500 });
  }

  async notices(em: EntityManager, communityId?: number | null, first = 20): Promise<Notice[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first is a whole number from 1 to 100');
    return em.find(Notice, communityId ? { community: communityId } : {}, { orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], limit: first });
  }

  // ---- Shared machinery ----

  async find(em: EntityManager, matterId: number): Promise<Matter> {
    const m = await em.findOne(Matter, { id: matterId });
    if (!m) throw notFound('Matter');
    return m;
  }

  /** Runs `change` on a staff-owned transition: checks, event, audit row, one transaction, then publishes. */
  async staffChange(
    em: EntityManager, actor: Actor,
    matterId: number,
    roles: readonly Role[],
    action: string,
    details: Record<string, unknown>,
    change: (m: Matter, tx: EntityManager, viewer: StaffViewer) => { kind: MatterEventKind; note: string | null; progress?: number } | Promise<{ kind: MatterEventKind; note: string | null; progress?: number }>,
  ): Promise<Matter> {
    const matter = await this.find(em, matterId);
    const viewer = requireStaffOf(actor, matter.community.id, roles);
    await this.write(em, async (tx) => {
      const m = await tx.findOneOrFail(Matter, matter.id);
      const event = await change(m, tx, viewer);
      this.addEvent(tx, m, event.kind, event.note, event.progress);
      await this.audit.append(tx, viewer, action, m.id, details);
    });
    return this.reloadAndPublish(em, matter.id);
  }

  addEvent(tx: EntityManager, m: Matter, kind: MatterEventKind, note: string | null, progress?: number) {
    tx.create(MatterEvent, { matter: m, at: new Date(), status: m.status, kind, note, progress: progress ?? null });
  }

  /** One transaction; a concurrent change of the same row answers CONFLICT instead of losing it. */
  async write<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await em.transactional(work);
    } catch (e) {
      if (e instanceof OptimisticLockError) throw conflict('The matter was changed by someone else just now; reload and try again');
      if (e instanceof UniqueConstraintViolationException && !(e instanceof DomainError)) throw conflict('This was already done');
      throw e;
    }
  }

  async reloadAndPublish(em: EntityManager, matterId: number): Promise<Matter> {
    const m = await em.findOneOrFail(Matter, matterId, { refresh: true });
    if (m.events.isInitialized()) await m.events.load({ refresh: true });
    await this.publish(m);
    return m;
  }

  async publish(m: Matter) {
    this.pubSub.publish('MATTER_UPDATED', { eventId: randomUUID(), matterId: m.id, pavilionId: m.pavilion.id, communityId: m.community.id });
  }

  private async freeTrackingCode(tx: EntityManager): Promise<string> {
    for (let i = 0; i < 10; i++) {
      const code = newCode(TRACKING_CODE_LENGTH);
      if (!(await tx.count(Matter, { trackingCode: code }))) return code;
    }
    throw conflict('Could not find a free tracking code; try again');
  }
}

function scope(viewer: StaffViewer): Record<string, unknown> {
  return viewer.communityIds === 'ALL' ? {} : { community: { $in: viewer.communityIds } };
}

export function encodeCursor(m: Matter): string {
  return Buffer.from(JSON.stringify([m.createdAt.getTime(), m.id])).toString('base64url');
}

function decodeCursor(cursor: string): [Date, number] {
  try {
    const [at, mid] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof at === 'number' && Number.isSafeInteger(mid)) return [new Date(at), mid];
  } catch {
    /* falls through */
  }
  throw badInput('after is not a cursor this server gave out', { field: 'after' });
}

