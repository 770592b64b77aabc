import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { actsFor, requireStaff } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { chunks, readCsvTable, type CsvLineError } from '../common/csv-table';
import type { DomainError } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { inTransaction } from '../common/transaction';
import { Estate, PropertyCompany } from '../register';
import { EvaluationClose } from './closing.entity';
import { IndicatorSource } from './enums';
import { FeeCollectionRow } from './fee-collection.entity';
import { centipointsOf } from './inspections.service';
import { EvaluationPeriodKind } from './enums';
import { containingLabels, monthOf, parseAnyPeriod, parsePeriod, type Period } from './period';
import { indicatorsOf } from './standard';
import type { StandardStore } from './standards';
import { ThirdPartyScore } from './third-party-score.entity';

export const THIRD_PARTY_COLUMNS = ['company', 'period', 'indicator_code', 'points'] as const;
export const FEE_COLUMNS = ['community', 'estate', 'month', 'billed_homes', 'paid_homes'] as const;

export interface EvaluationImportReport {
  created: number;
  updated: number;
  errors: CsvLineError[];
}

const message = (e: unknown) => (e as DomainError).message;
const wholeNumber = (text: string, max: number) => (/^\d{1,7}$/.test(text) && Number(text) <= max ? Number(text) : null);

/** The assessor's scores and the fee collection figures, from CSV: all lines or none. */
export class EvaluationImports {
  constructor(
    private readonly standards: StandardStore,
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
    private readonly clock: () => Date,
  ) {}

  /** Why the period of a line cannot take data: not begun yet, or it or a period containing it is closed. */
  private async periodChecker(em: EntityManager) {
    const closed = new Set((await em.find(EvaluationClose, {}, { fields: ['period'] })).map((c) => c.period));
    const thisMonth = monthOf(this.clock());
    return (p: Period): string | null => {
      if (p.months[0] > thisMonth) return `${p.label} has not begun`;
      const frozen = containingLabels(p).find((l) => closed.has(l));
      return frozen ? `${frozen} is closed; its scores are frozen` : null;
    };
  }

  /** STREET_ADMIN: company,period,indicator_code,points (a month, quarter or year). */
  async importThirdParty(em: EntityManager, actor: Actor, csv: string): Promise<EvaluationImportReport> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN]);
    const { lines, errors } = readCsvTable(csv, THIRD_PARTY_COLUMNS);
    if (errors.length) return { created: 0, updated: 0, errors };
    const { body } = await this.standards.current(em);
    const indicators = new Map(indicatorsOf(body).map((i) => [i.code, i]));
    const companies = new Map((await em.find(PropertyCompany, {})).map((c) => [c.name, c.id]));
    const problemOf = await this.periodChecker(em);
    const rows: Array<{ company: number; period: string; indicator: string; centipoints: number }> = [];
    const seen = new Map<string, number>();
    for (const l of lines) {
      const problems: string[] = [];
      const company = companies.get(l.get('company'));
      if (company === undefined) problems.push(`no property company named "${l.get('company')}"`);
      let period: Period | null = null;
      try {
        period = parseAnyPeriod(l.get('period'));
        const p = problemOf(period);
        if (p) problems.push(p);
      } catch (e) {
        problems.push(message(e));
      }
      const indicator = indicators.get(l.get('indicator_code').toUpperCase());
      if (!indicator) problems.push(`unknown indicator code "${l.get('indicator_code')}"`);
      else if (indicator.source !== IndicatorSource.THIRD_PARTY) problems.push(`${indicator.code} is not scored by the third party`);
      const text = l.get('points');
      const points = /^\d+(\.\d{1,2})?$/.test(text) ? Number(text) : NaN;
      let centipoints = 0;
      if (indicator) {
        try {
          centipoints = centipointsOf(indicator, points, 'points');
        } catch (e) {
          problems.push(Number.isNaN(points) ? `points "${text}" is not a number with at most two decimals` : message(e));
        }
      }
      if (company !== undefined && period && indicator) {
        const key = `${company}|${period.label}|${indicator.code}`;
        const first = seen.get(key);
        if (first) problems.push(`the same company, period and indicator as line ${first}`);
        else seen.set(key, l.line);
      }
      if (problems.length) errors.push({ line: l.line, message: problems.join('; ') });
      else rows.push({ company: company!, period: period!.label, indicator: indicator!.code, centipoints });
    }
    if (errors.length) return { created: 0, updated: 0, errors };
    const report = await inTransaction(em, async (tx) => {
      const existing = await tx.find(ThirdPartyScore, { period: { $in: [...new Set(rows.map((r) => r.period))] } });
      const byKey = new Map(existing.map((s) => [`${s.company.id}|${s.period}|${s.indicator}`, s]));
      let updated = 0;
      const fresh = [];
      for (const r of rows) {
        const old = byKey.get(`${r.company}|${r.period}|${r.indicator}`);
        if (old) {
          old.centipoints = r.centipoints;
          old.importedAt = this.clock();
          updated++;
        } else fresh.push({ ...r, importedAt: this.clock() });
      }
      await tx.flush();
      for (const chunk of chunks(fresh, 500)) await tx.insertMany(ThirdPartyScore, chunk);
      await this.audit.append(tx, viewer, 'EVALUATION_THIRD_PARTY_IMPORTED', null, { lines: rows.length, created: fresh.length, updated });
      return { created: fresh.length, updated, errors: [] };
    });
    this.pubSub.publish('COMMUNITY_CHANGED', { communityId: null });
    return report;
  }

  /** STREET_ADMIN, or an office for its communities: community,estate,month,billed_homes,paid_homes. */
  async importFees(em: EntityManager, actor: Actor, csv: string): Promise<EvaluationImportReport> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE]);
    const { lines, errors } = readCsvTable(csv, FEE_COLUMNS);
    if (errors.length) return { created: 0, updated: 0, errors };
    const estates = await em.find(Estate, {}, { populate: ['community'] });
    const byName = new Map(estates.map((e) => [`${e.community.unwrap().name}|${e.name}`, e]));
    const problemOf = await this.periodChecker(em);
    const rows: Array<{ estate: number; month: string; billedHomes: number; paidHomes: number }> = [];
    const seen = new Map<string, number>();
    const communities = new Set<number>();
    for (const l of lines) {
      const problems: string[] = [];
      const estate = byName.get(`${l.get('community')}|${l.get('estate')}`);
      if (!estate) problems.push(`no estate "${l.get('estate')}" in community "${l.get('community')}"`);
      else if (!estate.company) problems.push(`${estate.name} has no property company`);
      else if (!actsFor(viewer, estate.community.id)) problems.push(`${estate.community.unwrap().name} is not your community`);
      let month: Period | null = null;
      try {
        month = parsePeriod(EvaluationPeriodKind.MONTH, l.get('month'), 'month');
        const p = problemOf(month);
        if (p) problems.push(p);
      } catch (e) {
        problems.push(message(e));
      }
      const billed = wholeNumber(l.get('billed_homes'), 100_000);
      const paid = wholeNumber(l.get('paid_homes'), 100_000);
      if (billed === null || billed < 1) problems.push('billed_homes is a whole number from 1 to 100000');
      if (paid === null) problems.push('paid_homes is a whole number from 0 to 100000');
      else if (billed !== null && paid > billed) problems.push('paid_homes is more than billed_homes');
      if (estate && month) {
        const key = `${estate.id}|${month.label}`;
        const first = seen.get(key);
        if (first) problems.push(`the same estate and month as line ${first}`);
        else seen.set(key, l.line);
      }
      if (problems.length) errors.push({ line: l.line, message: problems.join('; ') });
      else {
        rows.push({ estate: estate!.id, month: month!.label, billedHomes: billed!, paidHomes: paid! });
        communities.add(estate!.community.id);
      }
    }
    if (errors.length) return { created: 0, updated: 0, errors };
    const report = await inTransaction(em, async (tx) => {
      const existing = await tx.find(FeeCollectionRow, {
        estate: { $in: [...new Set(rows.map((r) => r.estate))] },
        month: { $in: [...new Set(rows.map((r) => r.month))] },
      });
      const byKey = new Map(existing.map((f) => [`${f.estate.id}|${f.month}`, f]));
      let updated = 0;
      const fresh = [];
      for (const r of rows) {
        const old = byKey.get(`${r.estate}|${r.month}`);
        if (old) {
          old.billedHomes = r.billedHomes;
          old.paidHomes = r.paidHomes;
          old.importedAt = this.clock();
          updated++;
        } else fresh.push({ ...r, importedAt: this.clock() });
      }
      await tx.flush();
      for (const chunk of chunks(fresh, 500)) await tx.insertMany(FeeCollectionRow, chunk);
      await this.audit.append(tx, viewer, 'EVALUATION_FEES_IMPORTED', null, { lines: rows.length, created: fresh.length, updated });
      return { created: fresh.length, updated, errors: [] };
    });
    for (const communityId of communities) this.pubSub.publish('COMMUNITY_CHANGED', { communityId });
    return report;
  }
}
