import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput, conflict } from '../common/errors';
import { num } from '../common/sql';
import { inTransaction } from '../common/transaction';
import { MatterCategory, MatterStatus, ACTION_ROLES, findMatter } from '../matters';
import { CostPlan, CostShareRow } from './cost-plan.entity';
import { costShares, DEFAULT_COEFFICIENTS_PERMILLE } from './cost-share';
import { resolveScope } from './electorate';
import { ScopeKind } from './enums';

export interface CostShareInput {
  matterId: number;
  scopeKind: ScopeKind;
  scopeId: number;
  totalCostFen: number;
  subsidyFen: number;
  coefficients?: Array<{ floor: number; permille: number }> | null;
}

/** An elevator's net cost shared among the homes of a building or unit, and each home's share. */
export class CostShareService {
  constructor(private readonly audit: AuditService) {}

  async calculateCostShare(em: EntityManager, actor: Actor, input: CostShareInput): Promise<CostPlan> {
    const matter = await findMatter(em, input.matterId);
    const viewer = requireStaffOf(actor, matter.community.id, ACTION_ROLES.CALCULATE_COST_SHARE);
    if (matter.category !== MatterCategory.ELEVATOR) throw badInput('Cost shares are for elevator matters');
    if (![MatterStatus.SUBMITTED, MatterStatus.ON_AGENDA, MatterStatus.VOTING, MatterStatus.IN_EXECUTION].includes(matter.status)) {
      throw conflict(`A matter that is ${matter.status} takes no cost plan`, { status: matter.status });
    }
    if (input.scopeKind === ScopeKind.ESTATE) throw badInput('An elevator serves a building or a unit');
    for (const [name, v] of [
      ['totalCostFen', input.totalCostFen],
      ['subsidyFen', input.subsidyFen],
    ] as const) {
      if (!Number.isSafeInteger(v) || v < 0) throw badInput(`${name} is a whole, non-negative number of fen`, { field: name });
    }
    if (input.subsidyFen > input.totalCostFen) throw badInput('The subsidy is larger than the cost', { field: 'subsidyFen' });
    const table = new Map(DEFAULT_COEFFICIENTS_PERMILLE);
    if (input.coefficients?.length) {
      table.clear();
      for (const c of input.coefficients) {
        if (!Number.isInteger(c.floor) || c.floor < 3 || c.floor > 200) throw badInput('Coefficients are for floors 3 and up (floors 1 and 2 pay nothing)');
        if (!Number.isInteger(c.permille) || c.permille < 1 || c.permille > 10_000) throw badInput('A coefficient is 0.001 to 10 (1 to 10,000 thousandths)');
        table.set(c.floor, c.permille);
      }
    }
    const scope = await resolveScope(em, input.scopeKind, input.scopeId, matter.community.id);
    const homes = await em.execute<Array<{ id: unknown; floor: unknown; area: unknown }>>(
      `select h.id as id, h.floor as floor, h.area_centi_m2 as area from home h ${scope.join} where ${scope.where} order by h.id`,
      [scope.id],
    );
    if (homes.length === 0) throw badInput('There are no homes in this scope');
    let shares;
    try {
      shares = costShares(
        input.totalCostFen - input.subsidyFen,
        homes.map((h) => ({ homeId: num(h.id), floor: num(h.floor), areaCentiM2: num(h.area) })),
        table,
      );
    } catch (e) {
      throw badInput(`The coefficient table does not cover these homes: ${(e as Error).message}`);
    }
    const plan = await inTransaction(em, async (tx) => {
      const old = await tx.findOne(CostPlan, { matter: matter.id });
      if (old) {
        await tx.nativeDelete(CostShareRow, { plan: old.id });
        await tx.nativeDelete(CostPlan, { id: old.id });
      }
      const plan = tx.create(CostPlan, {
        matter: matter.id,
        scopeKind: input.scopeKind,
        scopeId: scope.id,
        totalFen: input.totalCostFen,
        subsidyFen: input.subsidyFen,
        coefficients: JSON.stringify([...table.entries()]),
        calculatedAt: new Date(),
      });
      await tx.flush();
      for (let i = 0; i < shares.length; i += 500) {
        await tx.insertMany(
          CostShareRow,
          shares.slice(i, i + 500).map((s) => ({
            plan: plan.id,
            home: s.homeId,
            floor: s.floor,
            areaCentiM2: s.areaCentiM2,
            coefficientPermille: s.coefficientPermille,
            shareFen: s.shareFen,
          })) as never,
        );
      }
      await this.audit.append(tx, viewer, 'calculateCostShare', matter.id, {
        totalFen: input.totalCostFen,
        subsidyFen: input.subsidyFen,
        homes: shares.length,
      });
      return plan;
    });
    return em.findOneOrFail(CostPlan, plan.id);
  }

  async costPlan(em: EntityManager, actor: Actor, matterId: number): Promise<CostPlan | null> {
    const matter = await findMatter(em, matterId);
    requireStaffOf(actor, matter.community.id, [Role.SECRETARY, Role.OFFICE]);
    return em.findOne(CostPlan, { matter: matter.id });
  }

  async shareRows(em: EntityManager, plan: CostPlan): Promise<CostShareRow[]> {
    return em.find(CostShareRow, { plan: plan.id }, { orderBy: [{ floor: 'asc' }, { home: 'asc' }], populate: ['home'] });
  }

  /** A resident's own share of the matter's elevator cost, in fen; null when there is none. */
  async myShare(em: EntityManager, actor: Actor, matterId: number): Promise<number | null> {
    const resident = actor.kind === 'resident' ? actor : null;
    if (!resident) return null;
    const row = await em.findOne(CostShareRow, { home: resident.homeId, plan: { matter: matterId } });
    return row ? row.shareFen : null;
  }
}
