import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput, notFound } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { inTransaction } from '../common/transaction';
import { MatterEventKind, ACTION_ROLES, next, Matter, type MatterTimeline } from '../matters';
import { cleanText, shanghaiWords } from '../common/text';
import { Pavilion } from '../register';
import { AgendaItem, Meeting } from './meeting.entity';

const MAX_AGENDA = 30;

export class MeetingsService {
  constructor(
    private readonly audit: AuditService,
    private readonly timeline: MatterTimeline,
    private readonly pubSub: AppPubSub,
  ) {}

  async schedule(em: EntityManager, actor: Actor, input: { pavilionId: number; title: string; startsAt: Date; matterIds: number[] }): Promise<Meeting> {
    const title = cleanText(input.title, 'title', { min: 2, max: 100 });
    if (!(input.startsAt instanceof Date) || Number.isNaN(input.startsAt.getTime())) throw badInput('startsAt is not a time');
    const ids = [...new Set(input.matterIds)];
    if (ids.length === 0) throw badInput('A meeting needs at least one matter on its agenda');
    if (ids.length > MAX_AGENDA) throw badInput(`At most ${MAX_AGENDA} matters on one agenda`);
    const pavilion = await em.findOne(Pavilion, { id: input.pavilionId });
    if (!pavilion) throw notFound('Pavilion');
    const viewer = requireStaffOf(actor, pavilion.community.id, ACTION_ROLES.SCHEDULE);
    const meeting = await inTransaction(em, async (tx) => {
      const matters = await tx.find(Matter, { id: { $in: ids } });
      if (matters.length !== ids.length) throw notFound('Matter');
      for (const m of matters) {
        if (m.community.id !== pavilion.community.id) throw badInput(`Matter ${m.trackingCode} belongs to another community`);
        next(m.status, 'SCHEDULE');
      }
      const meeting = tx.create(Meeting, { pavilion: pavilion.id, community: pavilion.community.id, title, startsAt: input.startsAt });
      ids.forEach((matterId, position) => tx.create(AgendaItem, { meeting, matter: matterId, position }));
      await tx.flush();
      for (const m of matters) this.timeline.addEvent(tx, m, MatterEventKind.SCHEDULED, `${title} · ${shanghaiWords(input.startsAt)}`);
      await this.audit.append(tx, viewer, 'scheduleMeeting', null, { meetingId: meeting.id, pavilionId: pavilion.id, matterIds: ids });
      return meeting;
    });
    for (const matterId of ids) await this.timeline.reloadAndPublish(em, matterId);
    return meeting;
  }

  async recordMinutes(em: EntityManager, actor: Actor, meetingId: number, attendance: number, minutes: string): Promise<Meeting> {
    if (!Number.isInteger(attendance) || attendance < 0 || attendance > 10_000) throw badInput('attendance is a whole number from 0 to 10,000');
    const text = cleanText(minutes, 'minutes', { min: 1, max: 20_000, multiline: true });
    const meeting = await em.findOne(Meeting, { id: meetingId });
    if (!meeting) throw notFound('Meeting');
    const viewer = requireStaffOf(actor, meeting.community.id, [Role.SECRETARY]);
    await inTransaction(em, async (tx) => {
      const m = await tx.findOneOrFail(Meeting, meeting.id);
      m.attendance = attendance;
      m.minutes = text;
      await this.audit.append(tx, viewer, 'recordMeetingMinutes', null, { meetingId: m.id, attendance });
    });
    this.pubSub.publish('COMMUNITY_CHANGED', { communityId: meeting.community.id });
    return em.findOneOrFail(Meeting, meeting.id, { refresh: true });
  }

  list(em: EntityManager, communityId?: number | null, pavilionId?: number | null): Promise<Meeting[]> {
    const where: Record<string, unknown> = {};
    if (communityId) where.community = communityId;
    if (pavilionId) where.pavilion = pavilionId;
    return em.find(Meeting, where, { orderBy: [{ startsAt: 'desc' }, { id: 'desc' }], limit: 100 });
  }
}
