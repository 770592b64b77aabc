import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { requireStaff } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput, conflict, notFound } from '../common/errors';
import { num } from '../common/sql';
import { inTransaction } from '../common/transaction';
import { cleanText } from '../common/text';
import { JointProblemStatus, JointUnitKind } from './enums';
import { JointAgenda, JointAttendance, JointMeeting, JointPartner, JointProblem, JointUnit } from './joint.entity';

/** Those who run the joint meetings: the sub-district and the branches. */
const ORGANISERS = [Role.STREET_ADMIN, Role.SECRETARY] as const;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export interface UnitFigures {
  unitId: number;
  raised: number;
  solved: number;
  solvedOnTime: number;
}

/** The area's joint meetings (联席会议): the units, each quarter's meeting, the problems carried until solved. */
export class JointMeetings {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {}

  async addUnit(em: EntityManager, actor: Actor, name: string, kind: JointUnitKind): Promise<JointUnit> {
    const viewer = requireStaff(actor, ORGANISERS);
    const text = cleanText(name, 'name', { min: 2, max: 60 });
    if (!Object.values(JointUnitKind).includes(kind)) throw badInput('Unknown kind', { field: 'kind' });
    return inTransaction(em, async (tx) => {
      if (await tx.findOne(JointUnit, { name: text })) throw conflict('A unit of that name is already there');
      const unit = tx.create(JointUnit, { name: text, kind });
      await tx.flush();
      await this.audit.append(tx, viewer, 'JOINT_UNIT_ADDED', null, { unitId: unit.id, kind });
      return unit;
    });
  }

  private async units(em: EntityManager, ids: number[], field: string): Promise<JointUnit[]> {
    const unique = [...new Set(ids)];
    const units = await em.find(JointUnit, { id: { $in: unique } });
    if (units.length !== unique.length) throw badInput('Unknown unit', { field });
    return units;
  }

  /** Records a meeting; every problem still open goes on its table, carried over once more. */
  async recordMeeting(em: EntityManager, actor: Actor, quarter: string, heldAt: Date, attendeeIds: number[], minutes?: string | null): Promise<JointMeeting> {
    const viewer = requireStaff(actor, ORGANISERS);
    const q = QUARTER.exec(quarter.trim());
    if (!q) throw badInput('quarter is written like 2026-Q4', { field: 'quarter' });
    if (!(heldAt instanceof Date) || Number.isNaN(heldAt.getTime()) || heldAt > this.clock())
      throw badInput('heldAt is a time that has passed', { field: 'heldAt' });
    const text = minutes == null ? null : cleanText(minutes, 'minutes', { max: 5000, multiline: true }) || null;
    if (attendeeIds.length < 2) throw badInput('A joint meeting has at least two units', { field: 'attendeeIds' });
    await this.units(em, attendeeIds, 'attendeeIds');
    const meeting = await inTransaction(em, async (tx) => {
      const m = tx.create(JointMeeting, { quarter: q[0], heldAt, minutes: text, recordedBy: viewer.userId });
      await tx.flush();
      for (const unit of new Set(attendeeIds)) tx.create(JointAttendance, { meeting: m.id, unit });
      const open = await tx.find(JointProblem, { status: JointProblemStatus.OPEN, raisedAt: { heldAt: { $lt: heldAt } } });
      for (const p of open) {
        p.carriedOver++;
        tx.create(JointAgenda, { meeting: m.id, problem: p.id, carried: true });
      }
      await this.audit.append(tx, viewer, 'JOINT_MEETING_RECORDED', null, {
        meetingId: m.id,
        quarter: q[0],
        attendees: attendeeIds.length,
        carried: open.length,
      });
      return m;
    });
    return meeting;
  }

  async addProblem(
    em: EntityManager,
    actor: Actor,
    input: { meetingId: number; title: string; leadUnitId: number; partnerIds: number[]; dueBy: Date },
  ): Promise<JointProblem> {
    const viewer = requireStaff(actor, ORGANISERS);
    const title = cleanText(input.title, 'title', { min: 2, max: 100 });
    const meeting = await em.findOne(JointMeeting, { id: input.meetingId });
    if (!meeting) throw notFound('Meeting');
    if (!(input.dueBy instanceof Date) || Number.isNaN(input.dueBy.getTime()) || input.dueBy <= meeting.heldAt)
      throw badInput('dueBy comes after the meeting', { field: 'dueBy' });
    await this.units(em, [input.leadUnitId], 'leadUnitId');
    const partners = [...new Set(input.partnerIds)].filter((p) => p !== input.leadUnitId);
    await this.units(em, partners, 'partnerIds');
    return inTransaction(em, async (tx) => {
      const p = tx.create(JointProblem, { title, leadUnit: input.leadUnitId, dueBy: input.dueBy, raisedAt: meeting.id });
      await tx.flush();
      for (const unit of partners) tx.create(JointPartner, { problem: p.id, unit });
      tx.create(JointAgenda, { meeting: meeting.id, problem: p.id, carried: false });
      await this.audit.append(tx, viewer, 'JOINT_PROBLEM_ADDED', null, { problemId: p.id, meetingId: meeting.id });
      return p;
    });
  }

  async solve(em: EntityManager, actor: Actor, problemId: number, note: string): Promise<JointProblem> {
    const viewer = requireStaff(actor, ORGANISERS);
    const text = cleanText(note, 'note', { min: 2, max: 300, multiline: true });
    return inTransaction(em, async (tx) => {
      const p = await tx.findOne(JointProblem, { id: problemId });
      if (!p) throw notFound('Problem');
      if (p.status === JointProblemStatus.SOLVED) throw conflict('This problem is already solved', { status: p.status });
      p.status = JointProblemStatus.SOLVED;
      p.solvedAt = this.clock();
      p.solvedNote = text;
      await this.audit.append(tx, viewer, 'JOINT_PROBLEM_SOLVED', null, { problemId });
      return p;
    });
  }

  /** Per unit: problems it led, how many solved, how many by their due date. */
  async figures(em: EntityManager): Promise<UnitFigures[]> {
    const rows = await em.execute<Array<Record<string, unknown>>>(
      `select lead_unit_id, count(*) as raised,
              sum(case when status = ? then 1 else 0 end) as solved,
              sum(case when status = ? and solved_at <= due_by then 1 else 0 end) as on_time
         from joint_problem group by lead_unit_id`,
      [JointProblemStatus.SOLVED, JointProblemStatus.SOLVED],
    );
    return rows.map((r) => ({ unitId: num(r.lead_unit_id), raised: num(r.raised), solved: num(r.solved), solvedOnTime: num(r.on_time) }));
  }
}
