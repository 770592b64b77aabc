import type { EntityManager } from '@mikro-orm/knex';
import { EvaluationStandardVersion } from './standard.entity';
import { STANDARD_V1, type StandardBody } from './standard-seed';
import { standardProblem } from './standard';

export interface VersionedStandard {
  version: number;
  body: StandardBody;
}

/** The versions of the standard, read once per process: a version never changes once written. */
export class StandardStore {
  private readonly versions = new Map<number, StandardBody>();
  private latest: VersionedStandard | null = null;

  /** Writes the first version into an empty database (at every start; a no-op once it exists). */
  async ensureSeeded(em: EntityManager): Promise<void> {
    if ((await em.count(EvaluationStandardVersion)) > 0) return;
    const problem = standardProblem(STANDARD_V1);
    if (problem) throw new Error(`the first evaluation standard is not usable: ${problem}`);
    await em.fork().insert(EvaluationStandardVersion, { version: 1, body: JSON.stringify(STANDARD_V1), createdAt: new Date() });
  }

  async current(em: EntityManager): Promise<VersionedStandard> {
    if (this.latest) return this.latest;
    const row = await em.findOne(EvaluationStandardVersion, { version: { $gt: 0 } }, { orderBy: { version: 'desc' } });
    if (!row) {
      // A database set up before the evaluation started: the first version, as written at start.
      await this.ensureSeeded(em);
      return this.current(em);
    }
    this.latest = { version: row.version, body: JSON.parse(row.body) as StandardBody };
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
}
