import type { EntityManager } from '@mikro-orm/knex';
import { num } from '../common/sql';

export interface HomeEstate {
  estateId: number;
  communityId: number;
  companyId: number | null;
}

/** The estate, community and company of a home, in one statement. */
export async function estateOfHome(em: EntityManager, homeId: number): Promise<HomeEstate | null> {
  const [row] = await em.execute<Array<Record<string, unknown>>>(
    `select e.id, e.community_id, e.company_id
       from home h join unit u on u.id = h.unit_id join building b on b.id = u.building_id join estate e on e.id = b.estate_id
      where h.id = ?`,
    [homeId],
  );
  return row ? { estateId: num(row.id), communityId: num(row.community_id), companyId: row.company_id == null ? null : num(row.company_id) } : null;
}
