import type { EntityManager } from '@mikro-orm/knex';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { requireResident } from '../auth/guards';
import type { Actor } from '../common/actor';
import { newCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { badInput, conflict, forbidden, notFound } from '../common/errors';
import { consumeOrThrow } from '../common/rate-limits';
import { inTransaction } from '../common/transaction';
import { Pavilion } from '../register/pavilion.entity';
import { MatterCategory, MatterEventKind, MatterStatus } from './enums';
import { next } from './lifecycle';
import { Matter } from './matter.entity';
import { Second } from './second.entity';
import { cleanMobile, cleanText } from './text';
import { findMatter, type MatterTimeline } from './timeline';

export const RAISE_PER_PAVILION_PER_MINUTE = 5;
export const RAISE_PER_HOME_PER_HOUR = 10;

export interface RaiseInput {
  pavilionId: number;
  title: string;
  description: string;
  category: MatterCategory;
  contactPhone?: string | null;
}

export interface RaiseLimiters {
  pavilion: RateLimiterAbstract;
  home: RateLimiterAbstract;
}

/** Step 1: residents raise a matter at a kiosk or on a phone, and second others'. */
export class RaisingService {
  constructor(
    private readonly timeline: MatterTimeline,
    private readonly limiters: RaiseLimiters,
  ) {}

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

    const matter = await inTransaction(em, async (tx) => {
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
      this.timeline.addEvent(tx, m, MatterEventKind.RAISED, null);
      return m;
    });
    this.timeline.publish(matter);
    return matter;
  }

  async second(em: EntityManager, actor: Actor, matterId: number): Promise<Matter> {
    const resident = requireResident(actor);
    const matter = await findMatter(em, matterId);
    if (matter.community.id !== resident.communityId) throw forbidden('Residents second matters of their own community');
    await inTransaction(em, async (tx) => {
      const m = await tx.findOneOrFail(Matter, matter.id);
      next(m.status, 'SECOND');
      if (await tx.count(Second, { matter: m.id, home: resident.homeId })) throw conflict('Your home has already seconded this matter');
      await tx.insert(Second, { matter: m.id, home: resident.homeId, createdAt: new Date() });
      await tx.execute('update matter set second_count = second_count + 1 where id = ?', [m.id]);
    });
    return this.timeline.reloadAndPublish(em, matter.id);
  }

  private async freeTrackingCode(tx: EntityManager): Promise<string> {
    for (let i = 0; i < 10; i++) {
      const code = newCode(TRACKING_CODE_LENGTH);
      if (!(await tx.count(Matter, { trackingCode: code }))) return code;
    }
    throw conflict('Could not find a free tracking code; try again');
  }
}
