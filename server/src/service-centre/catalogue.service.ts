import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { requireStaff } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { badInput, notFound } from '../common/errors';
import { inTransaction } from '../common/transaction';
import { cleanText } from '../common/text';
import { ServiceCategory, ServiceItem } from './catalogue.entity';
import { CATALOGUE_SEED } from './catalogue-seed';
import type { ServiceReference } from './reference';

export interface CatalogueCategory {
  code: string;
  name: string;
  items: ServiceItem[];
}

export interface ItemChange {
  name?: string | null;
  standard?: string | null;
  respondMinutes?: number | null;
  resolveMinutes?: number | null;
  paid?: boolean | null;
}

/** A week is the longest promise the catalogue makes. */
const MAX_MINUTES = 7 * 24 * 60;

/** The service catalogue: what the centre promises, item by item, in versions. */
export class CatalogueService {
  constructor(
    private readonly audit: AuditService,
    private readonly reference: ServiceReference,
  ) {}

  /** Writes the first catalogue into an empty database (at every start; a no-op once it exists). */
  async ensureSeeded(em: EntityManager): Promise<boolean> {
    if ((await em.count(ServiceCategory)) > 0) return false;
    await inTransaction(em, async (tx) => {
      let position = 0;
      CATALOGUE_SEED.forEach((c, ci) => {
        const category = tx.create(ServiceCategory, { code: c.code, name: c.name, position: ci });
        for (const i of c.items) {
          tx.create(ServiceItem, { ...i, paid: !!i.paid, version: 1, current: true, category, teamKind: c.teamKind, position: position++ });
        }
      });
    });
    return true;
  }

  async catalogue(em: EntityManager): Promise<CatalogueCategory[]> {
    const [categories, items] = await Promise.all([
      em.find(ServiceCategory, {}, { orderBy: { position: 'asc' } }),
      em.find(ServiceItem, { current: true }, { orderBy: { position: 'asc' } }),
    ]);
    return categories.map((c) => ({ code: c.code, name: c.name, items: items.filter((i) => i.category.id === c.id) }));
  }

  /** STREET_ADMIN edits an item: a new version; orders reported before keep the old promise. */
  async updateItem(em: EntityManager, actor: Actor, code: string, change: ItemChange): Promise<ServiceItem> {
    const viewer = requireStaff(actor, [Role.STREET_ADMIN]);
    const minutes = (v: number | null | undefined, field: string) => {
      if (v == null) return undefined;
      if (!Number.isInteger(v) || v < 5 || v > MAX_MINUTES) throw badInput(`${field} is a whole number of minutes from 5 to ${MAX_MINUTES}`, { field });
      return v;
    };
    const respond = minutes(change.respondMinutes, 'respondMinutes');
    const resolve = minutes(change.resolveMinutes, 'resolveMinutes');
    const name = change.name == null ? undefined : cleanText(change.name, 'name', { max: 40 });
    const standard = change.standard == null ? undefined : cleanText(change.standard, 'standard', { max: 300 });
    if (name === '' || standard === '') throw badInput('Name and standard cannot be empty', { field: name === '' ? 'name' : 'standard' });
    const item = await inTransaction(em, async (tx) => {
      const old = await tx.findOne(ServiceItem, { code, current: true });
      if (!old) throw notFound('Service item');
      const next = {
        name: name ?? old.name,
        standard: standard ?? old.standard,
        respondMinutes: respond ?? old.respondMinutes,
        resolveMinutes: resolve ?? old.resolveMinutes,
        paid: change.paid ?? old.paid,
      };
      if (next.resolveMinutes < next.respondMinutes) throw badInput('resolveMinutes cannot be shorter than respondMinutes', { field: 'resolveMinutes' });
      old.current = false;
      await tx.flush();
      const item = tx.create(ServiceItem, {
        ...next,
        code: old.code,
        version: old.version + 1,
        current: true,
        category: old.category,
        teamKind: old.teamKind,
        position: old.position,
      });
      await this.audit.append(tx, viewer, 'serviceItem.update', null, { code, version: old.version + 1, ...next });
      return item;
    });
    this.reference.forgetCatalogue();
    return item;
  }
}
