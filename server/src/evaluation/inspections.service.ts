import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { actsFor, requireStaff } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput, forbidden, notFound } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { inTransaction } from '../common/transaction';
import { cleanText } from '../common/text';
import { Estate, PropertyCompany } from '../register';
import { EvaluationPeriodKind, IndicatorSource } from './enums';
import { refuseIfClosed } from './frozen';
import { Inspection, InspectionScore } from './inspection.entity';
import { monthOf, parsePeriod } from './period';
import { indicatorsOf, type PlacedIndicator } from './standard';
import type { StandardStore } from './standards';

export interface PointsInput {
  code: string;
  points: number;
}

/** Points of an indicator in hundredths: within 0..weight, at most two decimals kept. */
export function centipointsOf(indicator: PlacedIndicator, points: number, field: string): number {
  if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > indicator.weight)
    throw badInput(`${indicator.code} takes 0 to ${indicator.weight} points`, { field, indicator: indicator.code });
  return Math.round(points * 100);
}

/** Monthly checks: an office for the estates of its communities, the sub-district for all. */
export class InspectionService {
  constructor(
    private readonly standards: StandardStore,
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
    private readonly clock: () => Date,
  ) {}

  async record(
    em: EntityManager,
    actor: Actor,
    companyId: number,
    month: string,
    scores: PointsInput[],
    note?: string | null,
  ): Promise<{ companyId: number; month: string }> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE]);
    const period = parsePeriod(EvaluationPeriodKind.MONTH, month, 'month');
    if (period.label > monthOf(this.clock())) throw badInput('A check is recorded for this month or one before', { field: 'month' });
    const text = note == null ? null : cleanText(note, 'note', { max: 500, multiline: true }) || null;
    const { body } = await this.standards.current(em);
    const byCode = new Map(indicatorsOf(body).map((i) => [i.code, i]));
    if (!scores.length) throw badInput('Score at least one indicator', { field: 'scores' });
    const seen = new Set<string>();
    const rows = scores.map((s) => {
      const indicator = byCode.get(s.code);
      if (!indicator) throw badInput(`Unknown indicator ${s.code}`, { field: 'scores', indicator: s.code });
      if (indicator.source !== IndicatorSource.INSPECTION) throw badInput(`${s.code} is not scored by a check`, { field: 'scores', indicator: s.code });
      if (seen.has(s.code)) throw badInput(`${s.code} is scored twice`, { field: 'scores', indicator: s.code });
      seen.add(s.code);
      return { indicator: s.code, centipoints: centipointsOf(indicator, s.points, 'scores') };
    });
    const company = await em.findOne(PropertyCompany, { id: companyId });
    if (!company) throw notFound('Property company');
    const estates = await em.find(Estate, { company: companyId }, { fields: ['id', 'community'] });
    const communities = [...new Set(estates.map((e) => e.community.id))];
    const own = viewer.communityIds === 'ALL' ? null : communities.filter((c) => actsFor(viewer, c));
    if (own && own.length === 0) throw forbidden('This company serves no estate of your community');
    await inTransaction(em, async (tx) => {
      await refuseIfClosed(tx, period);
      const old = await tx.findOne(Inspection, { company: companyId, month: period.label, inspector: viewer.userId });
      const inspection =
        old ??
        tx.create(Inspection, {
          company: companyId,
          month: period.label,
          inspector: viewer.userId,
          community: own?.[0] ?? null,
          note: text,
          recordedAt: this.clock(),
        });
      if (old) {
        old.note = text;
        old.recordedAt = this.clock();
        await tx.nativeDelete(InspectionScore, { inspection: old.id });
      }
      await tx.flush();
      await tx.insertMany(
        InspectionScore,
        rows.map((r) => ({ ...r, inspection: inspection.id })),
      );
      await this.audit.append(tx, viewer, 'EVALUATION_INSPECTED', null, { companyId, month: period.label, scores: rows.length, replaced: !!old });
    });
    for (const communityId of communities) this.pubSub.publish('COMMUNITY_CHANGED', { communityId });
    return { companyId, month: period.label };
  }
}
