import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { requireStaff } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput, conflict } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { num } from '../common/sql';
import { inTransaction } from '../common/transaction';
import { NoticeKind, Notice } from '../matters';
import { EvaluationClose, FrozenScorecard } from './closing.entity';
import { PropertyCompany } from '../register';
import { EvaluationPeriodKind } from './enums';
import { gatherEvidence } from './evidence';
import { parsePeriod, type Period } from './period';
import { rank, scoreCard, type ScoredCard } from './scoring';
import type { StandardStore } from './standards';

/** One company's card for a period, ranked among all companies. */
export interface CompanyCard {
  companyId: number;
  kind: EvaluationPeriodKind;
  period: string;
  rank: number;
  final: boolean;
  standardVersion: number;
  card: ScoredCard;
}

const PERIOD_WORDS: Record<EvaluationPeriodKind, (label: string) => string> = {
  [EvaluationPeriodKind.MONTH]: (l) => `${l.slice(0, 4)}年${Number(l.slice(5))}月`,
  [EvaluationPeriodKind.QUARTER]: (l) => `${l.slice(0, 4)}年第${l.slice(6)}季度`,
  [EvaluationPeriodKind.YEAR]: (l) => `${l}年度`,
};
export const periodWords = (kind: EvaluationPeriodKind, label: string) => PERIOD_WORDS[kind](label);

/** Scorecards: computed live while a period is open, frozen and published when the sub-district closes it. */
export class ScorecardService {
  constructor(
    private readonly standards: StandardStore,
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
    private readonly clock: () => Date,
  ) {}

  private periodOf(kind: EvaluationPeriodKind, label: string): Period {
    const period = parsePeriod(kind, label);
    if (period.start > this.clock()) throw badInput(`${period.label} has not begun`, { field: 'period' });
    return period;
  }

  /** Every company's card for a period, highest total first. */
  async scorecards(em: EntityManager, kind: EvaluationPeriodKind, label: string): Promise<CompanyCard[]> {
    const period = this.periodOf(kind, label);
    const closed = await em.findOne(EvaluationClose, { kind, period: period.label });
    if (closed) {
      const frozen = await em.find(FrozenScorecard, { close: closed.id }, { orderBy: { rank: 'asc' } });
      return frozen.map((f) => ({
        companyId: f.company.id,
        kind,
        period: period.label,
        rank: f.rank,
        final: true,
        standardVersion: closed.standardVersion,
        card: JSON.parse(f.body) as ScoredCard,
      }));
    }
    return this.compute(em, period);
  }

  async scorecard(em: EntityManager, companyId: number, kind: EvaluationPeriodKind, label: string): Promise<CompanyCard | null> {
    return (await this.scorecards(em, kind, label)).find((c) => c.companyId === companyId) ?? null;
  }

  private async compute(em: EntityManager, period: Period): Promise<CompanyCard[]> {
    const [{ version, body }, evidence] = await Promise.all([this.standards.current(em), gatherEvidence(em, period, this.clock())]);
    const cards = rank([...evidence].map(([companyId, e]) => ({ companyId, card: scoreCard(body, e, period.months.length) })));
    return cards.map((c, i) => ({ ...c, kind: period.kind, period: period.label, rank: i + 1, final: false, standardVersion: version }));
  }

  /** STREET_ADMIN: freezes a period that is over and publishes its ranking on every community's board. */
  async close(em: EntityManager, actor: Actor, kind: EvaluationPeriodKind, label: string): Promise<CompanyCard[]> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN]);
    const period = this.periodOf(kind, label);
    if (period.end > this.clock()) throw conflict(`${period.label} is not over yet`, { period: period.label });
    if (await em.findOne(EvaluationClose, { kind, period: period.label })) throw conflict(`${period.label} is already closed`, { period: period.label });
    const cards = await this.compute(em, period);
    const names = new Map((await em.find(PropertyCompany, {})).map((c) => [c.id, c.name]));
    const words = periodWords(kind, period.label);
    const ranking = cards.map((c) => `${c.rank}. ${names.get(c.companyId)} ${c.card.total}分 ${c.card.gradeName}`).join('；');
    const warned = cards.filter((c) => c.card.renewalWarning).map((c) => names.get(c.companyId));
    const body = `${ranking}。${warned.length ? `续约预警：${warned.join('、')}，业主可依法表决是否续聘。` : ''}评分办法见各亭“物业评价”。`;
    const communities = await em.execute<Array<{ community_id: unknown }>>('select distinct community_id from estate where company_id is not null');
    const now = this.clock();
    await inTransaction(em, async (tx) => {
      const close = tx.create(EvaluationClose, {
        kind,
        period: period.label,
        standardVersion: cards[0]?.standardVersion ?? (await this.standards.current(tx)).version,
        closedBy: viewer.userId,
        closedAt: now,
      });
      await tx.flush();
      await tx.insertMany(
        FrozenScorecard,
        cards.map((c) => ({ close: close.id, company: c.companyId, rank: c.rank, body: JSON.stringify(c.card) })),
      );
      for (const r of communities)
        tx.create(Notice, {
          matter: null,
          community: num(r.community_id),
          kind: NoticeKind.EVALUATION,
          title: `${words}物业服务考评结果`,
          body,
          publishedAt: now,
        });
      await this.audit.append(tx, viewer, 'EVALUATION_PERIOD_CLOSED', null, { kind, period: period.label, companies: cards.length, warned: warned.length });
    });
    this.pubSub.publish('COMMUNITY_CHANGED', { communityId: null });
    return cards.map((c) => ({ ...c, final: true }));
  }
}
