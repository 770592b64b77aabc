import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { notFound } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import { inTransaction } from '../common/transaction';
import { cleanText } from '../common/text';
import { Estate, PropertyCompany } from '../register';

/** The companies and the estates they serve. */
export class CompanyService {
  constructor(
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
  ) {}

  /** All companies that serve an estate (of one community, if given), by name. */
  async list(em: EntityManager, communityId?: number | null): Promise<PropertyCompany[]> {
    const estates = await em.find(Estate, { company: { $ne: null }, ...(communityId ? { community: communityId } : {}) }, { fields: ['company'] });
    const ids = [...new Set(estates.map((e) => e.company!.id))];
    return em.find(PropertyCompany, { id: { $in: ids } }, { orderBy: { name: 'asc' } });
  }

  /** Who serves an estate: a company by name (added if new), or none. STREET_ADMIN, or the office of its community. */
  async setEstateCompany(em: EntityManager, actor: Actor, estateId: number, companyName: string | null): Promise<Estate> {
    const estate = await em.findOne(Estate, { id: estateId });
    if (!estate) throw notFound('Estate');
    const viewer = requireStaffOf(actor, estate.community.id, [Role.OFFICE]);
    const name = companyName == null ? '' : cleanText(companyName, 'companyName', { max: 100 });
    const updated = await inTransaction(em, async (tx) => {
      let company = name ? await tx.findOne(PropertyCompany, { name }) : null;
      if (name && !company) company = tx.create(PropertyCompany, { name });
      const e = await tx.findOneOrFail(Estate, { id: estateId });
      const before = e.company?.id ?? null;
      e.company = company ? ref(company) : null;
      await tx.flush();
      await this.audit.append(tx, viewer, 'ESTATE_COMPANY_SET', null, { estateId, from: before, to: e.company?.id ?? null, name: name || null });
      return e;
    });
    this.pubSub.publish('COMMUNITY_CHANGED', { communityId: estate.community.id });
    return updated;
  }
}
