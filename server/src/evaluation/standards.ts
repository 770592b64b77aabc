import type { EntityManager } from '@mikro-orm/knex';
import { EvaluationStandardVersion } from './standard.entity';
import { STANDARD_V1, type StandardBody } from './standard-seed';
import { standardProblem } from './standard';
import type { AuditService } from '../audit';
import { requireStaff } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { inTransaction } from '../common/transaction';
import { cleanText } from '../common/text';

export interface VersionedStandard {
  version: number;
  body: StandardBody;
}

/** How long a process trusts its copy of the latest version before asking again (another process may publish). */
const LATEST_TTL_MS = 10_000;

/** The versions of the standard: each read once per process, since a version never changes once written. */
export class StandardStore {
  private readonly versions = new Map<number, StandardBody>();
  private latest: VersionedStandard | null = null;
  private latestAt = 0;

  constructor(
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
  ) {}

  /** Writes the first version into an empty database (at every start; a no-op once it exists). */
  async ensureSeeded(em: EntityManager): Promise<void> {
    if ((await em.count(EvaluationStandardVersion)) > 0) return;
    const problem = standardProblem(STANDARD_V1);
    if (problem) throw new Error(`the first evaluation standard is not usable: ${problem}`);
    await em.fork().insert(EvaluationStandardVersion, { version: 1, body: JSON.stringify(STANDARD_V1), createdAt: new Date() });
  }

  async current(em: EntityManager): Promise<VersionedStandard> {
    if (this.latest && Date.now() - this.latestAt < LATEST_TTL_MS) return this.latest;
    const row = await em.findOne(EvaluationStandardVersion, { version: { $gt: 0 } }, { orderBy: { version: 'desc' } });
    if (!row) {
      // A database set up before the evaluation started: the first version, as written at start.
      await this.ensureSeeded(em);
      return this.current(em);
    }
    this.latest = { version: row.version, body: this.versions.get(row.version) ?? (JSON.parse(row.body) as StandardBody) };
    this.latestAt = Date.now();
    this.versions.set(row.version, this.latest.body);
    return this.latest;
  }

  async version(em: EntityManager, version: number): Promise<StandardBody> {
    const kept = this.versions.get(version);
    if (kept) return kept;
    const row = await em.findOneOrFail(EvaluationStandardVersion, { version });
    const body = JSON.parse(row.body) as StandardBody;
    this.versions.set(version, body);
    return body;
  }

  /**
   * STREET_ADMIN publishes a revised standard as the next version: open periods are scored by it
   * from now on, closed ones keep the version they were frozen with.
   */
  async publish(em: EntityManager, actor: Actor, body: StandardBody): Promise<VersionedStandard> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN]);
    const clean: StandardBody = {
      title: cleanText(body.title, 'title', { min: 2, max: 60 }),
      dimensions: body.dimensions.map((d) => ({
        code: code(d.code),
        name: cleanText(d.name, 'name', { min: 1, max: 20 }),
        indicators: d.indicators.map((i) => ({
          code: code(i.code),
          name: cleanText(i.name, 'name', { min: 1, max: 30 }),
          weight: i.weight,
          source: i.source,
          method: cleanText(i.method, 'method', { min: 4, max: 200 }),
          ...(i.question ? { question: cleanText(i.question, 'question', { max: 60 }) } : {}),
          ...(i.measure ? { measure: i.measure } : {}),
        })),
      })),
      grades: body.grades.map((g) => ({
        grade: code(g.grade),
        name: cleanText(g.name, 'name', { min: 1, max: 10 }),
        min: g.min,
        consequence: cleanText(g.consequence, 'consequence', { min: 2, max: 100 }),
        feeFloat: cleanText(g.feeFloat, 'feeFloat', { min: 1, max: 40 }),
        renewalWarning: g.renewalWarning,
      })),
    };
    if (clean.grades.some((g) => !Number.isInteger(g.min) || g.min < 0 || g.min > 100))
      throw badInput('A grade starts at a whole number from 0 to 100', { field: 'grades' });
    const problem = standardProblem(clean);
    if (problem) throw badInput(`The standard cannot be used: ${problem}`, { field: 'standard' });
    const version = await inTransaction(em, async (tx) => {
      const last = await tx.findOne(EvaluationStandardVersion, { version: { $gt: 0 } }, { orderBy: { version: 'desc' } });
      const next = (last?.version ?? 0) + 1;
      tx.create(EvaluationStandardVersion, { version: next, body: JSON.stringify(clean), createdAt: new Date() });
      await this.audit.append(tx, viewer, 'EVALUATION_STANDARD_PUBLISHED', null, { version: next });
      return next;
    });
    this.versions.set(version, clean);
    this.latest = { version, body: clean };
    this.latestAt = Date.now();
    this.pubSub.publish('COMMUNITY_CHANGED', { communityId: null });
    return this.latest;
  }
}

const code = (text: string) => {
  const c = text.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{0,19}$/.test(c)) throw badInput(`"${text}" is not a code (letters, digits, underscores)`, { field: 'code' });
  return c;
};
